/// Section ids of the binary format.
public enum SectionID: UInt8, Sendable {
    case custom = 0, type = 1, `import` = 2, function = 3, table = 4, memory = 5, global = 6
    case export = 7, start = 8, element = 9, code = 10, data = 11, dataCount = 12, tag = 13

    /// The name used in error messages, e.g. `code section`.
    public var sectionName: String {
        switch self {
        case .custom: return "custom section"
        case .type: return "type section"
        case .import: return "import section"
        case .function: return "function section"
        case .table: return "table section"
        case .memory: return "memory section"
        case .global: return "global section"
        case .export: return "export section"
        case .start: return "start section"
        case .element: return "element section"
        case .code: return "code section"
        case .data: return "data section"
        case .dataCount: return "data count section"
        case .tag: return "tag section"
        }
    }

    /// Position in the order the binary format requires (tag sits between memory and global,
    /// data count between element and code).
    var orderRank: Int {
        switch self {
        case .custom: return 0
        case .type: return 1
        case .import: return 2
        case .function: return 3
        case .table: return 4
        case .memory: return 5
        case .tag: return 6
        case .global: return 7
        case .export: return 8
        case .start: return 9
        case .element: return 10
        case .dataCount: return 11
        case .code: return 12
        case .data: return 13
        }
    }
}

/// One section of a module, standard or custom, decoded.
public enum Section: Hashable, Sendable {
    case type([FunctionType])
    case `import`([Import])
    case function([UInt32])
    case table([Table])
    case memory([Limits])
    case tag([TagType])
    case global([Global])
    case export([Export])
    case start(UInt32)
    case element([ElementSegment])
    case dataCount(UInt32)
    case code([FunctionBody])
    case data([DataSegment])
    case linking(LinkingSection)
    case relocation(RelocationSection)
    case name(NameSection)
    case producers(ProducersSection)
    case targetFeatures(TargetFeaturesSection)
    case dylink(DylinkSection)
    case custom(CustomSection)

    public var id: SectionID {
        switch self {
        case .type: return .type
        case .import: return .import
        case .function: return .function
        case .table: return .table
        case .memory: return .memory
        case .tag: return .tag
        case .global: return .global
        case .export: return .export
        case .start: return .start
        case .element: return .element
        case .dataCount: return .dataCount
        case .code: return .code
        case .data: return .data
        case .linking, .relocation, .name, .producers, .targetFeatures, .dylink, .custom: return .custom
        }
    }

    /// The custom section's name, or nil for a standard section.
    public var customName: String? {
        switch self {
        case .linking: return "linking"
        case .relocation(let r): return r.name
        case .name: return "name"
        case .producers: return "producers"
        case .targetFeatures: return "target_features"
        case .dylink: return "dylink.0"
        case .custom(let c): return c.name
        default: return nil
        }
    }
}

/// How the sizes of sections and of linking/name/dylink subsections are encoded.
public enum SizeEncoding: Hashable, Sendable {
    /// 5-byte padded LEBs, as LLVM's object writer emits them.
    case padded
    /// Minimal LEBs, as wasm-ld emits them.
    case minimal
}

/// A wasm module or relocatable object: its sections in file order.
public struct WasmModule: Hashable, Sendable {
    public var version: UInt32
    public var sections: [Section]
    public var sizeEncoding: SizeEncoding

    public init(version: UInt32 = 1, sections: [Section] = [], sizeEncoding: SizeEncoding = .padded) {
        self.version = version
        self.sections = sections
        self.sizeEncoding = sizeEncoding
    }

    public static let magic: [UInt8] = [0x00, 0x61, 0x73, 0x6d]

    public static func isWasm(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 8 && Array(bytes[0..<4]) == magic
    }

    public var types: [FunctionType] {
        for case .type(let t) in sections { return t }
        return []
    }

    public var imports: [Import] {
        for case .import(let i) in sections { return i }
        return []
    }

    public var functionTypeIndices: [UInt32] {
        for case .function(let f) in sections { return f }
        return []
    }

    public var exports: [Export] {
        for case .export(let e) in sections { return e }
        return []
    }

    public var codeBodies: [FunctionBody] {
        for case .code(let c) in sections { return c }
        return []
    }

    public var dataSegments: [DataSegment] {
        for case .data(let d) in sections { return d }
        return []
    }

    public var linking: LinkingSection? {
        for case .linking(let l) in sections { return l }
        return nil
    }

    public var relocationSections: [RelocationSection] {
        sections.compactMap { if case .relocation(let r) = $0 { return r } else { return nil } }
    }

    /// Index in `sections` of the first section with the given id (custom sections excluded).
    public func sectionIndex(of id: SectionID) -> Int? {
        sections.firstIndex { $0.id == id && id != .custom }
    }
}
