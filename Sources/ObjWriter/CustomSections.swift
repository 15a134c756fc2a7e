/// The `name` custom section and its subsections.
public struct NameSection: Hashable, Sendable {
    public var subsections: [NameSubsection]

    public init(subsections: [NameSubsection]) {
        self.subsections = subsections
    }
}

public struct NameAssociation: Hashable, Sendable {
    public var index: UInt32
    public var name: String

    public init(index: UInt32, name: String) {
        self.index = index
        self.name = name
    }
}

public struct IndirectNameAssociation: Hashable, Sendable {
    public var index: UInt32
    public var names: [NameAssociation]

    public init(index: UInt32, names: [NameAssociation]) {
        self.index = index
        self.names = names
    }
}

public enum NameSubsectionID: UInt8, Sendable {
    case module = 0, function = 1, local = 2, label = 3, type = 4, table = 5, memory = 6
    case global = 7, elementSegment = 8, dataSegment = 9, field = 10, tag = 11

    /// Subsections whose payload maps an index to a name map.
    public var isIndirect: Bool { self == .local || self == .label || self == .field }
}

public enum NameSubsection: Hashable, Sendable {
    case module(String)
    /// function, type, table, memory, global, element segment, data segment or tag names.
    case map(NameSubsectionID, [NameAssociation])
    /// local, label or field names.
    case indirectMap(NameSubsectionID, [IndirectNameAssociation])
    case unknown(id: UInt8, payload: [UInt8])
}

/// The `producers` custom section: fields (`language`, `processed-by`, `sdk`) of name/version pairs.
public struct ProducersSection: Hashable, Sendable {
    public struct Field: Hashable, Sendable {
        public var name: String
        public var values: [(name: String, version: String)]

        public init(name: String, values: [(name: String, version: String)]) {
            self.name = name
            self.values = values
        }

        public static func == (a: Field, b: Field) -> Bool {
            a.name == b.name && a.values.elementsEqual(b.values, by: { $0 == $1 })
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            for v in values { hasher.combine(v.name); hasher.combine(v.version) }
        }
    }

    public var fields: [Field]

    public init(fields: [Field]) {
        self.fields = fields
    }
}

/// The `target_features` custom section: `+` used, `-` disallowed, `=` required.
public struct TargetFeaturesSection: Hashable, Sendable {
    public struct Feature: Hashable, Sendable {
        public var prefix: UInt8
        public var name: String

        public init(prefix: UInt8, name: String) {
            self.prefix = prefix
            self.name = name
        }
    }

    public var features: [Feature]

    public init(features: [Feature]) {
        self.features = features
    }
}

/// The `dylink.0` custom section of DynamicLinking.md.
public struct DylinkSection: Hashable, Sendable {
    public struct MemoryInfo: Hashable, Sendable {
        public var memorySize: UInt32
        public var memoryAlignment: UInt32
        public var tableSize: UInt32
        public var tableAlignment: UInt32

        public init(memorySize: UInt32, memoryAlignment: UInt32, tableSize: UInt32, tableAlignment: UInt32) {
            self.memorySize = memorySize
            self.memoryAlignment = memoryAlignment
            self.tableSize = tableSize
            self.tableAlignment = tableAlignment
        }
    }

    public struct ExportInfo: Hashable, Sendable {
        public var name: String
        public var flags: UInt32
        public init(name: String, flags: UInt32) { self.name = name; self.flags = flags }
    }

    public struct ImportInfo: Hashable, Sendable {
        public var module: String
        public var field: String
        public var flags: UInt32
        public init(module: String, field: String, flags: UInt32) {
            self.module = module; self.field = field; self.flags = flags
        }
    }

    public enum Subsection: Hashable, Sendable {
        case memoryInfo(MemoryInfo)
        case needed([String])
        case exportInfo([ExportInfo])
        case importInfo([ImportInfo])
        case runtimePath([String])
        case unknown(type: UInt8, payload: [UInt8])
    }

    public var subsections: [Subsection]

    public init(subsections: [Subsection]) {
        self.subsections = subsections
    }
}

/// A custom section this library does not interpret, kept verbatim.
public struct CustomSection: Hashable, Sendable {
    public var name: String
    public var payload: [UInt8]

    public init(name: String, payload: [UInt8]) {
        self.name = name
        self.payload = payload
    }
}
