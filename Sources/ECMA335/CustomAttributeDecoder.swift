/// A decoded custom attribute value blob (ECMA-335 II.23.3).
public struct CustomAttributeValue: Hashable, Sendable {
    /// One per constructor parameter, in order.
    public var fixedArguments: [CustomAttributeArgument]
    public var namedArguments: [CustomAttributeNamedArgument]

    public init(fixedArguments: [CustomAttributeArgument], namedArguments: [CustomAttributeNamedArgument]) {
        self.fixedArguments = fixedArguments
        self.namedArguments = namedArguments
    }
}

/// How a custom attribute names an enum type: by token for a constructor parameter, by
/// serialized type name (e.g. `System.AttributeTargets, mscorlib, ...`) in named arguments
/// and boxed values.
public enum CustomAttributeEnumType: Hashable, Sendable {
    case token(MetadataToken)
    case name(String)
}

/// The type of a custom attribute argument: a FieldOrPropType (II.23.3), or a constructor
/// parameter type reduced to one.
public indirect enum CustomAttributeType: Hashable, Sendable {
    case bool, char, int8, uint8, int16, uint16, int32, uint32, int64, uint64, float32, float64
    case string
    /// System.Type, serialized as a type name.
    case type
    /// System.Object: each value carries its own type tag.
    case object
    /// `underlying` is one of `.boolean`, `.char` and `.i1` ... `.u8`.
    case enumType(CustomAttributeEnumType, underlying: ElementType)
    case szArray(CustomAttributeType)
}

/// One argument value. Values describe themselves except for an array's element type,
/// which is kept so that empty and null arrays stay typed.
public indirect enum CustomAttributeArgument: Hashable, Sendable {
    case bool(Bool)
    /// A UTF-16 code unit.
    case char(UInt16)
    case int8(Int8), uint8(UInt8), int16(Int16), uint16(UInt16)
    case int32(Int32), uint32(UInt32), int64(Int64), uint64(UInt64)
    /// The exact IEEE bits, so NaN payloads and -0.0 survive.
    case float32(bits: UInt32)
    case float64(bits: UInt64)
    /// nil for a null string.
    case string(String?)
    /// A System.Type as its serialized type name; nil for a null Type.
    case type(String?)
    /// An enum value: the underlying integer (or bool/char) argument.
    case enumValue(CustomAttributeEnumType, CustomAttributeArgument)
    /// nil for a null array.
    case array(elementType: CustomAttributeType, [CustomAttributeArgument]?)
    /// A value passed as System.Object.
    case boxed(CustomAttributeArgument)
}

/// A named argument: a field or property of the attribute set by name.
public struct CustomAttributeNamedArgument: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case field, property }

    public var kind: Kind
    public var name: String
    public var type: CustomAttributeType
    public var value: CustomAttributeArgument

    public init(kind: Kind, name: String, type: CustomAttributeType, value: CustomAttributeArgument) {
        self.kind = kind
        self.name = name
        self.type = type
        self.value = value
    }
}

/// Decoder for custom attribute value blobs.
public enum CustomAttributeDecoder {
    /// How deeply values may nest (object arrays inside object arrays); hostile blobs must
    /// not exhaust the stack.
    public static let maxNestingDepth = 64

    /// Decodes a whole custom attribute blob for `constructor`, whose parameter types say
    /// what the fixed arguments are. A generic attribute's type arguments must already be
    /// substituted into them.
    ///
    /// - Parameters:
    ///   - resolveToken: for a constructor parameter of class or value type, the enum's
    ///     underlying type (`.boolean`, `.char`, `.i1` ... `.u8`), `.systemType` if it is
    ///     System.Type, or nil for any other type (which custom attributes cannot encode).
    ///   - resolveEnumName: the underlying type of an enum given by serialized type name,
    ///     or nil if unknown (its values' size is then unknown, so decoding fails).
    public static func decode(
        _ blob: ByteCursor,
        constructor: MethodSignature,
        resolveToken: (MetadataToken) throws -> ElementType?,
        resolveEnumName: (String) throws -> ElementType?
    ) throws -> CustomAttributeValue {
        try withoutActuallyEscaping(resolveToken) { resolveToken in
            try withoutActuallyEscaping(resolveEnumName) { resolveEnumName in
                var reader = CustomAttributeReader(cursor: blob, resolveToken: resolveToken, resolveEnumName: resolveEnumName)
                return try reader.attribute(constructor)
            }
        }
    }
}

struct CustomAttributeReader {
    var cursor: ByteCursor
    let resolveToken: (MetadataToken) throws -> ElementType?
    let resolveEnumName: (String) throws -> ElementType?
    var depth = 0

    mutating func attribute(_ constructor: MethodSignature) throws -> CustomAttributeValue {
        let context = cursor.context.isEmpty ? "custom attribute" : "\(cursor.context): custom attribute"
        cursor.context = context
        let prologAt = cursor.position
        let prolog = try cursor.readU16()
        guard prolog == 0x0001 else {
            let digits = String(prolog, radix: 16, uppercase: true)
            throw fail("prolog 0x\(String(repeating: "0", count: 4 - digits.count))\(digits) is not 0x0001", at: prologAt)
        }
        var fixed: [CustomAttributeArgument] = []
        for (i, parameter) in constructor.parameterTypes.enumerated() {
            cursor.context = "\(context): fixed argument \(i + 1)"
            fixed.append(try value(try parameterType(parameter)))
        }
        cursor.context = context
        let count = try cursor.readU16()
        var named: [CustomAttributeNamedArgument] = []
        for i in 0..<Int(count) {
            cursor.context = "\(context): named argument \(i + 1)"
            named.append(try namedArgument())
        }
        cursor.context = context
        let left = cursor.remaining
        guard left == 0 else {
            throw cursor.error("\(left) trailing \(left == 1 ? "byte" : "bytes") after the custom attribute")
        }
        return CustomAttributeValue(fixedArguments: fixed, namedArguments: named)
    }

    func fail(_ message: String, at offset: Int) -> MetadataError {
        cursor.error(message, at: offset)
    }

    /// A constructor parameter type as a custom attribute type. Custom modifiers (such as
    /// C++/CLI's `modopt(IsLong)`) do not change the encoding, so they are looked through.
    func parameterType(_ type: TypeSig) throws -> CustomAttributeType {
        switch type {
        case .modified(_, _, let inner): return try parameterType(inner)
        case .bool: return .bool
        case .char: return .char
        case .i1: return .int8
        case .u1: return .uint8
        case .i2: return .int16
        case .u2: return .uint16
        case .i4: return .int32
        case .u4: return .uint32
        case .i8: return .int64
        case .u8: return .uint64
        case .r4: return .float32
        case .r8: return .float64
        case .string: return .string
        case .object: return .object
        case .classType(let token), .valueType(let token):
            switch try resolveToken(token) {
            case .systemType?: return .type
            case let underlying?:
                _ = try enumUnderlying(underlying, of: "\(token)", at: cursor.position)
                return .enumType(.token(token), underlying: underlying)
            case nil:
                throw fail("constructor parameter type \(token) is neither an enum nor System.Type", at: cursor.position)
            }
        case .szArray(let element):
            if case .szArray = element.withoutModifiers {
                throw fail("arrays of arrays cannot be custom attribute arguments", at: cursor.position)
            }
            return .szArray(try parameterType(element))
        default:
            throw fail("constructor parameter type cannot be a custom attribute argument", at: cursor.position)
        }
    }

    /// The argument type of an enum's underlying type, which must be an integer (or
    /// bool or char, which IL allows).
    func enumUnderlying(_ underlying: ElementType, of name: String, at offset: Int) throws -> CustomAttributeType {
        switch underlying {
        case .boolean: return .bool
        case .char: return .char
        case .i1: return .int8
        case .u1: return .uint8
        case .i2: return .int16
        case .u2: return .uint16
        case .i4: return .int32
        case .u4: return .uint32
        case .i8: return .int64
        case .u8: return .uint64
        default:
            throw fail("enum \(name) has underlying type \(hexByte(underlying.rawValue)), not an integer type", at: offset)
        }
    }

    /// A FieldOrPropType (II.23.3): the type of a named argument or the tag of a boxed value.
    mutating func fieldOrPropType() throws -> CustomAttributeType {
        let at = cursor.position
        let byte = try cursor.readU8()
        switch ElementType(rawValue: byte) {
        case .boolean?: return .bool
        case .char?: return .char
        case .i1?: return .int8
        case .u1?: return .uint8
        case .i2?: return .int16
        case .u2?: return .uint16
        case .i4?: return .int32
        case .u4?: return .uint32
        case .i8?: return .int64
        case .u8?: return .uint64
        case .r4?: return .float32
        case .r8?: return .float64
        case .string?: return .string
        case .systemType?: return .type
        case .boxed?: return .object
        case .szArray?:
            if try cursor.peekU8() == ElementType.szArray.rawValue {
                throw fail("arrays of arrays cannot be custom attribute arguments", at: cursor.position)
            }
            return .szArray(try fieldOrPropType())
        case .enumType?:
            let nameAt = cursor.position
            guard let name = try serString() else { throw fail("null enum type name", at: nameAt) }
            guard let underlying = try resolveEnumName(name) else { throw fail("unknown enum type '\(name)'", at: nameAt) }
            _ = try enumUnderlying(underlying, of: "'\(name)'", at: nameAt)
            return .enumType(.name(name), underlying: underlying)
        default:
            throw fail("invalid field or property type \(hexByte(byte))", at: at)
        }
    }

    mutating func namedArgument() throws -> CustomAttributeNamedArgument {
        let at = cursor.position
        let kind: CustomAttributeNamedArgument.Kind
        switch try cursor.readU8() {
        case ElementType.field.rawValue: kind = .field
        case ElementType.property.rawValue: kind = .property
        case let other: throw fail("named argument kind \(hexByte(other)) is neither FIELD (0x53) nor PROPERTY (0x54)", at: at)
        }
        let type = try fieldOrPropType()
        let nameAt = cursor.position
        guard let name = try serString() else { throw fail("named argument with a null name", at: nameAt) }
        return CustomAttributeNamedArgument(kind: kind, name: name, type: type, value: try value(type))
    }

    mutating func value(_ type: CustomAttributeType) throws -> CustomAttributeArgument {
        let at = cursor.position
        guard depth < CustomAttributeDecoder.maxNestingDepth else {
            throw fail("values nested deeper than \(CustomAttributeDecoder.maxNestingDepth) levels", at: at)
        }
        depth += 1
        defer { depth -= 1 }
        switch type {
        // Any nonzero byte is true, as the runtime reads it.
        case .bool: return .bool(try cursor.readU8() != 0)
        case .char: return .char(try cursor.readU16())
        case .int8: return .int8(try cursor.readI8())
        case .uint8: return .uint8(try cursor.readU8())
        case .int16: return .int16(try cursor.readI16())
        case .uint16: return .uint16(try cursor.readU16())
        case .int32: return .int32(try cursor.readI32())
        case .uint32: return .uint32(try cursor.readU32())
        case .int64: return .int64(try cursor.readI64())
        case .uint64: return .uint64(try cursor.readU64())
        case .float32: return .float32(bits: try cursor.readU32())
        case .float64: return .float64(bits: try cursor.readU64())
        case .string: return .string(try serString())
        case .type: return .type(try serString())
        case .enumType(let enumType, let underlying):
            return .enumValue(enumType, try value(try enumUnderlying(underlying, of: "\(enumType)", at: at)))
        case .object:
            let tag = try fieldOrPropType()
            if tag == .object { throw fail("boxed value tagged as System.Object", at: at) }
            return .boxed(try value(tag))
        case .szArray(let element):
            let count = try cursor.readU32()
            if count == 0xFFFF_FFFF { return .array(elementType: element, nil) }
            // Every element takes at least one byte.
            guard Int(count) <= cursor.remaining else {
                throw fail("array length \(count) exceeds the \(cursor.remaining) bytes left", at: at)
            }
            var elements: [CustomAttributeArgument] = []
            elements.reserveCapacity(Int(count))
            for _ in 0..<count { elements.append(try value(element)) }
            return .array(elementType: element, elements)
        }
    }

    /// A SerString: 0xFF for null, else a compressed length and that many UTF-8 bytes.
    mutating func serString() throws -> String? {
        if try cursor.peekU8() == 0xFF {
            try cursor.skip(1)
            return nil
        }
        let length = Int(try cursor.readCompressedUInt())
        let start = cursor.position
        let bytes = try cursor.readBytes(length)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = start
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: throw fail("invalid UTF-8 in string", at: offset)
            case .emptyInput: return String(decoding: bytes, as: UTF8.self)
            }
        }
    }
}

extension TypeSig {
    /// The type with any outer custom modifiers removed.
    var withoutModifiers: TypeSig {
        if case .modified(_, _, let inner) = self { return inner.withoutModifiers }
        return self
    }
}
