import ECMA335
import Foundation
import ObjWriter
import R2RCodegen
import XCTest

/// What `R2RImage.emit` accepts: bad inputs are errors naming the problem, with the object
/// left unchanged; an image without compiled code; a caller's own table import; every
/// assembly of mono's class library.
final class R2RImageInputTests: XCTestCase {
    private func assembly() throws -> AssemblyFile {
        try AssemblyFile(path: try Tools.compileCSharp(DemoProgram.source, in: try scratchDirectory()).path)
    }

    func testBadInputsAreErrors() throws {
        let assembly = try assembly()
        var object = ObjectBuilder()
        let function = object.defineFunction("f", type: FunctionType(params: [], results: []),
                                             body: FunctionBody(locals: [], code: [0x0B]), relocations: [])
        func error(methods: [UInt32] = [], thunks: [String] = [], identifier: String = "r2r-cc 0.1") -> String {
            var copy = object
            do {
                try R2RImage.emit(into: &copy, assembly: assembly,
                                  methods: methods.map { R2RImage.Method(methodDefRow: $0, function: function) },
                                  thunks: thunks.map { R2RImage.Thunk(key: $0, function: function) },
                                  compilerIdentifier: identifier)
                return "no error"
            } catch {
                XCTAssertEqual(copy.build(), object.build(), "the object changed before the error")
                return "\(error)"
            }
        }
        XCTAssertEqual(error(methods: [0]), "method row 0 is outside the MethodDef table (6 rows)")
        XCTAssertEqual(error(methods: [2, 7]), "method row 7 is outside the MethodDef table (6 rows)")
        XCTAssertEqual(error(methods: [3, 1, 3]), "method row 3 is given twice")
        XCTAssertEqual(error(thunks: ["Mvp", "Miip", "Mvp"]), "thunk key Mvp is given twice")
        XCTAssertEqual(error(thunks: [""]), "thunk key \"\" is empty or contains NUL")
        XCTAssertEqual(error(thunks: ["M\u{0}p"]), "thunk key \"M\\0p\" is empty or contains NUL")
        XCTAssertEqual(error(identifier: "r2r\u{0}cc"), "compiler identifier contains NUL")
        XCTAssertEqual(error(methods: [1, 2, 3, 4, 5, 6], thunks: ["Mvp"]), "no error")
    }

    /// No compiled methods and no thunks: empty RuntimeFunctions, an empty NativeArray, the
    /// InjectStringThunks signature with no keys, no table import; it still links and validates.
    func testImageWithoutCode() throws {
        let directory = try scratchDirectory()
        let assembly = try AssemblyFile(path: try Tools.compileCSharp(DemoProgram.source, in: directory).path)
        var object = ObjectBuilder()
        let symbols = try R2RImage.emit(into: &object, assembly: assembly, methods: [], thunks: [])
        XCTAssertNil(symbols.indirectFunctionTable)
        let bytes = ModuleWriter.write(object.build())
        let listing = try R2RDump.render(bytes)
        for line in ["  102 RuntimeFunctions      RTR_RuntimeFunctions:Demo+0      0",
                     "  103 MethodDefEntryPoints  RTR_MethodDefEntryPoints:Demo+0  1",
                     "      slot 0: InjectStringThunks (0x39) at RTR_InjectStringThunks:Demo+0, 0 keys",
                     "RuntimeFunctions: 0", "MethodDefEntryPoints: NativeArray of 0 elements, u8 block offsets, 0 present"] {
            XCTAssertTrue(listing.contains(line + "\n"), "missing: \(line)\n\(listing)")
        }
        XCTAssertFalse(try ModuleReader.read(bytes).imports.contains { $0.field == "__indirect_function_table" })
        try Data(bytes).write(to: directory.appendingPathComponent("empty.o"))
        _ = try Tools.check(try Tools.require(Tools.wasmLD), ["empty.o", "--no-entry", "--allow-undefined",
                                                              "--export=__wasm_call_ctors", "-o", "empty.wasm"], in: directory)
        _ = try Tools.check(try Tools.require(Tools.wasmTools), ["validate", "empty.wasm"], in: directory)
    }

    /// A table symbol the code generator imported is used, not imported again.
    func testCallersTableImportIsReused() throws {
        let assembly = try assembly()
        var object = ObjectBuilder()
        let table = object.importIndirectFunctionTable()
        let function = object.defineFunction("f", type: FunctionType(params: [], results: []),
                                             body: FunctionBody(locals: [], code: [0x0B]), relocations: [])
        let symbols = try R2RImage.emit(into: &object, assembly: assembly,
                                        methods: [R2RImage.Method(methodDefRow: 1, function: function)], thunks: [],
                                        indirectFunctionTable: table)
        XCTAssertEqual(symbols.indirectFunctionTable, table)
        let imports = try ModuleReader.read(ModuleWriter.write(object.build())).imports
        XCTAssertEqual(imports.filter { $0.field == "__indirect_function_table" }.count, 1)
    }

    /// The image of every mono 4.5 assembly, every third method compiled: the dump reads it
    /// back (wide NativeArray offsets, many hashtable buckets, large manifests) with every
    /// TypeDef and ExportedType available, and System.Core's nested type forwarders keyed
    /// by their own and their enclosing forwarder's names.
    func testEveryCorpusAssembly() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: WebCILTests.corpus)
            .filter { $0.hasSuffix(".dll") || $0.hasSuffix(".exe") }.sorted()
        guard !names.isEmpty else { throw XCTSkip("no assemblies under \(WebCILTests.corpus)") }
        var nestedForwarders = 0
        for name in names {
            let assembly = try AssemblyFile(path: WebCILTests.corpus + "/" + name)
            var object = ObjectBuilder()
            let type = FunctionType(params: [], results: [])
            let rows = stride(from: UInt32(1), through: assembly.metadata.rowCount(.methodDef), by: 3)
            let methods = rows.map { row in
                R2RImage.Method(methodDefRow: row, function: object.defineFunction(
                    "m\(row)", type: type, body: FunctionBody(locals: [], code: [0x0B]), relocations: []))
            }
            try R2RImage.emit(into: &object, assembly: assembly, methods: methods, thunks: [])
            let listing = try R2RDump.render(ModuleWriter.write(object.build()))
            let lines = listing.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertTrue(lines.contains { $0.hasPrefix("RuntimeFunctions: \(methods.count)") }, name)
            XCTAssertEqual(lines.filter { $0.contains(": entry ") }.count, methods.count, name)
            let types = Int(assembly.metadata.rowCount(.typeDef) + assembly.metadata.rowCount(.exportedType))
            XCTAssertEqual(lines.filter { $0.hasPrefix("  TypeDef 0x") || $0.hasPrefix("  ExportedType 0x") }.count, types, name)

            let metadata = assembly.metadata
            for row in 1..<(metadata.rowCount(.exportedType) + 1) {
                let forwarder = try metadata.exportedType(row)
                guard forwarder.implementation.table == .exportedType else { continue }
                let outer = try metadata.exportedType(forwarder.implementation.row)
                let key = UInt32(bitPattern: TypeNameHash.name(namespace: try metadata.string(forwarder.namespace.offset),
                                                               name: try metadata.string(forwarder.name.offset))
                                 ^ TypeNameHash.name(namespace: try metadata.string(outer.namespace.offset),
                                                     name: try metadata.string(outer.name.offset)))
                let entry = try XCTUnwrap(try AvailableTypes.entries(of: assembly)
                    .first { $0.token == MetadataToken(.exportedType, row: row) })
                XCTAssertEqual(entry.key, key, "\(name) ExportedType \(row)")
                XCTAssertEqual(entry.value, row << 1 | 1)
                XCTAssertTrue(entry.name.contains("/"), entry.name)
                nestedForwarders += 1
            }
        }
        XCTAssertGreaterThan(nestedForwarders, 0)
    }
}
