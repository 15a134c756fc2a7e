import Foundation
import ObjWriter
import R2RCodegen
import XCTest

/// `--dump-r2r` on damaged objects: every defect is an error naming it and its file offset,
/// and no input makes it trap; the command line prints the listing or `r2r-cc: error: ...`.
final class R2RDumpTests: XCTestCase {
    private func error(_ bytes: [UInt8]) -> String {
        do {
            _ = try R2RDump.render(bytes)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    /// The file offset of `pattern`, which must occur exactly once.
    private func offset(of pattern: [UInt8], in bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> Int {
        let hits = (0...(bytes.count - pattern.count)).filter { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
        XCTAssertEqual(hits.count, 1, "pattern occurs \(hits.count) times", file: file, line: line)
        return hits.first ?? -1
    }

    /// The demo object's model, changed by `edit`, written back.
    private func edited(_ demo: DemoObject, _ edit: (inout WasmModule) throws -> Void) throws -> [UInt8] {
        var module = try ModuleReader.read(demo.bytes)
        module.sizeEncoding = .padded
        try edit(&module)
        return ModuleWriter.write(module)
    }

    /// The index of `name` in the demo object's symbol table.
    private func segmentSymbol(_ demo: DemoObject, _ name: String) throws -> Int {
        try XCTUnwrap(try ModuleReader.read(demo.bytes).linking?.symbols.firstIndex { $0.name == name })
    }

    private func segment(_ module: WasmModule, _ symbol: String) throws -> Int {
        Int(try XCTUnwrap(module.linking?.symbols.first { $0.name == symbol }).index)
    }

    private func setSegment(_ module: inout WasmModule, _ index: Int, _ bytes: [UInt8]) {
        for (position, section) in module.sections.enumerated() {
            guard case .data(var segments) = section else { continue }
            segments[index].bytes = bytes
            module.sections[position] = .data(segments)
        }
    }

    private func editRelocations(_ module: inout WasmModule, _ edit: (inout [Relocation]) -> Void) {
        for (position, section) in module.sections.enumerated() {
            guard case .relocation(var relocations) = section, relocations.name == "reloc.DATA" else { continue }
            edit(&relocations.entries)
            module.sections[position] = .relocation(relocations)
        }
    }

    func testHeaderDefects() throws {
        let demo = try DemoObject.build(in: try scratchDirectory())
        XCTAssertEqual(try R2RDump.render(ModuleWriter.write(ModuleReader.read(demo.bytes))), try R2RDump.render(demo.bytes))
        let header = offset(of: [0x52, 0x54, 0x52, 0x00, 18, 0, 6, 0], in: demo.bytes)
        var signature = demo.bytes
        signature[header] = 0x53
        XCTAssertEqual(error(signature), "R2R header signature is 0x00525453, not 0x00525452 (RTR) (offset \(header))")
        var count = demo.bytes
        count[header + 12] = 64
        XCTAssertEqual(error(count), "64 sections do not fit the 88-byte header (offset \(header + 12))")
        var unsorted = demo.bytes
        unsorted[header + 16] = 112
        XCTAssertEqual(error(unsorted), "section 101 follows section 112: not sorted by type (offset \(header + 28))")

        XCTAssertEqual(error([0x00, 0x61, 0x73]), "header: length 4 runs past the end of input (3 bytes left) (offset 0)")
        XCTAssertEqual(error(Array("not wasm".utf8)), "header: not a wasm binary (bad magic) (offset 0)")
        var plain = ObjectBuilder()
        _ = plain.defineData("RTR_HEADER", segmentName: ".data.x", bytes: [0], alignmentLog2: 0)
        XCTAssertEqual(error(ModuleWriter.write(plain.build())), "no RTR_HEADER symbol: not an r2r-cc object (offset 0)")
    }

    func testRelocationDefects() throws {
        let demo = try DemoObject.build(in: try scratchDirectory())
        let header = offset(of: [0x52, 0x54, 0x52, 0x00, 18, 0, 6, 0], in: demo.bytes)
        let identifier = UInt32(try segmentSymbol(demo, "RTR_CompilerIdentifier:Demo"))
        // Without the relocation of the first section's RVA (header + 20).
        let missing = try edited(demo) { module in
            editRelocations(&module) { entries in entries.removeAll { $0.index == identifier } }
        }
        let missingHeader = offset(of: [0x52, 0x54, 0x52, 0x00, 18, 0, 6, 0], in: missing)
        XCTAssertEqual(error(missing), "RVA of section 100 CompilerIdentifier has no relocation (offset \(missingHeader + 20))")
        let retyped = try edited(demo) { module in
            editRelocations(&module) { entries in
                for i in entries.indices where entries[i].index == identifier {
                    entries[i] = Relocation(type: .tableIndexI32, offset: entries[i].offset, index: entries[i].index)
                }
            }
        }
        XCTAssertEqual(error(retyped), "RVA of section 100 CompilerIdentifier has a tableIndexI32 relocation, expected "
                       + "memoryAddrI32 (offset \(offset(of: [0x52, 0x54, 0x52, 0x00, 18, 0, 6, 0], in: retyped) + 20))")
        XCTAssertEqual(header, missingHeader)
    }

    func testTableDefects() throws {
        let demo = try DemoObject.build(in: try scratchDirectory())
        let module = try ModuleReader.read(demo.bytes)

        // Keys out of order: "Miip" becomes "Mzip", after "Mvp".
        let thunks = try segment(module, "RTR_InjectStringThunks:Demo")
        var keys = module.dataSegments[thunks].bytes
        keys[2] = UInt8(ascii: "z")
        let unordered = try edited(demo) { setSegment(&$0, thunks, keys) }
        XCTAssertEqual(error(unordered), "InjectStringThunks key Mvp is not after Mzip (offset \(offset(of: keys, in: unordered) + 10))")

        // An entry index past RuntimeFunctions' five entries.
        let entryPoints = try segment(module, "RTR_MethodDefEntryPoints:Demo")
        var array = module.dataSegments[entryPoints].bytes
        XCTAssertEqual(array.last, 0x10, "row 6's element is entry 4 << 1 = 8")
        array[array.count - 1] = 0x24
        let pastEnd = try edited(demo) { setSegment(&$0, entryPoints, array) }
        XCTAssertEqual(error(pastEnd), "MethodDefEntryPoints element 5: entry 9 is past RuntimeFunctions (5) "
                       + "(offset \(offset(of: array, in: pastEnd) + array.count - 1))")

        // A hashtable entry whose low hash byte is not its type's.
        let types = try segment(module, "RTR_AvailableTypes:Demo")
        var table = module.dataSegments[types].bytes
        XCTAssertEqual(table[3], 0x18, "Demo.Helper's key ends in 18")
        table[3] = 0x19
        let wrongHash = try edited(demo) { setSegment(&$0, types, table) }
        XCTAssertEqual(error(wrongHash), "AvailableTypes entry of Demo.Helper does not match its name's hash 0xB3307A18 "
                       + "(offset \(offset(of: table, in: wrongHash) + 15))")

        // The compiler identifier loses its NUL.
        let identifier = try segment(module, "RTR_CompilerIdentifier:Demo")
        let text = Array("r2r-cc 0.1X".utf8)
        let unterminated = try edited(demo) { setSegment(&$0, identifier, text) }
        XCTAssertEqual(error(unterminated), "CompilerIdentifier is not one NUL-terminated string (offset \(offset(of: text, in: unterminated)))")

        // The WebCIL symbol renamed away.
        let renamed = try edited(demo) { module in
            for (position, section) in module.sections.enumerated() {
                guard case .linking(var linking) = section else { continue }
                for (index, subsection) in linking.subsections.enumerated() {
                    guard case .symbolTable(var symbols) = subsection else { continue }
                    for i in symbols.indices where symbols[i].name == "WEBCIL:Demo" { symbols[i].name = "WEBCIL:Other" }
                    linking.subsections[index] = .symbolTable(symbols)
                }
                module.sections[position] = .linking(linking)
            }
        }
        XCTAssertEqual(error(renamed), "no WEBCIL:Demo symbol for RTR_HEADER:Demo "
                       + "(offset \(offset(of: [0x52, 0x54, 0x52, 0x00, 18, 0, 6, 0], in: renamed)))")

        // A damaged WebCIL payload is reported at its file offset.
        let webcil = try segment(module, "WEBCIL:Demo")
        var payload = module.dataSegments[webcil].bytes
        payload[4] = 7
        let badPayload = try edited(demo) { setSegment(&$0, webcil, payload) }
        XCTAssertEqual(error(badPayload), "WebCIL header: unsupported WebCIL version 7.0 (offset \(offset(of: payload, in: badPayload) + 4))")
    }

    /// Truncations and seeded byte flips anywhere in the object: an error or a listing, never a trap.
    func testDamagedObjectsNeverTrap() throws {
        let demo = try DemoObject.build(in: try scratchDirectory())
        var random = SeededRandom(seed: 0xD0D0)
        var inputs = stride(from: 0, to: demo.bytes.count, by: 7).map { Array(demo.bytes.prefix($0)) }
        for _ in 0..<3000 {
            var damaged = demo.bytes
            for _ in 0..<(1 + random.next() % 3) {
                damaged[Int(random.next() % UInt32(damaged.count))] ^= UInt8(1 + random.next() % 255)
            }
            inputs.append(damaged)
        }
        var listings = 0, errors = 0
        for input in inputs {
            if (try? R2RDump.render(input)) != nil { listings += 1 } else { errors += 1 }
        }
        XCTAssertGreaterThan(listings, 0)
        XCTAssertGreaterThan(errors, 0)
    }

    func testCommandLine() throws {
        let directory = try scratchDirectory()
        let r2rCC = try Tools.require(Tools.r2rCC)
        let demo = try DemoObject.build(in: directory)
        try Data(demo.bytes).write(to: directory.appendingPathComponent("Demo.o"))
        let good = try Tools.run(r2rCC, ["--dump-r2r", "Demo.o"], in: directory)
        XCTAssertEqual(good.status, 0, good.err)
        XCTAssertEqual(good.out, try R2RDump.render(demo.bytes))

        var damaged = demo.bytes
        let header = offset(of: [0x52, 0x54, 0x52, 0x00, 18, 0, 6, 0], in: damaged)
        damaged[header + 1] = 0
        try Data(damaged).write(to: directory.appendingPathComponent("bad.o"))
        let bad = try Tools.run(r2rCC, ["--dump-r2r", "bad.o"], in: directory)
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.out, "")
        XCTAssertEqual(bad.err, "r2r-cc: error: bad.o: R2R header signature is 0x00520052, not 0x00525452 (RTR) (offset \(header))\n")

        let missing = try Tools.run(r2rCC, ["--dump-r2r", "missing.o"], in: directory)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.err, "r2r-cc: error: missing.o: cannot read file\n")
        let two = try Tools.run(r2rCC, ["--dump-r2r", "Demo.o", "bad.o"], in: directory)
        XCTAssertEqual(two.status, 1)
        XCTAssertEqual(two.err, "r2r-cc: error: --dump-r2r takes exactly one object\n")
    }
}
