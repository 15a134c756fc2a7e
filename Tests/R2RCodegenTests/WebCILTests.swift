import ECMA335
import Foundation
import R2RCodegen
import XCTest

/// WebCIL payloads: what the writer lays out, and that the ECMA-335 reader reads a payload
/// back to the same metadata, heaps, method bodies and resources as the PE it came from.
final class WebCILTests: XCTestCase {
    static let corpus = "/usr/lib/mono/4.5"

    /// The acceptance test: every assembly of mono's 4.5 class library and an mcs-built exe.
    func testEveryCorpusAssemblyRoundTrips() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: WebCILTests.corpus)
            .filter { $0.hasSuffix(".dll") || $0.hasSuffix(".exe") }.sorted()
        guard !names.isEmpty else { throw XCTSkip("no assemblies under \(WebCILTests.corpus)") }
        var paths = names.map { WebCILTests.corpus + "/" + $0 }
        let directory = try scratchDirectory()
        paths.append(try Tools.compileCSharp(DemoProgram.source, in: directory).path)
        var methods = 0, bodies = 0, rows = 0
        for path in paths {
            let original = try AssemblyFile(path: path)
            let payload = WebCIL.payload(of: original)
            let copy = try AssemblyFile(bytes: payload, path: path + " (WebCIL)")
            guard case .webcil = copy.image.format else { return XCTFail("\(path): not read as WebCIL") }
            try assertSameAssembly(original, copy, path, methods: &methods, bodies: &bodies, rows: &rows)
            try assertLayout(payload, original, path)
        }
        print("WebCIL round trip: \(paths.count) assemblies, \(rows) table rows, \(methods) methods, \(bodies) bodies identical")
    }

    private func assertSameAssembly(_ a: AssemblyFile, _ b: AssemblyFile, _ path: String,
                                    methods: inout Int, bodies: inout Int, rows: inout Int) throws {
        let ma = a.metadata, mb = b.metadata
        XCTAssertEqual(a.cliHeader.flags, b.cliHeader.flags, path)
        XCTAssertEqual(a.cliHeader.entryPointToken, b.cliHeader.entryPointToken, path)
        XCTAssertEqual(a.cliHeader.metadata, b.cliHeader.metadata, path)
        XCTAssertEqual(a.cliHeader.resources, b.cliHeader.resources, path)
        XCTAssertEqual(ma.versionString, mb.versionString, path)
        XCTAssertEqual(ma.streams.map(\.name), mb.streams.map(\.name), path)
        XCTAssertEqual(ma.streams.map(\.size), mb.streams.map(\.size), path)
        for (name, ra, rb) in [("#Strings", ma.strings, mb.strings), ("#Blob", ma.blobs, mb.blobs),
                               ("#GUID", ma.guids, mb.guids), ("#US", ma.userStrings, mb.userStrings)] {
            XCTAssertTrue(ma.bytes[ra].elementsEqual(mb.bytes[rb]), "\(path): \(name) differs")
        }
        XCTAssertEqual(ma.heapSizes, mb.heapSizes, path)
        XCTAssertEqual(ma.validMask, mb.validMask, path)
        XCTAssertEqual(ma.sortedMask, mb.sortedMask, path)
        for table in TableID.allCases {
            let ta = ma.tables[Int(table.rawValue)], tb = mb.tables[Int(table.rawValue)]
            XCTAssertEqual(ta.rowCount, tb.rowCount, "\(path): \(table.name)")
            XCTAssertEqual(ta.columnWidths, tb.columnWidths, "\(path): \(table.name)")
            guard ta.rowCount == tb.rowCount, ta.rowCount > 0 else { continue }
            for row in 1...ta.rowCount {
                for column in ta.columnWidths.indices where ma.cell(table, row, column) != mb.cell(table, row, column) {
                    XCTFail("\(path): \(table.name) row \(row) column \(column) differs")
                }
            }
            rows += Int(ta.rowCount)
        }
        for row in 1..<(ma.rowCount(.methodDef) + 1) {
            methods += 1
            let ba = try a.methodBody(ofMethod: row), bb = try b.methodBody(ofMethod: row)
            XCTAssertEqual(ba == nil, bb == nil, "\(path): MethodDef row \(row)")
            guard let ba, let bb else { continue }
            bodies += 1
            XCTAssertTrue(a.bytes[ba.codeRange].elementsEqual(b.bytes[bb.codeRange]), "\(path): body of row \(row) differs")
            XCTAssertEqual(ba.maxStack, bb.maxStack, path)
            XCTAssertEqual(ba.localVarSigToken, bb.localVarSigToken, path)
            XCTAssertEqual(ba.initLocals, bb.initLocals, path)
            XCTAssertEqual(ba.isTiny, bb.isTiny, path)
            XCTAssertEqual(ba.exceptionClauses.map { [$0.tryRange, $0.handlerRange] },
                           bb.exceptionClauses.map { [$0.tryRange, $0.handlerRange] }, path)
            XCTAssertEqual(ba.exceptionClauses.map(\.kind), bb.exceptionClauses.map(\.kind), path)
        }
        let resources = a.cliHeader.resources
        if resources.size > 0 {
            let ra = try XCTUnwrap(a.image.fileOffset(rva: resources.rva, size: resources.size), path)
            let rb = try XCTUnwrap(b.image.fileOffset(rva: resources.rva, size: resources.size), path)
            XCTAssertEqual(a.image.bytes[ra..<(ra + Int(resources.size))], b.image.bytes[rb..<(rb + Int(resources.size))],
                           "\(path): managed resources differ")
        }
    }

    /// Header fields from the PE, one section header per kept section, every section's data
    /// 16-byte aligned and identical to the PE's within its virtual size.
    private func assertLayout(_ payload: [UInt8], _ original: AssemblyFile, _ path: String) throws {
        let image = try PEImage(webcil: payload)
        guard case .webcil(let header) = image.format else { return XCTFail(path) }
        XCTAssertEqual(header.versionMajor, 1, path)
        XCTAssertEqual(header.versionMinor, 0, path)
        XCTAssertEqual(header.reserved0, 0, path)
        XCTAssertEqual(header.tableBase, 0, path)
        XCTAssertEqual(header.cliHeader, original.image.directory(14), path)
        XCTAssertEqual(header.debugDirectory, original.image.directory(6) ?? PEImage.DataDirectory(rva: 0, size: 0), path)
        let kept = original.image.sections.filter { $0.name != ".reloc" }
        XCTAssertEqual(image.sections.count, kept.count, path)
        var end = 32 + 16 * kept.count
        for (section, source) in zip(image.sections, kept) {
            XCTAssertEqual(section.virtualAddress, source.virtualAddress, path)
            XCTAssertEqual(section.virtualSize, source.virtualSize, path)
            XCTAssertEqual(section.rawDataSize, min(source.virtualSize, source.rawDataSize), path)
            XCTAssertEqual(Int(section.rawDataOffset), (end + 15) & ~15, path)
            let from = Int(section.rawDataOffset), to = from + Int(section.rawDataSize)
            XCTAssertTrue(payload[from..<to].elementsEqual(original.image.bytes[Int(source.rawDataOffset)...].prefix(to - from)),
                          "\(path): section data differs")
            XCTAssertTrue(payload[end..<from].allSatisfy { $0 == 0 }, "\(path): padding is not zero")
            end = to
        }
        XCTAssertEqual(payload.count, end, path)
    }

    /// The exact header of an mcs-built exe: .text and .rsrc kept, .reloc dropped.
    func testHeaderOfAnMcsExe() throws {
        let directory = try scratchDirectory()
        let assembly = try AssemblyFile(path: try Tools.compileCSharp(DemoProgram.source, in: directory).path)
        XCTAssertEqual(assembly.image.sections.map(\.name), [".text", ".rsrc", ".reloc"])
        let payload = WebCIL.payload(of: assembly)
        let text = assembly.image.sections[0], rsrc = assembly.image.sections[1]
        var expected: [UInt8] = Array("WbIL".utf8) + [1, 0, 0, 0, 2, 0, 0, 0]
        let cli = assembly.cliHeader
        expected += le(assembly.image.dataDirectories[14].rva) + le(72) + le(0) + le(0) + le(0)
        let rsrcAt = (64 + Int(text.virtualSize) + 15) & ~15
        expected += le(text.virtualSize) + le(text.virtualAddress) + le(text.virtualSize) + le(64)
        expected += le(rsrc.virtualSize) + le(rsrc.virtualAddress) + le(rsrc.virtualSize) + le(UInt32(rsrcAt))
        XCTAssertEqual(Array(payload.prefix(64)), expected)
        XCTAssertEqual(payload.count, rsrcAt + Int(rsrc.virtualSize))
        XCTAssertEqual(cli.flags, CLIHeader.ilOnly)
    }

    private func le(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    // MARK: - Malformed payloads

    func testMalformedPayloadsAreErrorsWithOffsets() throws {
        let directory = try scratchDirectory()
        let payload = WebCIL.payload(of: try AssemblyFile(path: try Tools.compileCSharp(DemoProgram.source, in: directory).path))
        func error(_ bytes: [UInt8]) -> String {
            do {
                _ = try AssemblyFile(bytes: bytes)
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        XCTAssertEqual(error(Array(payload.prefix(20))), "WebCIL header: unexpected end of input (offset 20)")
        var version = payload
        version[4] = 2
        XCTAssertEqual(error(version), "WebCIL header: unsupported WebCIL version 2.0 (offset 4)")
        var count = payload
        count[8] = 200
        XCTAssertEqual(error(count), "WebCIL section table: 200 section headers run past the end of the payload (offset 32)")
        var reloc = payload
        reloc[10] = 3
        XCTAssertEqual(error(reloc), "WebCIL header: base-relocation section index 3 is past the 2 sections (offset 10)")
        XCTAssertEqual(error(Array(payload.prefix(payload.count - 1))),
                       "WebCIL section table: section 1 raw data \(payload.count - Int(le32(payload, 56)))+\(le32(payload, 56)) "
                       + "runs past the end of the payload (offset 56)")
        var overlap = payload
        overlap[44] = 8
        XCTAssertEqual(error(overlap), "WebCIL section table: section 0 raw data at 8 overlaps the headers (offset 44)")
        var cliHeader = payload
        cliHeader[13] = 0x70
        XCTAssertEqual(error(cliHeader), "CLI header: RVA 0x7008 size 72 is not inside any section (offset 12)")
        XCTAssertThrowsError(try PEImage(webcil: Array(payload.dropFirst()))) {
            XCTAssertEqual("\($0)", "WebCIL header: not a WebCIL payload: missing WbIL magic (offset 0)")
        }
    }

    private func le32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * $1) }
    }

    /// Every truncation of the headers and seeded byte flips over the whole payload: each is
    /// read as far as it goes (tables, bodies, signatures), with an error or without, never a trap.
    func testDamagedPayloadsNeverTrap() throws {
        let directory = try scratchDirectory()
        let payload = WebCIL.payload(of: try AssemblyFile(path: try Tools.compileCSharp(DemoProgram.source, in: directory).path))
        var random = SeededRandom(seed: 0xC11)
        var inputs = (0..<200).map { Array(payload.prefix($0)) }
        for _ in 0..<2000 {
            var damaged = payload
            for _ in 0..<(1 + random.next() % 4) {
                damaged[Int(random.next() % UInt32(damaged.count))] ^= UInt8(1 + random.next() % 255)
            }
            inputs.append(damaged)
        }
        var readable = 0
        for input in inputs {
            guard let assembly = try? AssemblyFile(bytes: input) else { continue }
            readable += 1
            for row in 1..<(assembly.metadata.rowCount(.methodDef) + 1) {
                _ = try? assembly.methodBody(ofMethod: row)
                _ = try? assembly.methodSignature(ofMethod: row)
            }
            for row in 1..<(assembly.metadata.rowCount(.typeDef) + 1) { _ = try? assembly.typeDefName(row) }
        }
        XCTAssertGreaterThan(readable, 0)
    }
}
