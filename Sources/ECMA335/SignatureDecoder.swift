/// Validating decoders for the signature blobs of ECMA-335 II.23.2.
///
/// Each takes a cursor over exactly one `#Blob` heap entry (positioned at its first byte)
/// and rejects, with the file offset of the offending byte, anything the grammar does not
/// allow there: a wrong leading calling-convention byte, unknown element types, VOID other
/// than as a return type or pointer target, BYREF/TYPEDBYREF/PINNED away from the top of
/// a type, SENTINEL outside a vararg call site, nesting deeper than `maxNestingDepth`,
/// and bytes left over after the signature.
public enum SignatureDecoder {
    /// How deeply types may nest; hostile blobs must not exhaust the stack.
    public static let maxNestingDepth = 64

    /// A MethodDefSig, MethodRefSig or StandAloneMethodSig. `isCallSite` allows a SENTINEL
    /// in a vararg signature, as MemberRef and StandAloneSig (calli) signatures may have.
    public static func decodeMethodSignature(_ blob: ByteCursor, isCallSite: Bool = false) throws -> MethodSignature {
        try SignatureReader.whole(blob, "method signature") { try $0.methodSignature(isCallSite: isCallSite) }
    }

    public static func decodeFieldSignature(_ blob: ByteCursor) throws -> FieldSignature {
        try SignatureReader.whole(blob, "field signature") { try $0.fieldSignature() }
    }

    public static func decodePropertySignature(_ blob: ByteCursor) throws -> PropertySignature {
        try SignatureReader.whole(blob, "property signature") { try $0.propertySignature() }
    }

    public static func decodeLocalVariablesSignature(_ blob: ByteCursor) throws -> LocalVariablesSignature {
        try SignatureReader.whole(blob, "local variables signature") { try $0.localVariablesSignature() }
    }

    public static func decodeMethodSpecSignature(_ blob: ByteCursor) throws -> MethodSpecSignature {
        try SignatureReader.whole(blob, "method spec signature") { try $0.methodSpecSignature() }
    }

    /// A TypeSpec blob: one type.
    public static func decodeTypeSpec(_ blob: ByteCursor) throws -> TypeSig {
        try SignatureReader.whole(blob, "type spec") { try $0.type([]) }
    }
}

/// Formats a byte as ECMA-335 writes them, e.g. `0x1D`.
func hexByte(_ b: UInt8) -> String {
    let digits = String(b, radix: 16, uppercase: true)
    return b < 0x10 ? "0x0" + digits : "0x" + digits
}

/// The decoding state: the cursor and how deeply types are nested.
struct SignatureReader {
    /// Where a type sits, which decides whether VOID, BYREF/TYPEDBYREF and PINNED may start it.
    struct Allowed: OptionSet {
        let rawValue: UInt8
        static let void = Allowed(rawValue: 1)
        /// BYREF and TYPEDBYREF: only at the top of a parameter, return, field, property or local.
        static let byRef = Allowed(rawValue: 2)
        static let pinned = Allowed(rawValue: 4)

        static let returnType: Allowed = [.void, .byRef]
        static let local: Allowed = [.byRef, .pinned]
    }

    var cursor: ByteCursor
    var depth = 0

    /// Decodes one whole blob under `what` as error context and rejects trailing bytes.
    static func whole<T>(_ blob: ByteCursor, _ what: String, _ body: (inout SignatureReader) throws -> T) throws -> T {
        var blob = blob
        blob.context = blob.context.isEmpty ? what : "\(blob.context): \(what)"
        var reader = SignatureReader(cursor: blob)
        let result = try body(&reader)
        let left = reader.cursor.remaining
        guard left == 0 else {
            throw reader.cursor.error("\(left) trailing \(left == 1 ? "byte" : "bytes") after the signature")
        }
        return result
    }

    func fail(_ message: String, at offset: Int) -> MetadataError {
        cursor.error(message, at: offset)
    }

    /// What a leading calling-convention byte announces, for "expected X, found Y" errors.
    static func describe(_ first: UInt8) -> String {
        switch first & 0x0F {
        case 0x0...0x5, 0x9: "a method signature (\(hexByte(first)))"
        case 0x6: "a field signature (\(hexByte(first)))"
        case 0x7: "a local variables signature (\(hexByte(first)))"
        case 0x8: "a property signature (\(hexByte(first)))"
        case 0xA: "a method spec signature (\(hexByte(first)))"
        default: "unknown calling convention \(hexByte(first))"
        }
    }

    /// Reads the leading byte of a non-method blob: kind `kind`, no flags beyond `flags`.
    mutating func leadingByte(kind: UInt8, flags: UInt8 = 0, _ what: String) throws -> UInt8 {
        let at = cursor.position
        let first = try cursor.readU8()
        guard first & 0x0F == kind else { throw fail("expected \(what), found \(Self.describe(first))", at: at) }
        guard first & 0xF0 & ~flags == 0 else {
            throw fail("calling convention flags \(hexByte(first & 0xF0 & ~flags)) are not allowed on \(what)", at: at)
        }
        return first
    }

    /// A compressed count of items that each take at least one byte, so a count larger
    /// than what is left is rejected before anything is allocated for it.
    mutating func count(_ what: String) throws -> Int {
        let at = cursor.position
        let n = Int(try cursor.readCompressedUInt())
        guard n <= cursor.remaining else {
            throw fail("\(what) \(n) exceeds the \(cursor.remaining) bytes left", at: at)
        }
        return n
    }

    mutating func methodSignature(isCallSite: Bool) throws -> MethodSignature {
        let at = cursor.position
        let first = try cursor.readU8()
        var convention: CallingConvention
        switch first & 0x0F {
        case 0x0: convention = .default
        case 0x1: convention = .c
        case 0x2: convention = .stdcall
        case 0x3: convention = .thiscall
        case 0x4: convention = .fastcall
        case 0x5: convention = .vararg
        case 0x9: convention = .unmanaged
        default: throw fail("expected a method signature, found \(Self.describe(first))", at: at)
        }
        guard first & 0x80 == 0 else { throw fail("calling convention \(hexByte(first)) sets reserved bit 0x80", at: at) }
        let hasThis = first & 0x20 != 0
        let explicitThis = first & 0x40 != 0
        guard hasThis || !explicitThis else { throw fail("EXPLICITTHIS without HASTHIS in \(hexByte(first))", at: at) }
        if first & 0x10 != 0 {
            // II.23.2.1: GENERIC takes the place of DEFAULT; there are no generic vararg or unmanaged methods.
            guard convention == .default else {
                throw fail("GENERIC with non-default calling convention \(hexByte(first))", at: at)
            }
            let countAt = cursor.position
            let n = Int(try cursor.readCompressedUInt())
            guard n > 0 else { throw fail("generic method signature with no generic parameters", at: countAt) }
            convention = .generic(parameterCount: n)
        }
        let parameterCount = try count("parameter count")
        let returnType = try type(.returnType)
        var parameters: [TypeSig] = []
        parameters.reserveCapacity(parameterCount)
        var sentinelIndex: Int?
        for i in 0..<parameterCount {
            if try cursor.peekU8() == ElementType.sentinel.rawValue {
                guard isCallSite, convention == .vararg else {
                    throw fail("SENTINEL outside the parameter list of a vararg call site", at: cursor.position)
                }
                guard sentinelIndex == nil else { throw fail("second SENTINEL in one parameter list", at: cursor.position) }
                sentinelIndex = i
                try cursor.skip(1)
            }
            parameters.append(try type(.byRef))
        }
        return MethodSignature(hasThis: hasThis, explicitThis: explicitThis, callingConvention: convention,
                               returnType: returnType, parameterTypes: parameters, sentinelIndex: sentinelIndex)
    }

    mutating func fieldSignature() throws -> FieldSignature {
        _ = try leadingByte(kind: 0x6, "a field signature")
        // BYREF: ref fields of ref structs; TYPEDBYREF: a ref struct may hold a TypedReference.
        return FieldSignature(type: try type(.byRef))
    }

    mutating func propertySignature() throws -> PropertySignature {
        let first = try leadingByte(kind: 0x8, flags: 0x20, "a property signature")
        let parameterCount = try count("parameter count")
        // BYREF: ref-returning properties.
        let propertyType = try type(.byRef)
        var parameters: [TypeSig] = []
        parameters.reserveCapacity(parameterCount)
        for _ in 0..<parameterCount { parameters.append(try type(.byRef)) }
        return PropertySignature(hasThis: first & 0x20 != 0, type: propertyType, parameterTypes: parameters)
    }

    mutating func localVariablesSignature() throws -> LocalVariablesSignature {
        _ = try leadingByte(kind: 0x7, "a local variables signature")
        let at = cursor.position
        // II.23.2.6 says 1...0xFFFE; an empty list is accepted as the runtime does.
        let n = try count("local variable count")
        guard n <= 0xFFFE else { throw fail("local variable count \(n) exceeds 0xFFFE", at: at) }
        var locals: [TypeSig] = []
        locals.reserveCapacity(n)
        for _ in 0..<n { locals.append(try type(.local)) }
        return LocalVariablesSignature(locals: locals)
    }

    mutating func methodSpecSignature() throws -> MethodSpecSignature {
        _ = try leadingByte(kind: 0xA, "a method spec signature")
        return MethodSpecSignature(arguments: try typeArguments())
    }

    /// GenArgCount Type+ of GENERICINST and method specs.
    mutating func typeArguments() throws -> [TypeSig] {
        let at = cursor.position
        let n = try count("type argument count")
        guard n > 0 else { throw fail("generic instantiation with no type arguments", at: at) }
        var arguments: [TypeSig] = []
        arguments.reserveCapacity(n)
        for _ in 0..<n { arguments.append(try type([])) }
        return arguments
    }

    /// A TypeDef or TypeRef token: TypeSpecs are not allowed after CLASS, VALUETYPE and
    /// GENERICINST (as System.Reflection.Metadata and the runtime also insist).
    mutating func typeDefOrRef() throws -> MetadataToken {
        let at = cursor.position
        let token = try cursor.readTypeDefOrRefOrSpecEncoded()
        guard token.table != .typeSpec else {
            throw fail("TypeSpec token \(token) where a TypeDef or TypeRef is required", at: at)
        }
        return token
    }

    mutating func type(_ allowed: Allowed) throws -> TypeSig {
        let at = cursor.position
        guard depth < SignatureDecoder.maxNestingDepth else {
            throw fail("types nested deeper than \(SignatureDecoder.maxNestingDepth) levels", at: at)
        }
        depth += 1
        defer { depth -= 1 }
        let byte = try cursor.readU8()
        guard let element = ElementType(rawValue: byte) else { throw fail("unknown element type \(hexByte(byte))", at: at) }
        switch element {
        case .void:
            guard allowed.contains(.void) else { throw fail("VOID is only allowed as a return type or pointer target", at: at) }
            return .void
        case .boolean: return .bool
        case .char: return .char
        case .i1: return .i1
        case .u1: return .u1
        case .i2: return .i2
        case .u2: return .u2
        case .i4: return .i4
        case .u4: return .u4
        case .i8: return .i8
        case .u8: return .u8
        case .r4: return .r4
        case .r8: return .r8
        case .string: return .string
        case .object: return .object
        case .intPtr: return .intPtr
        case .uintPtr: return .uintPtr
        case .typedByRef:
            guard allowed.contains(.byRef) else {
                throw fail("TYPEDBYREF is only allowed at the top of a parameter, return, field, property or local type", at: at)
            }
            return .typedByRef
        case .pointer:
            return .pointer(try type(.void))
        case .byRef:
            guard allowed.contains(.byRef) else {
                throw fail("BYREF is only allowed at the top of a parameter, return, field, property or local type", at: at)
            }
            return .byRef(try type([]))
        case .valueType: return .valueType(try typeDefOrRef())
        case .classType: return .classType(try typeDefOrRef())
        case .genericParam: return .genericParam(Int(try cursor.readCompressedUInt()))
        case .methodGenericParam: return .methodGenericParam(Int(try cursor.readCompressedUInt()))
        case .szArray: return .szArray(try type([]))
        case .array:
            let elementType = try type([])
            return .array(elementType, try arrayShape())
        case .genericInst:
            let kindAt = cursor.position
            let kind = try cursor.readU8()
            guard kind == ElementType.classType.rawValue || kind == ElementType.valueType.rawValue else {
                throw fail("GENERICINST must be followed by CLASS or VALUETYPE, not \(hexByte(kind))", at: kindAt)
            }
            let genericType = try typeDefOrRef()
            return .genericInst(isValueType: kind == ElementType.valueType.rawValue, genericType: genericType,
                                arguments: try typeArguments())
        case .functionPointer:
            return .functionPointer(try methodSignature(isCallSite: true))
        case .requiredModifier, .optionalModifier:
            // A modifier does not change what the type after it may be.
            let modifier = try cursor.readTypeDefOrRefOrSpecEncoded()
            return .modified(required: element == .requiredModifier, modifier: modifier, try type(allowed))
        case .pinned:
            guard allowed.contains(.pinned) else {
                throw fail("PINNED is only allowed at the top of a local variable type", at: at)
            }
            return .pinned(try type(allowed.subtracting(.pinned)))
        case .sentinel:
            throw fail("SENTINEL outside the parameter list of a vararg call site", at: at)
        case .end, .internalType, .modifierFlag, .systemType, .boxed, .reserved, .field, .property, .enumType:
            throw fail("element type \(hexByte(byte)) is not valid in a signature", at: at)
        }
    }

    /// The runtime's limit on array rank (MAX_RANK); it also bounds the printed text.
    static let maxArrayRank = 32

    mutating func arrayShape() throws -> ArrayShape {
        let rankAt = cursor.position
        let rank = Int(try cursor.readCompressedUInt())
        guard rank > 0 else { throw fail("array rank 0", at: rankAt) }
        guard rank <= Self.maxArrayRank else {
            throw fail("array rank \(rank) exceeds the limit of \(Self.maxArrayRank)", at: rankAt)
        }
        var sizes: [Int] = []
        let sizesAt = cursor.position
        let numSizes = Int(try cursor.readCompressedUInt())
        guard numSizes <= rank else { throw fail("\(numSizes) array sizes for rank \(rank)", at: sizesAt) }
        for _ in 0..<numSizes { sizes.append(Int(try cursor.readCompressedUInt())) }
        var lowerBounds: [Int] = []
        let boundsAt = cursor.position
        let numLowerBounds = Int(try cursor.readCompressedUInt())
        guard numLowerBounds <= rank else {
            throw fail("\(numLowerBounds) array lower bounds for rank \(rank)", at: boundsAt)
        }
        for _ in 0..<numLowerBounds { lowerBounds.append(Int(try cursor.readCompressedInt())) }
        return ArrayShape(rank: rank, sizes: sizes, lowerBounds: lowerBounds)
    }
}
