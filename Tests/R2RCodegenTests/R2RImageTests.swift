import ECMA335
import Foundation
import ObjWriter
import R2RCodegen
import XCTest

/// The R2R image R2RImage writes into an object: its bytes and relocations, the listing
/// `--dump-r2r` prints, and that the object links (wasm-ld 21 and r2r-ld, identically), reads
/// in LLVM 14's tools, validates, and that the linked program sees the relocated tables.
final class R2RImageTests: XCTestCase {
    /// The header: "RTR", 18.6, PLATFORM_NEUTRAL_SOURCE, six sections sorted by type, every
    /// RVA 0 with a MEMORY_ADDR_I32 relocation to its table's symbol.
    func testHeaderBytesAndRelocations() throws {
        let demo = try DemoObject.build(in: try scratchDirectory())
        let module = try ModuleReader.read(demo.bytes)
        let symbols = try XCTUnwrap(module.linking).symbols
        let header = symbols[Int(demo.symbols.header.raw)]
        XCTAssertEqual(header.name, "RTR_HEADER:Demo")
        XCTAssertEqual(header.flags, .local)
        let segment = module.dataSegments[Int(header.index)]
        var expected: [UInt8] = [0x52, 0x54, 0x52, 0x00, 18, 0, 6, 0, 1, 0, 0, 0, 6, 0, 0, 0]
        for (type, size) in [(100, 11), (101, 20), (102, 20), (103, 14), (108, 18), (112, 224)] {
            expected += [UInt8(type), 0, 0, 0, 0, 0, 0, 0, UInt8(size), 0, 0, 0]
        }
        XCTAssertEqual(segment.bytes, expected)

        let relocations = try XCTUnwrap(module.relocationSections.first { $0.name == "reloc.DATA" }).entries
        func name(_ relocation: Relocation) -> String { symbols[Int(relocation.index)].name ?? "?" }
        let described = relocations.map { "\($0.type) \(name($0))" }
        XCTAssertEqual(described, [
            "tableIndexI32 Miip", "tableIndexI32 Mvp",
            "memoryAddrI32 RTR_InjectStringThunks:Demo",
            "memoryAddrI32 RTR_ImportCells:Demo", "memoryAddrI32 RTR_ImportSignatures:Demo",
            "tableIndexI32 Demo.Program::.ctor", "tableIndexI32 Demo.Program::Main", "tableIndexI32 Demo.Helper::Add",
            "tableIndexI32 Demo.Helper/Nested::.ctor", "tableIndexI32 Demo.Helper/Nested::Run",
            "memoryAddrI32 RTR_CompilerIdentifier:Demo", "memoryAddrI32 RTR_ImportSections:Demo",
            "memoryAddrI32 RTR_RuntimeFunctions:Demo", "memoryAddrI32 RTR_MethodDefEntryPoints:Demo",
            "memoryAddrI32 RTR_AvailableTypes:Demo", "memoryAddrI32 RTR_ManifestMetadata:Demo",
        ])
        XCTAssertTrue(relocations.allSatisfy { $0.addend == 0 })
    }

    /// The WebCIL payload is its own 16-byte-aligned segment; the init function, at priority
    /// 100, passes the header's and the payload's addresses and the payload's size to the
    /// imported `r2r_register_image(i32, i32, i32)`.
    func testWebCILSegmentAndInitFunction() throws {
        let demo = try DemoObject.build(in: try scratchDirectory())
        let module = try ModuleReader.read(demo.bytes)
        let linking = try XCTUnwrap(module.linking)
        let webcil = linking.symbols[Int(demo.symbols.webcil.raw)]
        XCTAssertEqual(webcil.name, "WEBCIL:Demo")
        XCTAssertEqual(webcil.flags, .local)
        XCTAssertEqual(linking.segments[Int(webcil.index)], SegmentInfo(name: ".rodata.webcil.Demo", alignmentLog2: 4))
        XCTAssertEqual(module.dataSegments[Int(webcil.index)].bytes, WebCIL.payload(of: demo.assembly))
        XCTAssertEqual(demo.symbols.webcilSize, module.dataSegments[Int(webcil.index)].bytes.count)

        var priorities: [InitFunction] = []
        for case .initFuncs(let functions) in linking.subsections { priorities += functions }
        XCTAssertEqual(priorities, [InitFunction(priority: 100, symbolIndex: demo.symbols.initFunction.raw)])
        let initSymbol = linking.symbols[Int(demo.symbols.initFunction.raw)]
        XCTAssertEqual(initSymbol.name, "RTR_INIT:Demo")
        XCTAssertEqual(initSymbol.flags, .local)
        let register = try XCTUnwrap(module.imports.first { $0.field == "r2r_register_image" })
        guard case .function(let typeIndex) = register.descriptor else { return XCTFail("not a function import") }
        XCTAssertEqual(module.types[Int(typeIndex)], FunctionType(params: [.i32, .i32, .i32], results: []))

        let imported = module.imports.filter { if case .function = $0.descriptor { true } else { false } }.count
        let body = module.codeBodies[Int(initSymbol.index) - imported]
        let size = UInt32(demo.symbols.webcilSize)
        XCTAssertEqual(body.code, [0x41, 0x80, 0x80, 0x80, 0x80, 0x00, 0x41, 0x80, 0x80, 0x80, 0x80, 0x00]
                       + [0x41] + leb(size) + [0x10, 0x80, 0x80, 0x80, 0x80, 0x00, 0x0B])
        let code = try XCTUnwrap(module.relocationSections.first { $0.name == "reloc.CODE" }).entries
        XCTAssertEqual(code.map { "\($0.type) \(linking.symbols[Int($0.index)].name ?? register.field)" },
                       ["memoryAddrSLEB RTR_HEADER:Demo", "memoryAddrSLEB WEBCIL:Demo", "functionIndexLEB r2r_register_image"])
    }

    private func leb(_ value: UInt32) -> [UInt8] {
        var bytes: [UInt8] = []
        var v = value
        repeat {
            bytes.append(UInt8(v & 0x7F) | (v >= 0x80 ? 0x80 : 0))
            v >>= 7
        } while v != 0
        return bytes
    }

    /// `--dump-r2r`'s listing of the demo object, exactly. The numbers that come from mcs's PE
    /// layout (section sizes and RVAs) are taken from the input.
    func testDumpListing() throws {
        let demo = try DemoObject.build(in: try scratchDirectory())
        XCTAssertEqual(try R2RDump.render(demo.bytes), expectedListing(demo))
    }

    func expectedListing(_ demo: DemoObject) -> String {
        let text = demo.assembly.image.sections[0], rsrc = demo.assembly.image.sections[1]
        let rsrcAt = (64 + Int(text.virtualSize) + 15) & ~15
        let cli = demo.assembly.cliHeader
        func hex(_ value: UInt32) -> String {
            let digits = String(value, radix: 16, uppercase: true)
            return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
        }
        return """
            R2R image RTR_HEADER:Demo (data segment 10 .rodata.r2r.header.Demo, 88 bytes)
            Signature:        0x00525452 (RTR)
            Version:          18.6
            Flags:            0x00000001 (PLATFORM_NEUTRAL_SOURCE)
            NumberOfSections: 6

            Sections:
              100 CompilerIdentifier    RTR_CompilerIdentifier:Demo+0    11
              101 ImportSections        RTR_ImportSections:Demo+0        20
              102 RuntimeFunctions      RTR_RuntimeFunctions:Demo+0      20
              103 MethodDefEntryPoints  RTR_MethodDefEntryPoints:Demo+0  14
              108 AvailableTypes        RTR_AvailableTypes:Demo+0        18
              112 ManifestMetadata      RTR_ManifestMetadata:Demo+0      224

            CompilerIdentifier: r2r-cc 0.1

            ImportSections: 1
              [0] Section RTR_ImportCells:Demo+0, 4 bytes; Flags 0x0001 (Eager); Type 0; EntrySize 4
                  Signatures RTR_ImportSignatures:Demo+0; AuxiliaryData 0x00000000
                  slot 0: InjectStringThunks (0x39) at RTR_InjectStringThunks:Demo+0, 2 keys
                    Miip -> Miip
                    Mvp  -> Mvp

            RuntimeFunctions: 5
              [0] Demo.Program::.ctor
              [1] Demo.Program::Main
              [2] Demo.Helper::Add
              [3] Demo.Helper/Nested::.ctor
              [4] Demo.Helper/Nested::Run

            MethodDefEntryPoints: NativeArray of 6 elements, u8 block offsets, 5 present
              0x06000001 Demo.Program::.ctor: entry 0 -> Demo.Program::.ctor
              0x06000002 Demo.Program::Main: entry 1 -> Demo.Program::Main
              0x06000003 Demo.Helper::Add: entry 2 -> Demo.Helper::Add
              0x06000005 Demo.Helper/Nested::.ctor: entry 3 -> Demo.Helper/Nested::.ctor
              0x06000006 Demo.Helper/Nested::Run: entry 4 -> Demo.Helper/Nested::Run

            AvailableTypes: NativeHashtable, 1 bucket, u8 cells, 5 entries
              TypeDef 0x02000003 Demo.Helper (key 0xB3307A18)
              TypeDef 0x02000001 <Module> (key 0x766D3238)
              TypeDef 0x02000004 Demo.Helper/Nested (key 0xDCA0A640)
              TypeDef 0x02000005 Point (key 0x6DAA5861)
              TypeDef 0x02000002 Demo.Program (key 0xFF56A1ED)

            ManifestMetadata: module Demo.exe, 1 assembly ref
              [1] mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089

            WebCIL: WEBCIL:Demo, \(demo.symbols.webcilSize) bytes
              Version:      1.0
              CoffSections: 2
              Reserved0:    0
              PeCliHeader:  RVA \(hex(text.virtualAddress + 8)), size 72
              PeDebug:      RVA 0x00000000, size 0
              TableBase:    0
              [0] VirtualSize \(hex(text.virtualSize)), VirtualAddress \(hex(text.virtualAddress)), \
            SizeOfRawData \(hex(text.virtualSize)), PointerToRawData 0x00000040
              [1] VirtualSize \(hex(rsrc.virtualSize)), VirtualAddress \(hex(rsrc.virtualAddress)), \
            SizeOfRawData \(hex(rsrc.virtualSize)), PointerToRawData \(hex(UInt32(rsrcAt)))
              CLI header: runtime 2.5, flags 0x00000001, entry point 0x06000002, \
            metadata RVA \(hex(cli.metadata.rva)) size \(cli.metadata.size)

            """
    }

    /// The manifest metadata is a metadata blob the ECMA-335 reader reads: a Module row named
    /// as the input's, with its MVID, and the input's AssemblyRef rows.
    func testManifestMetadataReadsBack() throws {
        let demo = try DemoObject.build(in: try scratchDirectory())
        let module = try ModuleReader.read(demo.bytes)
        let symbol = try XCTUnwrap(module.linking?.symbols.first { $0.name == "RTR_ManifestMetadata:Demo" })
        let blob = module.dataSegments[Int(symbol.index)].bytes
        let manifest = try Metadata(bytes: blob, range: 0..<blob.count)
        let input = demo.assembly.metadata
        XCTAssertEqual(manifest.versionString, "v4.0.30319")
        XCTAssertEqual(manifest.streams.map(\.name), ["#~", "#Strings", "#US", "#GUID", "#Blob"])
        XCTAssertEqual(manifest.tables.enumerated().filter { $0.element.rowCount > 0 }.map(\.offset), [0x00, 0x23])
        XCTAssertEqual(try manifest.string(try manifest.module(1).name.offset), "Demo.exe")
        XCTAssertEqual(try manifest.guid(try manifest.module(1).mvid), try input.guid(try input.module(1).mvid))
        XCTAssertEqual(manifest.rowCount(.assemblyRef), input.rowCount(.assemblyRef))
        let a = try manifest.assemblyRef(1), b = try input.assemblyRef(1)
        XCTAssertEqual(try manifest.string(a.name.offset), try input.string(b.name.offset))
        XCTAssertEqual([a.version.0, a.version.1, a.version.2, a.version.3], [b.version.0, b.version.1, b.version.2, b.version.3])
        XCTAssertEqual(a.flags, b.flags)
        var ka = try manifest.blob(a.publicKeyOrToken.offset), kb = try input.blob(b.publicKeyOrToken.offset)
        XCTAssertEqual(try ka.readBytes(ka.remaining), try kb.readBytes(kb.remaining))
    }

    // MARK: - Linking

    /// Linked with wasi-libc and a C `r2r_register_image` that prints what it was given, by
    /// wasm-ld 21 and by r2r-ld: the same bytes, a valid module, and at run time the header,
    /// the InjectStringThunks keys with their table indices, the RuntimeFunctions table
    /// indices and the WebCIL magic, all relocated.
    func testLinksValidatesAndRegistersItsImage() throws {
        let directory = try scratchDirectory()
        let demo = try DemoObject.build(in: directory)
        try Data(demo.bytes).write(to: directory.appendingPathComponent("Demo.o"))
        try R2RImageTests.stub.write(to: directory.appendingPathComponent("stub.c"), atomically: true, encoding: .utf8)
        _ = try Tools.check(try Tools.require(Tools.clang), ["--target=wasm32-wasi", "-isystem", "/usr/include/wasm32-wasi",
                                                             "-O2", "-c", "stub.c", "-o", "stub.o"], in: directory)
        let inputs = ["/usr/lib/wasm32-wasi/crt1-command.o", "Demo.o", "stub.o", "-L/usr/lib/wasm32-wasi", "-lc",
                      "/usr/lib/llvm-14/lib/clang/14.0.6/lib/wasi/libclang_rt.builtins-wasm32.a"]
        // The same output name for both linkers: it becomes the module's name in the name section.
        for linker in ["wasm-ld", "r2r-ld"] {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(linker), withIntermediateDirectories: true)
        }
        _ = try Tools.check(try Tools.require(Tools.wasmLD), inputs + ["-o", "wasm-ld/demo.wasm"], in: directory)
        _ = try Tools.check(try Tools.require(Tools.wasmTools), ["validate", "wasm-ld/demo.wasm"], in: directory)
        let run = try Tools.run(try Tools.require("/usr/local/bin/wasmtime"), ["wasm-ld/demo.wasm"], in: directory)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(run.out, """
            RTR 18.6 flags 1, 6 sections
            100: 11 bytes "r2r-cc 0.1"
            101: 20 bytes flags 1, fixup 0x39: Miip=1 Mvp=2
            102: 20 bytes 3 4 5 6 7
            103: 14 bytes
            108: 18 bytes
            112: 224 bytes BSJB
            webcil WbIL, \(demo.symbols.webcilSize) bytes, at a 16-byte boundary: yes

            """)

        let r2rLD = try Tools.require(Tools.r2rLD)
        _ = try Tools.check(r2rLD, inputs + ["-o", "r2r-ld/demo.wasm"], in: directory)
        let reference = try Data(contentsOf: directory.appendingPathComponent("wasm-ld/demo.wasm"))
        let ours = try Data(contentsOf: directory.appendingPathComponent("r2r-ld/demo.wasm"))
        XCTAssertTrue(reference == ours, "r2r-ld's output differs from wasm-ld's")
    }

    static let stub = """
        #include <stdint.h>
        #include <stdio.h>
        #include <string.h>

        static const uint8_t *header, *webcil;
        static uint32_t webcilSize;

        void r2r_register_image(const void *h, const uint8_t *w, uint32_t n) { header = h; webcil = w; webcilSize = n; }

        static uint32_t u32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
        static const uint8_t *at(const uint8_t *p) { return (const uint8_t *)(uintptr_t)u32(p); }

        int main(void) {
            if (!header) { puts("no image registered"); return 1; }
            uint32_t count = u32(header + 12);
            printf("%.3s %u.%u flags %u, %u sections\\n", header, header[4] | header[5] << 8, header[6] | header[7] << 8,
                   u32(header + 8), count);
            for (uint32_t i = 0; i < count; i++) {
                const uint8_t *s = header + 16 + 12 * i, *data = at(s + 4);
                uint32_t type = u32(s), size = u32(s + 8);
                printf("%u: %u bytes", type, size);
                if (type == 100) printf(" \\"%s\\"", (const char *)data);
                if (type == 101) {
                    const uint8_t *signature = at(at(data + 12));
                    printf(" flags %u, fixup 0x%02x:", data[8], signature[0]);
                    for (const uint8_t *p = signature + 1; *p; p += strlen((const char *)p) + 5)
                        printf(" %s=%u", (const char *)p, u32(p + strlen((const char *)p) + 1));
                }
                if (type == 102) for (uint32_t j = 0; j < size / 4; j++) printf(" %u", u32(data + 4 * j));
                if (type == 112) printf(" %.4s", (const char *)data);
                printf("\\n");
            }
            printf("webcil %.4s, %u bytes, at a 16-byte boundary: %s\\n", (const char *)webcil, webcilSize,
                   (uintptr_t)webcil % 16 == 0 ? "yes" : "no");
            return 0;
        }

        """

    /// wasm-ld 21 alone, undefined `r2r_register_image` imported (`--allow-undefined`), the
    /// constructors exported so nothing is collected: valid, and r2r-ld writes the same bytes.
    func testLinksWithTheRegistrationFunctionUndefined() throws {
        let directory = try scratchDirectory()
        try Data(try DemoObject.build(in: directory).bytes).write(to: directory.appendingPathComponent("Demo.o"))
        let arguments = ["Demo.o", "--no-entry", "--allow-undefined", "--export=__wasm_call_ctors"]
        for linker in ["wasm-ld", "r2r-ld"] {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(linker), withIntermediateDirectories: true)
        }
        _ = try Tools.check(try Tools.require(Tools.wasmLD), arguments + ["-o", "wasm-ld/a.wasm"], in: directory)
        _ = try Tools.check(try Tools.require(Tools.wasmTools), ["validate", "wasm-ld/a.wasm"], in: directory)
        let printed = try Tools.check(Tools.wasmTools, ["print", "wasm-ld/a.wasm"], in: directory)
        XCTAssertTrue(printed.contains("(import \"env\" \"r2r_register_image\" (func"), printed)
        _ = try Tools.check(try Tools.require(Tools.r2rLD), arguments + ["-o", "r2r-ld/a.wasm"], in: directory)
        XCTAssertTrue(try Data(contentsOf: directory.appendingPathComponent("wasm-ld/a.wasm"))
                      == Data(contentsOf: directory.appendingPathComponent("r2r-ld/a.wasm")),
                      "r2r-ld's output differs from wasm-ld's")
    }

    /// llvm-objdump-14 lists the relocations and llvm-nm-14 the symbols: every table a local
    /// data symbol, the init function local, the registration function and the table undefined.
    func testLLVMToolsReadTheObject() throws {
        let directory = try scratchDirectory()
        try Data(try DemoObject.build(in: directory).bytes).write(to: directory.appendingPathComponent("Demo.o"))
        let relocations = try Tools.check(try Tools.require(Tools.objdump), ["-r", "Demo.o"], in: directory)
        let listed = relocations.split(separator: "\n").filter { $0.hasPrefix("0") }.map { $0.split(separator: " ").dropFirst() }
            .map { $0.joined(separator: " ") }
        XCTAssertEqual(listed, [
            "R_WASM_MEMORY_ADDR_SLEB RTR_HEADER:Demo+0", "R_WASM_MEMORY_ADDR_SLEB WEBCIL:Demo+0",
            "R_WASM_FUNCTION_INDEX_LEB r2r_register_image+0",
            "R_WASM_TABLE_INDEX_I32 Miip+0", "R_WASM_TABLE_INDEX_I32 Mvp+0",
            "R_WASM_MEMORY_ADDR_I32 RTR_InjectStringThunks:Demo+0",
            "R_WASM_MEMORY_ADDR_I32 RTR_ImportCells:Demo+0", "R_WASM_MEMORY_ADDR_I32 RTR_ImportSignatures:Demo+0",
            "R_WASM_TABLE_INDEX_I32 Demo.Program::.ctor+0", "R_WASM_TABLE_INDEX_I32 Demo.Program::Main+0",
            "R_WASM_TABLE_INDEX_I32 Demo.Helper::Add+0", "R_WASM_TABLE_INDEX_I32 Demo.Helper/Nested::.ctor+0",
            "R_WASM_TABLE_INDEX_I32 Demo.Helper/Nested::Run+0",
            "R_WASM_MEMORY_ADDR_I32 RTR_CompilerIdentifier:Demo+0", "R_WASM_MEMORY_ADDR_I32 RTR_ImportSections:Demo+0",
            "R_WASM_MEMORY_ADDR_I32 RTR_RuntimeFunctions:Demo+0", "R_WASM_MEMORY_ADDR_I32 RTR_MethodDefEntryPoints:Demo+0",
            "R_WASM_MEMORY_ADDR_I32 RTR_AvailableTypes:Demo+0", "R_WASM_MEMORY_ADDR_I32 RTR_ManifestMetadata:Demo+0",
        ])
        let symbols = try Tools.check(try Tools.require(Tools.nm), ["Demo.o"], in: directory)
        XCTAssertEqual(symbols.split(separator: "\n").map { $0.dropFirst(9) }, [
            "T Demo.Helper/Nested::.ctor", "T Demo.Helper/Nested::Run", "T Demo.Helper::Add", "T Demo.Program::.ctor",
            "T Demo.Program::Main", "T Miip", "T Mvp", "d RTR_AvailableTypes:Demo", "d RTR_CompilerIdentifier:Demo",
            "d RTR_HEADER:Demo", "t RTR_INIT:Demo", "d RTR_ImportCells:Demo", "d RTR_ImportSections:Demo",
            "d RTR_ImportSignatures:Demo", "d RTR_InjectStringThunks:Demo", "d RTR_ManifestMetadata:Demo",
            "d RTR_MethodDefEntryPoints:Demo", "d RTR_RuntimeFunctions:Demo", "d WEBCIL:Demo",
            "U __indirect_function_table", "U r2r_register_image",
        ])
    }
}
