import ObjWriter

/// Typed indices into the flat arrays of `LinkContext`.
public struct FileID: Hashable, Sendable { var raw: Int32 }
public struct SymbolID: Hashable, Sendable { var raw: Int32 }
public struct FunctionID: Hashable, Sendable { var raw: Int32 }
public struct SegmentID: Hashable, Sendable { var raw: Int32 }
public struct GlobalID: Hashable, Sendable { var raw: Int32 }
public struct TagID: Hashable, Sendable { var raw: Int32 }
public struct TableID: Hashable, Sendable { var raw: Int32 }
public struct SectionID: Hashable, Sendable { var raw: Int32 }
public struct OutputSegmentID: Hashable, Sendable { var raw: Int32 }

let invalidIndex = UInt32.max

/// A relocation of an input chunk, with its offset relative to the chunk's first byte.
struct ChunkRelocation {
    var type: RelocationType
    var offset: UInt32
    var index: UInt32
    var addend: Int64
}

/// Strings of a `WASM_SEG_FLAG_STRINGS` segment or a `.debug_str` section, split at NULs.
struct MergePieces {
    var inputOffsets: [UInt32] = []
    var outputOffsets: [UInt32] = []
    /// The merged chunk (a synthetic segment or section) this one's strings moved into.
    var parent: Int32 = -1

    /// Offset in the merged output of byte `offset` of the input.
    func outputOffset(of offset: UInt64) -> UInt64 {
        var low = 0
        var high = inputOffsets.count
        while low < high {
            let mid = (low + high) / 2
            if UInt64(inputOffsets[mid]) <= offset { low = mid + 1 } else { high = mid }
        }
        let piece = max(low - 1, 0)
        guard piece < outputOffsets.count else { return offset }
        return UInt64(outputOffsets[piece]) &+ offset &- UInt64(inputOffsets[piece])
    }
}

/// A function body from an object (or synthesized): its bytes start with the body-size LEB.
struct InputFunction {
    var file: FileID?
    var name: String
    var debugName: String = ""
    var exportName: String?
    var signature: FunctionType
    var bytes: ArraySlice<UInt8>
    /// Length of the body-size LEB at the start of `bytes`.
    var codeOffset: Int
    var relocations: [ChunkRelocation] = []
    var comdat: Int32 = -1
    var live: Bool
    var discarded = false
    var functionIndex = invalidIndex
    var tableIndex = invalidIndex
    var outputOffset = 0
}

/// A data segment of an object, or the merged strings of several.
struct InputSegment {
    var file: FileID?
    var name: String
    var alignmentLog2: UInt32
    var flags: SegmentFlags
    var bytes: ArraySlice<UInt8>
    var relocations: [ChunkRelocation] = []
    var comdat: Int32 = -1
    var live: Bool
    var discarded = false
    var merge: MergePieces?
    var outputSegment: OutputSegmentID?
    var outputSegmentOffset: UInt64 = 0
    var isTLS: Bool { flags.contains(.tls) }
    var isRetained: Bool { flags.contains(.retain) }
}

struct InputGlobal {
    var file: FileID?
    var name: String
    var type: GlobalType
    var initializer: ConstExpr
    var live: Bool
    var index = invalidIndex
}

struct InputTag {
    var file: FileID?
    var name: String
    var signature: FunctionType
    var live: Bool
    var index = invalidIndex
}

struct InputTable {
    var file: FileID?
    var name: String
    var type: TableType
    var live: Bool
    var index = invalidIndex
}

/// A custom section of an object, copied into the output section of the same name.
struct InputSection {
    var file: FileID
    var name: String
    var bytes: ArraySlice<UInt8>
    var relocations: [ChunkRelocation] = []
    var comdat: Int32 = -1
    var discarded = false
    var merge: MergePieces?
    var tombstone: UInt64
    var outputOffset: UInt64 = 0
}

/// One input file: an object given on the command line or an archive member.
struct ObjectFile {
    var name: String
    var archiveName: String
    var module: WasmModule?
    /// The symbol table of a lazy member, read without decoding the rest.
    var lazySymbols: [ObjWriter.SymbolInfo]?
    /// Where each section's payload lies in `bytes`.
    var payloadRanges: [Range<Int>] = []
    var bytes: [UInt8]
    var lazy: Bool
    var live: Bool
    var parsed = false
    /// Symbol table of the object, mapped to the context's symbols.
    var symbols: [SymbolID] = []
    var functions: [FunctionID] = []
    var segments: [SegmentID] = []
    var globals: [GlobalID] = []
    var tags: [TagID] = []
    var tables: [TableID] = []
    var sections: [SectionID] = []
    /// Custom sections by their index in the object's section list.
    var sectionsByIndex: [Int: SectionID] = [:]
    var types: [FunctionType] = []
    var typeMap: [UInt32] = []
    var comdats: [String] = []
    var keptComdats: [Bool] = []
    var initFunctions: [InitFunction] = []
    var producers: ProducersSection?
    var targetFeatures: [TargetFeaturesSection.Feature] = []
    var importedFunctionCount = 0
    var importedGlobalCount = 0
    var importedTagCount = 0
    var importedTableCount = 0

    var displayName: String { archiveName.isEmpty ? name : "\(archiveName)(\(name))" }
}

enum SymbolKind: UInt8 {
    case definedFunction, definedData, definedGlobal, definedTag, definedTable, section
    case undefinedFunction, undefinedData, undefinedGlobal, undefinedTable, undefinedTag
    case lazy
}

/// A symbol, global (in the symbol table's map) or local to one object.
struct Symbol {
    var name: String
    var kind: SymbolKind
    var flags: SymbolFlags
    var file: FileID?
    var referenced: Bool
    var isUsedInRegularObj = false
    var forceExport = false
    var forceImport = false
    var isStub = false
    var isCalledDirectly = true
    var importName: String?
    var importModule: String?
    /// Function and tag symbols.
    var signature: FunctionType?
    var function: FunctionID?
    var stubFunction: SymbolID?
    var functionIndex = invalidIndex
    var tableIndex = invalidIndex
    /// Data symbols: the segment, or nil for an absolute (linker-synthesized) address.
    var segment: SegmentID?
    var value: UInt64 = 0
    var size: UInt64 = 0
    /// Global symbols.
    var globalType: GlobalType?
    var global: GlobalID?
    var globalIndex = invalidIndex
    /// Tag and table symbols.
    var tag: TagID?
    var tagIndex = invalidIndex
    var tableType: TableType?
    var table: TableID?
    var tableNumber = invalidIndex
    /// Section symbols: the input section, or for an output section symbol its index.
    var section: SectionID?
    var outputSectionIndex = invalidIndex
    /// Index in the output symbol table (`-r`, `--emit-relocs`).
    var outputSymbolIndex = invalidIndex

    init(name: String, kind: SymbolKind, flags: SymbolFlags, file: FileID?, referenced: Bool) {
        self.name = name
        self.kind = kind
        self.flags = flags
        self.file = file
        self.referenced = referenced
    }

    var isDefined: Bool { !isLazy && !isUndefined }
    var isUndefined: Bool {
        switch kind {
        case .undefinedFunction, .undefinedData, .undefinedGlobal, .undefinedTable, .undefinedTag: return true
        default: return false
        }
    }
    var isLazy: Bool { kind == .lazy }
    var isWeak: Bool { flags.rawValue & 3 == SymbolFlags.weak.rawValue }
    var isLocal: Bool { flags.rawValue & 3 == SymbolFlags.local.rawValue }
    var isHidden: Bool { flags.contains(.hidden) }
    var isTLS: Bool { flags.contains(.tls) }
    var isNoStrip: Bool { flags.contains(.noStrip) }
    var isUndefWeak: Bool { isWeak && (isUndefined || isLazy) }
    var isFunction: Bool { kind == .definedFunction || kind == .undefinedFunction }
    var isData: Bool { kind == .definedData || kind == .undefinedData }
    var isGlobal: Bool { kind == .definedGlobal || kind == .undefinedGlobal }
    var isTable: Bool { kind == .definedTable || kind == .undefinedTable }
    var isTag: Bool { kind == .definedTag || kind == .undefinedTag }
    var isImported: Bool { isUndefined && (importName != nil || forceImport) }

    mutating func setHidden(_ hidden: Bool) {
        if hidden { flags.insert(.hidden) } else { flags.remove(.hidden) }
    }

    var wasmKind: ObjWriter.SymbolKind {
        switch kind {
        case .definedFunction, .undefinedFunction: return .function
        case .definedData, .undefinedData: return .data
        case .definedGlobal, .undefinedGlobal: return .global
        case .definedTag, .undefinedTag: return .tag
        case .definedTable, .undefinedTable: return .table
        case .section: return .section
        case .lazy: return .function
        }
    }
}

/// A data segment of the output: input segments of one name, laid out in order.
struct OutputSegment {
    var name: String
    var index: Int
    var alignmentLog2: UInt32 = 0
    var linkingFlags: SegmentFlags = []
    var inputSegments: [SegmentID] = []
    var size: UInt64 = 0
    var startVA: UInt64 = 0
    var isBss = false
    var isPassive = false
    var isTLS: Bool { name == ".tdata" }
}

/// Everything the link works on: inputs, symbols and the state each stage adds.
final class LinkContext {
    let config: LinkerOptions
    let diagnostics: Diagnostics

    var files: [ObjectFile] = []
    /// Files in command-line order, archive members in archive order (lld's `files`).
    var loadedFiles: [FileID] = []
    /// Objects added to the link, in the order they were parsed (lld's `ctx.objectFiles`).
    var objectFiles: [FileID] = []
    var symbols: [Symbol] = []
    /// Slot in `symbolOrder` of each global name.
    var symbolMap: [String: Int] = [:]
    /// Global symbols in insertion order (lld's `symtab->symbols()`); a signature variant
    /// can take over its name's slot.
    var symbolOrder: [SymbolID] = []
    var functions: [InputFunction] = []
    var segments: [InputSegment] = []
    var globals: [InputGlobal] = []
    var tags: [InputTag] = []
    var tables: [InputTable] = []
    var sections: [InputSection] = []
    var comdatGroups: Set<String> = []
    var syntheticFunctions: [FunctionID] = []
    var syntheticGlobals: [GlobalID] = []
    var syntheticTables: [TableID] = []
    var allowUndefinedSymbols: Set<String> = []
    var exportedSymbols: [String] = []
    var exportedSymbolSet: Set<String> = []
    var requiredExports: [String] = []
    var legacyFunctionTable = false
    var stubFunctionsBySignature: [FunctionType: SymbolID] = [:]
    /// Symbols of one name whose function signatures disagree, in order of first mismatch.
    var symbolVariants: [String: [SymbolID]] = [:]
    var variantNames: [String] = []

    /// Linker-synthesized symbols (lld's `ctx.sym`).
    var callCtors: SymbolID?
    var callDtors: SymbolID?
    var stackPointer: SymbolID?
    var tlsBase: SymbolID?
    var dsoHandle: SymbolID?
    var dataEnd: SymbolID?
    var stackLow: SymbolID?
    var stackHigh: SymbolID?
    var globalBaseSymbol: SymbolID?
    var heapBase: SymbolID?
    var heapEnd: SymbolID?
    var definedMemoryBase: SymbolID?
    var definedTableBase: SymbolID?
    var indirectFunctionTable: SymbolID?
    var entrySymbol: SymbolID?

    /// Layout state (lld's Writer and synthetic sections).
    var outputSegments: [OutputSegment] = []
    var memoryPages: UInt64 = 0
    var maxMemoryPages: UInt64 = 0
    var emitBssSegments = false
    var allowedFeatures: Set<String> = []
    /// Functions with a slot in the indirect function table, in slot order.
    var indirectFunctions: [SymbolID] = []
    var outputTypes: [FunctionType] = []
    var initMemory: SymbolID?
    var importedSymbols: [SymbolID] = []
    var importKeys: [ImportKey: UInt32] = [:]
    var importedFunctionCount = 0
    var importedGlobalCount = 0
    var importedTagCount = 0
    var importedTableCount = 0
    var outputFunctions: [FunctionID] = []
    var outputGlobals: [GlobalID] = []
    var outputTags: [TagID] = []
    var outputTables: [TableID] = []
    var dataAddressGlobals: [SymbolID] = []
    var exportedSymbolIDs: [SymbolID] = []
    var outputSymbols: [SymbolID] = []
    var outputSectionSymbols: [String: SymbolID] = [:]
    var outputTypeIndices: [FunctionType: UInt32] = [:]

    func registerType(_ type: FunctionType) -> UInt32 {
        if let index = outputTypeIndices[type] { return index }
        let index = UInt32(outputTypes.count)
        outputTypes.append(type)
        outputTypeIndices[type] = index
        return index
    }

    init(config: LinkerOptions, diagnostics: Diagnostics) {
        self.config = config
        self.diagnostics = diagnostics
    }

    func displayName(_ file: FileID?) -> String {
        guard let file else { return "<internal>" }
        return files[Int(file.raw)].displayName
    }

    /// Yields the symbol in place, so reading one field does not copy the whole struct.
    subscript(_ id: SymbolID) -> Symbol {
        _read { yield symbols[Int(id.raw)] }
        _modify { yield &symbols[Int(id.raw)] }
    }

    var tableBase: UInt32 { UInt32(truncatingIfNeeded: config.tableBase) }
    var entryName: String { config.entry ?? "" }

    func find(_ name: String) -> SymbolID? { symbolMap[name].map { symbolOrder[$0] } }
}
