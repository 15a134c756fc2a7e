/// The `linking` custom section of tool-conventions Linking.md (version 2).
public struct LinkingSection: Hashable, Sendable {
    public var version: UInt32
    public var subsections: [LinkingSubsection]

    public init(version: UInt32 = 2, subsections: [LinkingSubsection]) {
        self.version = version
        self.subsections = subsections
    }

    public var symbols: [SymbolInfo] {
        for case .symbolTable(let s) in subsections { return s }
        return []
    }

    public var segments: [SegmentInfo] {
        for case .segmentInfo(let s) in subsections { return s }
        return []
    }
}

public enum LinkingSubsectionType: UInt8, Sendable {
    case segmentInfo = 5, initFuncs = 6, comdatInfo = 7, symbolTable = 8
}

public enum LinkingSubsection: Hashable, Sendable {
    case segmentInfo([SegmentInfo])
    case initFuncs([InitFunction])
    case comdatInfo([Comdat])
    case symbolTable([SymbolInfo])
    /// A subsection type this library does not know, kept verbatim.
    case unknown(type: UInt8, payload: [UInt8])
}

public struct SegmentFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let strings = SegmentFlags(rawValue: 0x1)
    public static let tls = SegmentFlags(rawValue: 0x2)
    public static let retain = SegmentFlags(rawValue: 0x4)
}

public struct SegmentInfo: Hashable, Sendable {
    public var name: String
    /// log2 of the alignment in bytes.
    public var alignmentLog2: UInt32
    public var flags: SegmentFlags

    public init(name: String, alignmentLog2: UInt32, flags: SegmentFlags = []) {
        self.name = name
        self.alignmentLog2 = alignmentLog2
        self.flags = flags
    }
}

public struct InitFunction: Hashable, Sendable {
    public var priority: UInt32
    public var symbolIndex: UInt32

    public init(priority: UInt32, symbolIndex: UInt32) {
        self.priority = priority
        self.symbolIndex = symbolIndex
    }
}

public enum ComdatKind: UInt32, Sendable {
    case data = 0, function = 1, global = 2, event = 3, table = 4, section = 5
}

public struct ComdatEntry: Hashable, Sendable {
    public var kind: ComdatKind
    public var index: UInt32

    public init(kind: ComdatKind, index: UInt32) {
        self.kind = kind
        self.index = index
    }
}

public struct Comdat: Hashable, Sendable {
    public var name: String
    public var flags: UInt32
    public var entries: [ComdatEntry]

    public init(name: String, flags: UInt32 = 0, entries: [ComdatEntry]) {
        self.name = name
        self.flags = flags
        self.entries = entries
    }
}

public enum SymbolKind: UInt8, Sendable {
    case function = 0, data = 1, global = 2, section = 3, tag = 4, table = 5
}

public struct SymbolFlags: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let weak = SymbolFlags(rawValue: 0x1)
    public static let local = SymbolFlags(rawValue: 0x2)
    public static let hidden = SymbolFlags(rawValue: 0x4)
    public static let undefined = SymbolFlags(rawValue: 0x10)
    public static let exported = SymbolFlags(rawValue: 0x20)
    public static let explicitName = SymbolFlags(rawValue: 0x40)
    public static let noStrip = SymbolFlags(rawValue: 0x80)
    public static let tls = SymbolFlags(rawValue: 0x100)
    public static let absolute = SymbolFlags(rawValue: 0x200)
}

/// One entry of the symbol table.
///
/// For function, global, tag and table symbols `index` is the element index and `name`
/// is present when the symbol is defined or has an explicit name (otherwise the import's
/// field names it). For data symbols `name` is always present and, when defined, `index`
/// is the segment with `offset` and `size` inside it. For section symbols `index` is the
/// section's index in the file and there is no name.
public struct SymbolInfo: Hashable, Sendable {
    public var kind: SymbolKind
    public var flags: SymbolFlags
    public var name: String?
    public var index: UInt32
    public var offset: UInt64
    public var size: UInt64

    public init(kind: SymbolKind, flags: SymbolFlags, name: String?, index: UInt32 = 0,
                offset: UInt64 = 0, size: UInt64 = 0) {
        self.kind = kind
        self.flags = flags
        self.name = name
        self.index = index
        self.offset = offset
        self.size = size
    }

    public var isDefined: Bool { !flags.contains(.undefined) }

    /// Whether the encoding carries a name, per Linking.md.
    public var encodesName: Bool {
        switch kind {
        case .data: return true
        case .section: return false
        case .function, .global, .tag, .table:
            return isDefined || flags.contains(.explicitName)
        }
    }
}
