/// The entries of the standard sections.

public enum ImportDescriptor: Hashable, Sendable {
    case function(typeIndex: UInt32)
    case table(TableType)
    case memory(Limits)
    case global(GlobalType)
    case tag(TagType)
}

public struct Import: Hashable, Sendable {
    public var module: String
    public var field: String
    public var descriptor: ImportDescriptor

    public init(module: String, field: String, descriptor: ImportDescriptor) {
        self.module = module
        self.field = field
        self.descriptor = descriptor
    }
}

public struct Export: Hashable, Sendable {
    public var name: String
    public var kind: ExternalKind
    public var index: UInt32

    public init(name: String, kind: ExternalKind, index: UInt32) {
        self.name = name
        self.kind = kind
        self.index = index
    }
}

/// A table definition; `initializer` is the function-references form (0x40 0x00 prefix).
public struct Table: Hashable, Sendable {
    public var type: TableType
    public var initializer: ConstExpr?

    public init(type: TableType, initializer: ConstExpr? = nil) {
        self.type = type
        self.initializer = initializer
    }
}

public struct Global: Hashable, Sendable {
    public var type: GlobalType
    public var initializer: ConstExpr

    public init(type: GlobalType, initializer: ConstExpr) {
        self.type = type
        self.initializer = initializer
    }
}

/// An element segment in any of its eight encodings; `flags` is the encoding (0–7):
/// bit 0 passive-or-declarative, bit 1 explicit table index (active) / declarative (not active),
/// bit 2 items are expressions instead of function indices.
public struct ElementSegment: Hashable, Sendable {
    public enum Items: Hashable, Sendable {
        case functions([UInt32])
        case expressions([ConstExpr])
    }

    public var flags: UInt32
    public var tableIndex: UInt32
    public var offset: ConstExpr?
    /// Element kind byte for flags 1–3 (0x00 = funcref); reference type for flags 5–7.
    public var elementKind: UInt8
    public var referenceType: RefType
    public var items: Items

    public init(flags: UInt32, tableIndex: UInt32 = 0, offset: ConstExpr?, elementKind: UInt8 = 0,
                referenceType: RefType = .funcref, items: Items) {
        self.flags = flags
        self.tableIndex = tableIndex
        self.offset = offset
        self.elementKind = elementKind
        self.referenceType = referenceType
        self.items = items
    }

    /// An active segment for table 0 in the MVP encoding.
    public static func active(offset: ConstExpr, functions: [UInt32]) -> ElementSegment {
        ElementSegment(flags: 0, offset: offset, items: .functions(functions))
    }

    public var isPassive: Bool { flags & 0x3 == 0x1 }
    public var isDeclarative: Bool { flags & 0x3 == 0x3 }
    public var isActive: Bool { flags & 0x1 == 0 }
    public var hasExplicitTable: Bool { flags & 0x3 == 0x2 }
    public var usesExpressions: Bool { flags & 0x4 != 0 }
}

/// A data segment: flags 0 active in memory 0, 1 passive, 2 active with explicit memory index.
public struct DataSegment: Hashable, Sendable {
    public var flags: UInt32
    public var memoryIndex: UInt32
    public var offset: ConstExpr?
    public var bytes: [UInt8]

    public init(flags: UInt32, memoryIndex: UInt32 = 0, offset: ConstExpr?, bytes: [UInt8]) {
        self.flags = flags
        self.memoryIndex = memoryIndex
        self.offset = offset
        self.bytes = bytes
    }

    public static func active(offset: ConstExpr, bytes: [UInt8]) -> DataSegment {
        DataSegment(flags: 0, offset: offset, bytes: bytes)
    }

    public var isPassive: Bool { flags == 1 }
}

/// A run of locals of one type in a function body.
public struct LocalGroup: Hashable, Sendable {
    public var count: UInt32
    public var type: ValueType

    public init(count: UInt32, type: ValueType) {
        self.count = count
        self.type = type
    }
}

/// A function body: its locals decoded, its instructions kept as encoded (ending with `end`).
public struct FunctionBody: Hashable, Sendable {
    public var locals: [LocalGroup]
    public var code: [UInt8]

    public init(locals: [LocalGroup], code: [UInt8]) {
        self.locals = locals
        self.code = code
    }
}
