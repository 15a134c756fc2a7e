import ECMA335
import ObjWriter

/// The ReadyToRun image of one assembly inside a relocatable wasm object (R2R-WASM.md §1–§5,
/// Runtime/ABI.md): the R2R header and its tables, the assembly as WebCIL, and the init
/// function that registers both with the runtime.
///
/// The code generator calls `emit` once per object, after it has defined every compiled
/// method and every `M` invoke thunk as functions of the same `ObjectBuilder`:
///
///     var object = ObjectBuilder()
///     let main = object.defineFunction("Program::Main(System.String[])", type: ..., body: ..., relocations: ...)
///     let thunk = object.defineFunction("Mvp", type: ..., body: ..., relocations: ...)  // in its COMDAT
///     try R2RImage.emit(into: &object, assembly: assembly,
///                       methods: [.init(methodDefRow: 1, function: main)],
///                       thunks: [.init(key: "Mvp", function: thunk)])
///     let bytes = ModuleWriter.write(object.build())
///
/// It adds, as binding-local data symbols each covering one data segment:
/// - `WEBCIL:<assembly>`: the WebCIL v1 payload (16-byte aligned);
/// - `RTR_HEADER:<assembly>`: READYTORUN_HEADER 18.6 with, sorted by type,
///   100 CompilerIdentifier, 101 ImportSections, 102 RuntimeFunctions,
///   103 MethodDefEntryPoints, 108 AvailableTypes, 112 ManifestMetadata;
/// - one `RTR_<Table>:<assembly>` symbol per table (and `RTR_ImportCells`,
///   `RTR_ImportSignatures`, `RTR_InjectStringThunks` for the import section's parts).
///
/// Every RVA is written as 0 with an R_WASM_MEMORY_ADDR_I32 relocation to the symbol it
/// points at; every function is a table index written as 0 with R_WASM_TABLE_INDEX_I32.
/// Finally it imports `r2r_register_image(header, webcil, size)` and defines the local
/// function `RTR_INIT:<assembly>` that calls it, listed in WASM_INIT_FUNCS at priority 100.
///
/// Like an LLVM object that takes a function's address, the object must import
/// `__indirect_function_table` (wasm-ld 21 crashes on table-index relocations without it):
/// a code generator that already imported it for `call_indirect` passes its symbol as
/// `indirectFunctionTable`; otherwise `emit` imports it and returns the symbol for reuse.
///
/// Table contents:
/// - RuntimeFunctions: one u32 table index per method, methods in MethodDef row order;
///   a method's position there is its entry index.
/// - MethodDefEntryPoints: NativeArray indexed by row - 1 (up to the highest compiled
///   row) of `entryIndex << 1` (no fixup lists).
/// - ImportSections: one eager section (flags 0x1, type 0, entry size 4) of one slot,
///   whose signature is the InjectStringThunks (0x39) blob of `thunks`.
/// - AvailableTypes: every TypeDef and ExportedType of the metadata (crossgen2's rule),
///   so it needs no input besides the assembly.
/// - ManifestMetadata: a Module row and a copy of every AssemblyRef row of the assembly.
public enum R2RImage {
    /// A compiled method: its MethodDef row and the function that implements it.
    public struct Method: Hashable, Sendable {
        public var methodDefRow: UInt32
        public var function: SymbolIndex

        public init(methodDefRow: UInt32, function: SymbolIndex) {
            self.methodDefRow = methodDefRow
            self.function = function
        }
    }

    /// A thunk the runtime finds by key in the merged InjectStringThunks map, e.g. `Miip`.
    public struct Thunk: Hashable, Sendable {
        public var key: String
        public var function: SymbolIndex

        public init(key: String, function: SymbolIndex) {
            self.key = key
            self.function = function
        }
    }

    /// What `emit` defined, for a caller that refers to the image itself.
    public struct Symbols: Hashable, Sendable {
        public var header: SymbolIndex
        public var webcil: SymbolIndex
        public var initFunction: SymbolIndex
        public var webcilSize: Int
        /// The table symbol the table-index relocations need; nil with no methods and no thunks.
        public var indirectFunctionTable: SymbolIndex?
    }

    public static let defaultCompilerIdentifier = "r2r-cc 0.1"
    public static let initPriority: UInt32 = 100
    public static let registerFunction = "r2r_register_image"

    /// Writes the image of `assembly` into `object`; `methods` and `thunks` may come in any
    /// order. Throws `R2RImageError` for a row outside the MethodDef table, a row given
    /// twice, a bad thunk key or compiler identifier, and `MetadataError` when the assembly
    /// cannot be read; `object` is then left as it was.
    @discardableResult
    public static func emit(into object: inout ObjectBuilder, assembly: AssemblyFile, methods: [Method],
                            thunks: [Thunk], indirectFunctionTable: SymbolIndex? = nil,
                            compilerIdentifier: String = defaultCompilerIdentifier) throws -> Symbols {
        // Everything that can fail comes first, so an error leaves `object` untouched.
        let name = try assembly.assemblyName()
        let methods = try sortedMethods(methods, rowCount: assembly.metadata.rowCount(.methodDef))
        guard !compilerIdentifier.utf8.contains(0) else { throw R2RImageError("compiler identifier contains NUL") }
        let thunkSignature = try InjectStringThunks.encode(thunks)
        let availableTypes = AvailableTypes.encode(try AvailableTypes.entries(of: assembly))
        let manifest = try ManifestMetadata.build(for: assembly)
        var entryPoints = [[UInt8]?](repeating: nil, count: Int(methods.last?.methodDefRow ?? 0))
        for (entryIndex, method) in methods.enumerated() {
            entryPoints[Int(method.methodDefRow) - 1] = NativeFormat.unsigned(UInt32(entryIndex) << 1)
        }
        let webcil = WebCIL.payload(of: assembly)

        let webcilSymbol = object.defineData("WEBCIL:\(name)", segmentName: ".rodata.webcil.\(name)", bytes: webcil,
                                             alignmentLog2: 4, flags: .local)
        func define(_ label: String, _ data: DataBuilder, alignmentLog2: UInt32, writable: Bool = false) -> SymbolIndex {
            object.defineData("RTR_\(label):\(name)", segmentName: "\(writable ? ".data" : ".rodata").r2r.\(label).\(name)",
                              bytes: data.bytes, alignmentLog2: alignmentLog2, relocations: data.relocations,
                              flags: .local)
        }
        var sections: [(type: R2RSectionType, symbol: SymbolIndex, size: Int)] = []
        func section(_ type: R2RSectionType, _ data: DataBuilder, alignmentLog2: UInt32) {
            sections.append((type, define(type.name, data, alignmentLog2: alignmentLog2), data.bytes.count))
        }

        section(.compilerIdentifier, DataBuilder(bytes: Array(compilerIdentifier.utf8) + [0]), alignmentLog2: 0)

        let signatureSymbol = define("InjectStringThunks", DataBuilder(bytes: thunkSignature.bytes,
                                                                       relocations: thunkSignature.relocations),
                                     alignmentLog2: 0)
        var signatures = DataBuilder()
        signatures.address(of: signatureSymbol)
        let signaturesSymbol = define("ImportSignatures", signatures, alignmentLog2: 2)
        // The slot the runtime may write when it processes the fixup, hence writable data.
        let cellsSymbol = define("ImportCells", DataBuilder(bytes: [0, 0, 0, 0]), alignmentLog2: 2, writable: true)
        var importSections = DataBuilder()
        importSections.address(of: cellsSymbol)
        importSections.u32(4)
        importSections.u16(R2RFormat.importSectionEager)
        importSections.bytes([0, 4])  // Type: unknown; EntrySize: 4.
        importSections.address(of: signaturesSymbol)
        importSections.u32(0)  // No auxiliary data.
        section(.importSections, importSections, alignmentLog2: 2)

        var runtimeFunctions = DataBuilder()
        for method in methods { runtimeFunctions.tableIndex(of: method.function) }
        section(.runtimeFunctions, runtimeFunctions, alignmentLog2: 2)
        section(.methodDefEntryPoints, DataBuilder(bytes: NativeArray.encode(entryPoints)), alignmentLog2: 0)
        section(.availableTypes, DataBuilder(bytes: availableTypes), alignmentLog2: 0)
        section(.manifestMetadata, DataBuilder(bytes: manifest), alignmentLog2: 2)

        var header = DataBuilder()
        header.u32(R2RFormat.signature)
        header.u16(R2RFormat.majorVersion)
        header.u16(R2RFormat.minorVersion)
        header.u32(headerFlags(assembly))
        header.u32(UInt32(sections.count))
        for section in sections.sorted(by: { $0.type.rawValue < $1.type.rawValue }) {
            header.u32(section.type.rawValue)
            header.address(of: section.symbol)
            header.u32(UInt32(section.size))
        }
        let headerSymbol = object.defineData("RTR_HEADER:\(name)", segmentName: ".rodata.r2r.header.\(name)",
                                             bytes: header.bytes, alignmentLog2: 2, relocations: header.relocations,
                                             flags: .local)

        let tableSymbol = methods.isEmpty && thunks.isEmpty ? nil
            : indirectFunctionTable ?? object.importIndirectFunctionTable()
        let register = object.importFunction(registerFunction, type: FunctionType(params: [.i32, .i32, .i32], results: []))
        var code = InstructionEncoder()
        code.i32ConstMemoryAddress(symbol: headerSymbol)
        code.i32ConstMemoryAddress(symbol: webcilSymbol)
        code.i32Const(Int32(truncatingIfNeeded: webcil.count))
        code.call(functionSymbol: register)
        code.emit(.end)
        let initFunction = object.defineFunction("RTR_INIT:\(name)", type: FunctionType(params: [], results: []),
                                                 body: code.functionBody(locals: []), relocations: code.relocations,
                                                 flags: .local)
        object.addInitFunction(initFunction, priority: initPriority)
        return Symbols(header: headerSymbol, webcil: webcilSymbol, initFunction: initFunction, webcilSize: webcil.count,
                       indirectFunctionTable: tableSymbol)
    }

    private static func sortedMethods(_ methods: [Method], rowCount: UInt32) throws -> [Method] {
        let sorted = methods.sorted { $0.methodDefRow < $1.methodDefRow }
        for (index, method) in sorted.enumerated() {
            guard method.methodDefRow >= 1, method.methodDefRow <= rowCount else {
                throw R2RImageError("method row \(method.methodDefRow) is outside the MethodDef table (\(rowCount) rows)")
            }
            guard index == 0 || sorted[index - 1].methodDefRow != method.methodDefRow else {
                throw R2RImageError("method row \(method.methodDefRow) is given twice")
            }
        }
        return sorted
    }

    /// PLATFORM_NEUTRAL_SOURCE when the IL runs on any platform: IL only, not 32-bit only.
    private static func headerFlags(_ assembly: AssemblyFile) -> UInt32 {
        let cli = assembly.cliHeader.flags
        return cli & (CLIHeader.ilOnly | CLIHeader.requires32Bit) == CLIHeader.ilOnly ? 0x1 : 0
    }
}

/// The bytes of one data segment and the relocations into it.
struct DataBuilder {
    var bytes: [UInt8] = []
    var relocations: [Relocation] = []

    mutating func bytes(_ b: [UInt8]) { bytes += b }
    mutating func u16(_ v: UInt16) { bytes += [UInt8(v & 0xFF), UInt8(v >> 8)] }
    mutating func u32(_ v: UInt32) { WebCIL.append32(v, to: &bytes) }

    /// An RVA: 0 plus R_WASM_MEMORY_ADDR_I32 to `symbol`.
    mutating func address(of symbol: SymbolIndex) {
        relocations.append(Relocation(type: .memoryAddrI32, offset: UInt32(bytes.count), index: symbol.raw))
        u32(0)
    }

    /// A function-table index: 0 plus R_WASM_TABLE_INDEX_I32 to `function`.
    mutating func tableIndex(of function: SymbolIndex) {
        relocations.append(Relocation(type: .tableIndexI32, offset: UInt32(bytes.count), index: function.raw))
        u32(0)
    }
}
