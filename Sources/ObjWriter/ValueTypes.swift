/// A heap type: one of the abstract ones (stored as its one-byte code) or a type index.
public enum HeapType: Hashable, Sendable {
    case abstract(AbstractHeapType)
    case concrete(UInt32)
}

public enum AbstractHeapType: UInt8, Sendable {
    case noexn = 0x74, nofunc = 0x73, noextern = 0x72, none = 0x71
    case `func` = 0x70, extern = 0x6f, any = 0x6e, eq = 0x6d, i31 = 0x6c
    case `struct` = 0x6b, array = 0x6a, exn = 0x69
}

/// A reference type. `shorthand` records the one-byte abbreviation (`funcref` = 0x70)
/// as opposed to the long form (`ref null func` = 0x63 0x70), so encodings round-trip.
public struct RefType: Hashable, Sendable {
    public var nullable: Bool
    public var heapType: HeapType
    public var shorthand: Bool

    public init(nullable: Bool, heapType: HeapType, shorthand: Bool = false) {
        self.nullable = nullable
        self.heapType = heapType
        self.shorthand = shorthand && nullable
    }

    public static let funcref = RefType(nullable: true, heapType: .abstract(.func), shorthand: true)
    public static let externref = RefType(nullable: true, heapType: .abstract(.extern), shorthand: true)
    public static let exnref = RefType(nullable: true, heapType: .abstract(.exn), shorthand: true)
}

public enum ValueType: Hashable, Sendable {
    case i32, i64, f32, f64, v128
    case ref(RefType)

    public static let funcref = ValueType.ref(.funcref)
    public static let externref = ValueType.ref(.externref)
    public static let exnref = ValueType.ref(.exnref)
}

public struct FunctionType: Hashable, Sendable {
    public var params: [ValueType]
    public var results: [ValueType]

    public init(params: [ValueType], results: [ValueType]) {
        self.params = params
        self.results = results
    }
}

/// Limits of a table or memory, with the flag byte kept as encoded.
/// Flags: 0x01 has maximum, 0x02 shared, 0x04 64-bit indices, 0x08 custom page size.
public struct Limits: Hashable, Sendable {
    public var flags: UInt8
    public var minimum: UInt64
    public var maximum: UInt64?
    /// log2 of the page size, present when flags has 0x08 (custom-page-sizes proposal).
    public var pageSizeLog2: UInt32?

    public static let hasMaximumFlag: UInt8 = 0x01
    public static let sharedFlag: UInt8 = 0x02
    public static let is64Flag: UInt8 = 0x04
    public static let customPageSizeFlag: UInt8 = 0x08

    public init(minimum: UInt64, maximum: UInt64? = nil, shared: Bool = false, is64: Bool = false) {
        self.flags = (maximum != nil ? Limits.hasMaximumFlag : 0) | (shared ? Limits.sharedFlag : 0)
            | (is64 ? Limits.is64Flag : 0)
        self.minimum = minimum
        self.maximum = maximum
        self.pageSizeLog2 = nil
    }

    public init(flags: UInt8, minimum: UInt64, maximum: UInt64?, pageSizeLog2: UInt32?) {
        self.flags = flags
        self.minimum = minimum
        self.maximum = maximum
        self.pageSizeLog2 = pageSizeLog2
    }

    public var isShared: Bool { flags & Limits.sharedFlag != 0 }
    public var is64: Bool { flags & Limits.is64Flag != 0 }
}

public struct TableType: Hashable, Sendable {
    public var elementType: RefType
    public var limits: Limits

    public init(elementType: RefType, limits: Limits) {
        self.elementType = elementType
        self.limits = limits
    }
}

public struct GlobalType: Hashable, Sendable {
    public var valueType: ValueType
    public var mutable: Bool

    public init(valueType: ValueType, mutable: Bool) {
        self.valueType = valueType
        self.mutable = mutable
    }
}

/// A tag (exception-handling proposal): attribute 0 = exception, with a function type index.
public struct TagType: Hashable, Sendable {
    public var attribute: UInt8
    public var typeIndex: UInt32

    public init(attribute: UInt8 = 0, typeIndex: UInt32) {
        self.attribute = attribute
        self.typeIndex = typeIndex
    }
}

/// The kind byte of an import or export.
public enum ExternalKind: UInt8, Sendable {
    case function = 0, table = 1, memory = 2, global = 3, tag = 4
}
