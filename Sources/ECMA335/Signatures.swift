/// The element types of ECMA-335 II.23.1.16: the bytes that start each type in a
/// signature blob, plus the few that only custom attribute blobs use.
public enum ElementType: UInt8, CaseIterable, Sendable {
    /// ELEMENT_TYPE_END: marks the end of a list; never a type.
    case end = 0x00
    case void = 0x01
    case boolean = 0x02
    case char = 0x03
    case i1 = 0x04
    case u1 = 0x05
    case i2 = 0x06
    case u2 = 0x07
    case i4 = 0x08
    case u4 = 0x09
    case i8 = 0x0A
    case u8 = 0x0B
    case r4 = 0x0C
    case r8 = 0x0D
    case string = 0x0E
    /// ELEMENT_TYPE_PTR, followed by the pointed-to type.
    case pointer = 0x0F
    /// ELEMENT_TYPE_BYREF, followed by the referenced type.
    case byRef = 0x10
    /// ELEMENT_TYPE_VALUETYPE, followed by a TypeDefOrRefOrSpecEncoded.
    case valueType = 0x11
    /// ELEMENT_TYPE_CLASS, followed by a TypeDefOrRefOrSpecEncoded.
    case classType = 0x12
    /// ELEMENT_TYPE_VAR: a type's generic parameter, followed by its index.
    case genericParam = 0x13
    /// ELEMENT_TYPE_ARRAY: element type, then an ArrayShape.
    case array = 0x14
    /// ELEMENT_TYPE_GENERICINST: CLASS or VALUETYPE, type, argument count, arguments.
    case genericInst = 0x15
    case typedByRef = 0x16
    /// ELEMENT_TYPE_I: System.IntPtr.
    case intPtr = 0x18
    /// ELEMENT_TYPE_U: System.UIntPtr.
    case uintPtr = 0x19
    /// ELEMENT_TYPE_FNPTR, followed by a method signature.
    case functionPointer = 0x1B
    case object = 0x1C
    /// ELEMENT_TYPE_SZARRAY: single-dimensional, zero-based array.
    case szArray = 0x1D
    /// ELEMENT_TYPE_MVAR: a method's generic parameter, followed by its index.
    case methodGenericParam = 0x1E
    /// ELEMENT_TYPE_CMOD_REQD, followed by a TypeDefOrRefOrSpecEncoded.
    case requiredModifier = 0x1F
    /// ELEMENT_TYPE_CMOD_OPT, followed by a TypeDefOrRefOrSpecEncoded.
    case optionalModifier = 0x20
    /// ELEMENT_TYPE_INTERNAL: runtime-only, never in a file.
    case internalType = 0x21
    /// ELEMENT_TYPE_MODIFIER: a flag or'd with the following element types.
    case modifierFlag = 0x40
    /// ELEMENT_TYPE_SENTINEL: starts the variable part of a vararg call site's parameters.
    case sentinel = 0x41
    /// ELEMENT_TYPE_PINNED: a local that pins what it refers to.
    case pinned = 0x45
    /// A custom attribute argument of type System.Type.
    case systemType = 0x50
    /// A boxed custom attribute argument (declared as System.Object).
    case boxed = 0x51
    /// Reserved by II.23.1.16.
    case reserved = 0x52
    /// A custom attribute named argument that sets a field.
    case field = 0x53
    /// A custom attribute named argument that sets a property.
    case property = 0x54
    /// A custom attribute enum type, followed by its serialized type name.
    case enumType = 0x55
}

/// A type in a signature blob (II.23.2.12 and the modifiers, BYREF and PINNED around it).
public indirect enum TypeSig: Hashable, Sendable {
    case void, bool, char, i1, u1, i2, u2, i4, u4, i8, u8, r4, r8, string, object, typedByRef
    case intPtr, uintPtr
    case pointer(TypeSig)
    case byRef(TypeSig)
    /// A TypeDef or TypeRef token.
    case valueType(MetadataToken)
    /// A TypeDef or TypeRef token.
    case classType(MetadataToken)
    /// `!n`: the n-th generic parameter of the enclosing type.
    case genericParam(Int)
    /// `!!n`: the n-th generic parameter of the enclosing method.
    case methodGenericParam(Int)
    case array(TypeSig, ArrayShape)
    case szArray(TypeSig)
    /// `genericType` is a TypeDef or TypeRef token; there is at least one argument.
    case genericInst(isValueType: Bool, genericType: MetadataToken, arguments: [TypeSig])
    case functionPointer(MethodSignature)
    /// `modreq` (required) or `modopt` modifier applied to the wrapped type.
    case modified(required: Bool, modifier: MetadataToken, TypeSig)
    /// A pinned local (only in local variable signatures).
    case pinned(TypeSig)
}

extension TypeSig {
    /// The element type of bool, char and the integer types (what an enum's value field may be).
    public var integralElementType: ElementType? {
        switch self {
        case .bool: .boolean
        case .char: .char
        case .i1: .i1
        case .u1: .u1
        case .i2: .i2
        case .u2: .u2
        case .i4: .i4
        case .u4: .u4
        case .i8: .i8
        case .u8: .u8
        default: nil
        }
    }
}

/// The shape of a general array (II.23.2.13): dimensions may omit sizes and lower bounds
/// from the end.
public struct ArrayShape: Hashable, Sendable {
    public var rank: Int
    /// Sizes of the first `sizes.count` dimensions (at most `rank`).
    public var sizes: [Int]
    /// Lower bounds of the first `lowerBounds.count` dimensions (at most `rank`); may be negative.
    public var lowerBounds: [Int]

    public init(rank: Int, sizes: [Int] = [], lowerBounds: [Int] = []) {
        self.rank = rank
        self.sizes = sizes
        self.lowerBounds = lowerBounds
    }
}

/// The kind in the low nibble of a method signature's first byte, with GENERIC's count.
public enum CallingConvention: Hashable, Sendable {
    case `default`
    /// Unmanaged cdecl (0x1).
    case c
    case stdcall
    case thiscall
    case fastcall
    case vararg
    /// Unmanaged, with the platform's default convention (0x9).
    case unmanaged
    /// DEFAULT with the GENERIC flag: a generic method with this many generic parameters.
    case generic(parameterCount: Int)
}

/// A MethodDefSig, MethodRefSig or StandAloneMethodSig (II.23.2.1–3), also the target of a
/// function pointer.
public struct MethodSignature: Hashable, Sendable {
    public var hasThis: Bool
    public var explicitThis: Bool
    public var callingConvention: CallingConvention
    public var returnType: TypeSig
    /// All parameters, including those after a SENTINEL.
    public var parameterTypes: [TypeSig]
    /// For a vararg call site: the index in `parameterTypes` of the first parameter after
    /// the SENTINEL (the variable part); nil when there is no SENTINEL.
    public var sentinelIndex: Int?

    public init(hasThis: Bool = false, explicitThis: Bool = false,
                callingConvention: CallingConvention = .default,
                returnType: TypeSig, parameterTypes: [TypeSig] = [], sentinelIndex: Int? = nil) {
        self.hasThis = hasThis
        self.explicitThis = explicitThis
        self.callingConvention = callingConvention
        self.returnType = returnType
        self.parameterTypes = parameterTypes
        self.sentinelIndex = sentinelIndex
    }
}

/// A FieldSig (II.23.2.4); custom modifiers are part of `type`.
public struct FieldSignature: Hashable, Sendable {
    public var type: TypeSig
    public init(type: TypeSig) { self.type = type }
}

/// A PropertySig (II.23.2.5): the type is the getter's return type, the parameters an indexer's.
public struct PropertySignature: Hashable, Sendable {
    public var hasThis: Bool
    public var type: TypeSig
    public var parameterTypes: [TypeSig]

    public init(hasThis: Bool, type: TypeSig, parameterTypes: [TypeSig] = []) {
        self.hasThis = hasThis
        self.type = type
        self.parameterTypes = parameterTypes
    }
}

/// A LocalVarSig (II.23.2.6); each local may be `.pinned`, `.byRef`, `.typedByRef` or `.modified`.
public struct LocalVariablesSignature: Hashable, Sendable {
    public var locals: [TypeSig]
    public init(locals: [TypeSig]) { self.locals = locals }
}

/// A MethodSpec blob (II.23.2.15): the type arguments of a generic method instantiation.
public struct MethodSpecSignature: Hashable, Sendable {
    public var arguments: [TypeSig]
    public init(arguments: [TypeSig]) { self.arguments = arguments }
}

extension ByteCursor {
    /// A TypeDefOrRefOrSpecEncoded (II.23.2.8): a compressed integer whose low two bits
    /// pick TypeDef, TypeRef or TypeSpec and whose remaining bits are the row.
    public mutating func readTypeDefOrRefOrSpecEncoded() throws -> MetadataToken {
        let at = position
        let coded = try readCompressedUInt()
        let row = coded >> 2
        let table: TableID
        switch coded & 3 {
        case 0: table = .typeDef
        case 1: table = .typeRef
        case 2: table = .typeSpec
        default: throw error("TypeDefOrRefOrSpecEncoded tag 3 is invalid", at: at)
        }
        guard row != 0 else { throw error("null \(table.name) token in a signature", at: at) }
        // A 29-bit compressed value leaves 27 bits of row, more than a token holds.
        guard row <= 0x00FF_FFFF else {
            throw error("\(table.name) row \(row) does not fit in a token", at: at)
        }
        return MetadataToken(table, row: row)
    }
}
