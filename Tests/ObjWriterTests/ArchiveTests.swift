import Foundation
import ObjWriter
import XCTest

final class ArchiveTests: XCTestCase {
    static let llvmAr = "/opt/swift/usr/bin/llvm-ar"
    static let clang = "/opt/swift/usr/bin/clang"

    // MARK: System archives

    func testSystemArchivesRoundTrip() throws {
        let paths = Corpus.archivePaths
        XCTAssertGreaterThan(paths.count, 700, "corpus missing: run scripts/bootstrap")

        var identical = 0
        var totalBytes = 0
        var totalMembers = 0
        var totalSymbols = 0
        let start = Date()
        for path in paths {
            let bytes = try readFile(path)
            totalBytes += bytes.count
            XCTAssertTrue(Archive.isArchive(bytes), path)
            let archive: Archive
            do {
                archive = try ArchiveReader.read(bytes)
            } catch {
                XCTFail("\(path): \(error)")
                continue
            }
            totalMembers += archive.members.count
            totalSymbols += archive.symbols.count
            for symbol in archive.symbols where !archive.members.indices.contains(symbol.memberIndex) {
                XCTFail("\(path): symbol \(symbol.name) has member index \(symbol.memberIndex)")
            }
            let written = ArchiveWriter.write(archive)
            if let offset = firstDifference(bytes, written) {
                XCTFail("\(path): round trip differs first at offset \(offset) (sizes \(bytes.count) -> \(written.count))")
            } else {
                identical += 1
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print("archive round-trip: \(paths.count) archives, \(identical) identical "
              + "(\(totalMembers) members, \(totalSymbols) symbols, \(totalBytes) bytes, "
              + String(format: "%.2f", seconds) + " s)")
        XCTAssertEqual(identical, paths.count)
    }

    // MARK: Archives made by llvm-ar

    func testGNUArchiveFromLLVMAr() throws {
        let dir = try makeFixture()
        let names = [ObjectFixture.longOne, ObjectFixture.short, ObjectFixture.longTwo, ObjectFixture.longOne]
        let bytes = try dir.archive(["rcs", "--format=gnu"], names)
        let archive = try ArchiveReader.read(bytes)

        XCTAssertEqual(archive.kind, .gnu)
        XCTAssertEqual(archive.symbolTable?.format, .gnu)
        XCTAssertFalse(archive.is64BitSymbolTable)
        XCTAssertEqual(archive.members.map(\.name), names)
        XCTAssertEqual(archive.members.map(\.nameEncoding), [.gnuLong, .gnuShort, .gnuLong, .gnuLong])
        XCTAssertEqual(archive.longNameTable?.deduplicatesNames, true)
        for (member, name) in zip(archive.members, names) {
            XCTAssertEqual(member.data, dir.objects[name], name)
            XCTAssertEqual(member.header, .deterministic)
        }
        XCTAssertEqual(archive.symbols, dir.expectedSymbols(names))
        XCTAssertEqual(archive.members(defining: "delta_symbol_with_long_name"), [2])
        assertRoundTrip(bytes, archive)

        // Built from scratch, the archive comes out as llvm-ar writes it.
        var fresh = Archive(kind: .gnu)
        fresh.members = names.map { ArchiveMember(name: $0, data: dir.objects[$0]!, kind: .gnu) }
        fresh.symbols = dir.expectedSymbols(names)
        assertIdentical(ArchiveWriter.write(fresh), bytes, "GNU archive built from scratch")
    }

    func testGNU64SymbolTable() throws {
        let dir = try makeFixture()
        let names = [ObjectFixture.longOne, ObjectFixture.short]
        let bytes = try dir.archive(["rcs", "--format=gnu"], names, environment: ["SYM64_THRESHOLD": "0"])
        let archive = try ArchiveReader.read(bytes)
        XCTAssertEqual(archive.symbolTable?.format, .gnu64)
        XCTAssertTrue(archive.is64BitSymbolTable)
        XCTAssertEqual(archive.symbols, dir.expectedSymbols(names))
        assertRoundTrip(bytes, archive)

        var fresh = Archive(kind: .gnu, symbolTable: ArchiveSymbolTable(format: .gnu64))
        fresh.members = names.map { ArchiveMember(name: $0, data: dir.objects[$0]!) }
        fresh.symbols = dir.expectedSymbols(names)
        assertIdentical(ArchiveWriter.write(fresh), bytes, "GNU64 archive built from scratch")
    }

    func testBSDArchiveFromLLVMAr() throws {
        let dir = try makeFixture()
        let names = [ObjectFixture.longOne, ObjectFixture.short, ObjectFixture.longTwo]
        for format in ["bsd", "darwin"] {
            let bytes = try dir.archive(["rcs", "--format=\(format)"], names)
            let archive = try ArchiveReader.read(bytes)
            XCTAssertEqual(archive.kind, .bsd, format)
            XCTAssertEqual(archive.symbolTable?.format, .bsd(sorted: false), format)
            XCTAssertNil(archive.longNameTable, format)
            XCTAssertEqual(archive.members.map(\.name), names, format)
            for member in archive.members {
                guard case .bsdLong = member.nameEncoding else {
                    XCTFail("\(format): \(member.name) is stored as \(member.nameEncoding)")
                    continue
                }
                // darwin pads member data to 8 bytes with "\n" inside the member.
                let object = dir.objects[member.name]!
                XCTAssertEqual(Array(member.data.prefix(object.count)), object, "\(format) \(member.name)")
                XCTAssertTrue(member.data.dropFirst(object.count).allSatisfy { $0 == UInt8(ascii: "\n") })
            }
            XCTAssertEqual(archive.symbols, dir.expectedSymbols(names), format)
            assertRoundTrip(bytes, archive)

            if format == "bsd" {
                var fresh = Archive(kind: .bsd)
                fresh.members = names.map { ArchiveMember(name: $0, data: dir.objects[$0]!, kind: .bsd) }
                fresh.symbols = dir.expectedSymbols(names)
                assertIdentical(ArchiveWriter.write(fresh), bytes, "BSD archive built from scratch")
            }
        }
    }

    func testThinArchiveFromLLVMAr() throws {
        let dir = try makeFixture()
        let names = [ObjectFixture.longOne, ObjectFixture.short, ObjectFixture.nested, ObjectFixture.longTwo,
                     ObjectFixture.short]
        let bytes = try dir.archive(["rcs", "--thin"], names)
        XCTAssertTrue(Archive.isArchive(bytes))
        let archive = try ArchiveReader.read(bytes)
        XCTAssertEqual(archive.kind, .thin)
        XCTAssertEqual(archive.symbolTable?.format, .gnu)
        XCTAssertEqual(archive.longNameTable?.deduplicatesNames, false)
        XCTAssertEqual(archive.members.map(\.name), names)
        XCTAssertTrue(archive.members.allSatisfy { $0.nameEncoding == .gnuLong && $0.data.isEmpty })
        let archivePath = dir.path + "/lib.a"
        for member in archive.members {
            XCTAssertEqual(member.thinSize, dir.objects[member.name]!.count, member.name)
            let resolved = member.resolvedPath(archivePath: archivePath)
            XCTAssertEqual(resolved, dir.path + "/" + member.name)
            XCTAssertEqual(try readFile(resolved), dir.objects[member.name], member.name)
        }
        XCTAssertEqual(Archive.resolveMemberPath("/abs/x.o", archivePath: archivePath), "/abs/x.o")
        XCTAssertEqual(Archive.resolveMemberPath("x.o", archivePath: "lib.a"), "x.o")
        XCTAssertEqual(archive.symbols, dir.expectedSymbols(names))
        assertRoundTrip(bytes, archive)

        var fresh = Archive(kind: .thin)
        fresh.members = names.map { ArchiveMember(name: $0, data: dir.objects[$0]!, kind: .thin) }
        fresh.symbols = dir.expectedSymbols(names)
        assertIdentical(ArchiveWriter.write(fresh), bytes, "thin archive built from scratch")
    }

    func testArchiveWithoutSymbolTable() throws {
        let dir = try makeFixture()
        let names = [ObjectFixture.short, ObjectFixture.longOne]
        let bytes = try dir.archive(["rcS", "--format=gnu"], names)
        let archive = try ArchiveReader.read(bytes)
        XCTAssertNil(archive.symbolTable)
        XCTAssertTrue(archive.symbols.isEmpty)
        assertRoundTrip(bytes, archive)
    }

    func testEditedArchiveRelaysOffsets() throws {
        let dir = try makeFixture()
        let names = [ObjectFixture.longOne, ObjectFixture.short, ObjectFixture.longTwo]
        var archive = try ArchiveReader.read(try dir.archive(["rcs", "--format=gnu"], names))
        // Dropping the first member shifts every offset; the writer recomputes them.
        archive.members.removeFirst()
        archive.symbols = archive.symbols.filter { $0.memberIndex != 0 }
            .map { ArchiveSymbol(name: $0.name, memberIndex: $0.memberIndex - 1) }
        let expected = try dir.archive(["rcs", "--format=gnu"], Array(names.dropFirst()), output: "edited.a")
        assertIdentical(ArchiveWriter.write(archive), expected, "edited archive")
    }

    func testArchivesFromGNUAr() throws {
        let gnuAr = "/usr/bin/ar"
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: gnuAr), "GNU ar not available")
        let dir = try makeFixture()
        let names = [ObjectFixture.longOne, ObjectFixture.short, ObjectFixture.longTwo, ObjectFixture.longOne]
        for (options, output) in [(["rc"], "gnu-ar.a"), (["rcT"], "gnu-ar-thin.a")] {
            let archivePath = dir.path + "/" + output
            try ObjectFixture.run(gnuAr, options + [archivePath] + names, directory: dir.path)
            let bytes = try readFile(archivePath)
            let archive = try ArchiveReader.read(bytes)
            XCTAssertEqual(archive.members.map(\.name), names, output)
            // GNU ar gives a repeated name a new entry in the long-name table.
            XCTAssertEqual(archive.longNameTable?.deduplicatesNames, false, output)
            assertRoundTrip(bytes, archive)
        }
    }

    /// Tables that the writer would not lay out the same way are kept verbatim.
    func testNonCanonicalTablesKeptVerbatim() throws {
        // A `//` table whose entries are not in member order.
        let table = Array("second_long_name_xx.o/\nfirst_long_name_xxx.o/\n".utf8)
        let gnu = Self.magic + Self.header("//", size: table.count) + table
            + Self.header("/23", size: 2) + [1, 2] + Self.header("/0", size: 2) + [3, 4]
        let archive = try ArchiveReader.read(gnu)
        XCTAssertEqual(archive.members.map(\.name), ["first_long_name_xxx.o", "second_long_name_xx.o"])
        XCTAssertEqual(archive.members.map(\.nameEncoding), [.gnuLongAt(23), .gnuLongAt(0)])
        XCTAssertEqual(archive.longNameTable?.verbatim, table)
        assertRoundTrip(gnu, archive)

        // A BSD symbol index whose two symbols share one string.
        let ranlib: [UInt8] = [16, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 2, 0, 0, 0]
            + Array("f\0".utf8) + [0, 0, 0, 0, 0, 0]
        let bsd = Self.magic + Self.header("__.SYMDEF", size: ranlib.count) + ranlib + Self.header("a.o", size: 2) + [1, 2]
        let bsdArchive = try ArchiveReader.read(bsd)
        XCTAssertEqual(bsdArchive.kind, .bsd)
        XCTAssertEqual(bsdArchive.members.map(\.nameEncoding), [.bsdShort])
        XCTAssertEqual(bsdArchive.symbols, [ArchiveSymbol(name: "f", memberIndex: 0), ArchiveSymbol(name: "f", memberIndex: 0)])
        XCTAssertEqual(bsdArchive.symbolTable?.stringLayout?.offsets, [0, 0])
        assertRoundTrip(bsd, bsdArchive)
    }

    static let magic = Array("!<arch>\n".utf8)

    static func header(_ name: String, size: Int) -> [UInt8] {
        func field(_ s: String, _ width: Int) -> [UInt8] {
            Array(s.utf8) + [UInt8](repeating: UInt8(ascii: " "), count: width - s.utf8.count)
        }
        return field(name, 16) + field("0", 12) + field("0", 6) + field("0", 6) + field("644", 8)
            + field(String(size), 10) + Array("`\n".utf8)
    }

    // MARK: Malformed input

    func testMalformedArchives() throws {
        let magic = Array("!<arch>\n".utf8)
        func header(_ name: String, size: String, terminator: String = "`\n") -> [UInt8] {
            func field(_ s: String, _ width: Int) -> [UInt8] {
                Array(s.utf8) + [UInt8](repeating: UInt8(ascii: " "), count: width - s.utf8.count)
            }
            return field(name, 16) + field("0", 12) + field("0", 6) + field("0", 6) + field("644", 8)
                + field(size, 10) + Array(terminator.utf8)
        }
        func expectError(_ bytes: [UInt8], _ description: String, file: StaticString = #filePath, line: UInt = #line) {
            do {
                _ = try ArchiveReader.read(bytes)
                XCTFail("no error, expected \(description)", file: file, line: line)
            } catch let error as DecodeError {
                XCTAssertEqual(error.description, description, file: file, line: line)
            } catch {
                XCTFail("unexpected error \(error)", file: file, line: line)
            }
        }

        expectError(Array("!<arch>".utf8), "archive: missing archive magic \"!<arch>\\n\" or \"!<thin>\\n\" (offset 0)")
        expectError(magic + header("a.o/", size: "4").prefix(30),
                    "archive member header: truncated header: 60 bytes needed, 30 left (offset 8)")
        func padded(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: width - s.count) }
        expectError(magic + header("a.o/", size: "12x4") + [UInt8](repeating: 0, count: 1204),
                    "archive member header: bad size field \"\(padded("12x4", 10))\" (offset 56)")
        expectError(magic + header("a.o/", size: ""),
                    "archive member header: bad size field \"\(padded("", 10))\" (offset 56)")
        expectError(magic + header("a.o/", size: "-1"),
                    "archive member header: bad size field \"\(padded("-1", 10))\" (offset 56)")
        expectError(magic + header("a.o/", size: "04") + [1, 2, 3, 4],
                    "archive member header: bad size field \"\(padded("04", 10))\" (offset 56)")
        expectError(magic + header("a.o/", size: "9999999999"),
                    "archive member header: member size 9999999999 runs past the end of the archive (0 bytes left) (offset 56)")
        expectError(magic + header("a.o/", size: "4", terminator: "`x") + [1, 2, 3, 4],
                    "archive member header: bad header terminator \"`x\", expected \"`\\n\" (offset 66)")
        expectError(magic + header("a.o/", size: "3") + [1, 2, 3],
                    "archive member a.o: missing alignment byte after odd-sized member (offset 71)")
        expectError(magic + header("/0", size: "2") + [1, 2],
                    "archive member header: long name reference /0 but the archive has no long-name table (offset 8)")
        let longNames = Array("a_very_long_member_name.o/\n".utf8)
        expectError(magic + header("//", size: "27") + longNames + [10] + header("/40", size: "0"),
                    "archive member header: long name offset 40 is past the end of the long-name table (27 bytes) (offset 96)")
        let unterminated = Array("a_very_long_member_name.o\n".utf8)
        expectError(magic + header("//", size: "26") + unterminated + header("/0", size: "0"),
                    "archive member header: long name at table offset 0 is not terminated by \"/\\n\" (offset 94)")
        expectError(magic + header("/1x", size: "0"),
                    "archive member header: bad long name reference \"\(padded("/1x", 16))\" (offset 8)")
        expectError(magic + header("#1/20", size: "4") + [0x61, 0x62, 0x63, 0x64],
                    "archive member header: BSD name length 20 exceeds member size 4 (offset 8)")
        // A symbol table whose only entry points into the middle of a member.
        let symtab: [UInt8] = [0, 0, 0, 1, 0, 0, 0, 0x50] + Array("f\0".utf8)
        expectError(magic + header("/", size: "10") + symtab + header("a.o/", size: "2") + [1, 2],
                    "archive symbol table: symbol \"f\" refers to offset 80, where no member starts (offset 72)")
        expectError(magic + header("/", size: "8") + [0, 0, 0, 9, 0, 0, 0, 0],
                    "archive symbol table: symbol count 9 does not fit in the table (4 bytes left) (offset 68)")
        expectError(magic + header("/", size: "10") + [0, 0, 0, 1, 0, 0, 0, 0x52] + Array("fg".utf8)
                    + header("a.o/", size: "2") + [1, 2],
                    "archive symbol table: name of symbol 0 is not NUL-terminated (offset 76)")
        // BSD: a string offset past the string table.
        let ranlib: [UInt8] = [8, 0, 0, 0, 9, 0, 0, 0, 0x58, 0, 0, 0, 2, 0, 0, 0] + Array("f\0".utf8)
        expectError(magic + header("__.SYMDEF", size: "18") + ranlib + header("a.o", size: "2") + [1, 2],
                    "archive symbol table: string offset 9 of symbol 0 is past the end of the string table (2 bytes) (offset 72)")
        let badArray: [UInt8] = [7, 0, 0, 0, 0, 0, 0, 0]
        expectError(magic + header("__.SYMDEF", size: "8") + badArray,
                    "archive symbol table: ranlib array size 7 is not a multiple of 8 (offset 68)")

        // Empty archives are fine.
        XCTAssertEqual(try ArchiveReader.read(magic).members.count, 0)
        XCTAssertEqual(ArchiveWriter.write(try ArchiveReader.read(magic)), magic)
    }

    /// Truncating or corrupting a real archive anywhere throws or decodes; it never traps.
    func testCorruptArchivesNeverTrap() throws {
        let dir = try makeFixture()
        let names = [ObjectFixture.longOne, ObjectFixture.short, ObjectFixture.longTwo]
        var samples = [try dir.archive(["rcs", "--format=gnu"], names),
                       try dir.archive(["rcs", "--format=bsd"], names, output: "bsd.a"),
                       try dir.archive(["rcs", "--thin"], names, output: "thin.a")]
        samples.append(try dir.archive(["rcs", "--format=gnu"], names, output: "g64.a",
                                       environment: ["SYM64_THRESHOLD": "0"]))
        var failures = 0
        var successes = 0
        var rng = SplitMix(seed: 0x5eed)
        for sample in samples {
            for length in 0..<sample.count {
                do { _ = try ArchiveReader.read(Array(sample.prefix(length))); successes += 1 } catch { failures += 1 }
            }
            for _ in 0..<3000 {
                var bytes = sample
                for _ in 0..<(1 + Int(rng.next() % 3)) {
                    let position = Int(rng.next() % UInt64(bytes.count))
                    bytes[position] = UInt8(truncatingIfNeeded: rng.next())
                }
                do {
                    let archive = try ArchiveReader.read(bytes)
                    successes += 1
                    // Whatever decodes must write back unchanged.
                    if let offset = firstDifference(bytes, ArchiveWriter.write(archive)) {
                        XCTFail("corrupted archive decoded but wrote back differently at \(offset)")
                    }
                } catch is DecodeError {
                    failures += 1
                }
            }
        }
        print("archive corruption: \(successes) decoded, \(failures) rejected")
    }

    // MARK: Helpers

    /// Compiles the fixture objects in a temporary directory, removed when the test ends.
    private func makeFixture() throws -> ObjectFixture {
        let fixture = try ObjectFixture.make()
        addTeardownBlock { try? FileManager.default.removeItem(atPath: fixture.path) }
        return fixture
    }

    private func assertRoundTrip(_ bytes: [UInt8], _ archive: Archive, file: StaticString = #filePath, line: UInt = #line) {
        assertIdentical(ArchiveWriter.write(archive), bytes, "round trip", file: file, line: line)
    }

    private func assertIdentical(_ actual: [UInt8], _ expected: [UInt8], _ what: String,
                                 file: StaticString = #filePath, line: UInt = #line) {
        if let offset = firstDifference(expected, actual) {
            XCTFail("\(what): differs first at offset \(offset) (sizes \(expected.count) vs \(actual.count))",
                    file: file, line: line)
        }
    }
}

private func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int? {
    let common = min(a.count, b.count)
    let first = a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in (0..<common).first { pa[$0] != pb[$0] } }
    }
    if let first { return first }
    return a.count == b.count ? nil : common
}

private func readFile(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw NSError(domain: "ArchiveTests", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot read \(path)"])
    }
    return [UInt8](data)
}

private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Tiny wasm objects compiled with clang in a temporary directory, archived with llvm-ar.
private struct ObjectFixture {
    static let longOne = "a_really_long_file_name_one.o"
    static let short = "short.o"
    static let longTwo = "another_very_long_name_two.o"
    static let nested = "sub/short.o"

    static let sources: [String: String] = [
        longOne: "int alpha_function(int x) { return x + 1; }\nint shared_data = 3;\n",
        short: "int beta(int x) { return x * 2; }\nstatic int hidden(void) { return 1; }\nint gamma_func(void) { return hidden(); }\n",
        longTwo: "int delta_symbol_with_long_name(void) { return 42; }\n",
        nested: "int nested_symbol(void) { return 7; }\n",
    ]
    /// The global symbols each object defines, in llvm-ar's (symbol table) order.
    static let definedSymbols: [String: [String]] = [
        longOne: ["alpha_function", "shared_data"],
        short: ["beta", "gamma_func"],
        longTwo: ["delta_symbol_with_long_name"],
        nested: ["nested_symbol"],
    ]

    let path: String
    var objects: [String: [UInt8]] = [:]

    static func make() throws -> ObjectFixture {
        for tool in [ArchiveTests.llvmAr, ArchiveTests.clang] {
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: tool), "\(tool) not available")
        }
        let path = NSTemporaryDirectory() + "archive-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path + "/sub", withIntermediateDirectories: true)
        var fixture = ObjectFixture(path: path)
        for (object, source) in sources {
            let sourcePath = path + "/" + object.replacingOccurrences(of: ".o", with: ".c")
            try source.write(toFile: sourcePath, atomically: true, encoding: .utf8)
            try run(ArchiveTests.clang, ["--target=wasm32-wasi", "-O1", "-c", sourcePath, "-o", path + "/" + object])
            fixture.objects[object] = try readFile(path + "/" + object)
        }
        return fixture
    }

    /// Runs llvm-ar with `options` on `members` in the fixture directory; returns the archive.
    func archive(_ options: [String], _ members: [String], output: String = "lib.a",
                 environment: [String: String] = [:]) throws -> [UInt8] {
        let archivePath = path + "/" + output
        try? FileManager.default.removeItem(atPath: archivePath)
        try Self.run(ArchiveTests.llvmAr, options + [output] + members, directory: path, environment: environment)
        return try readFile(archivePath)
    }

    func expectedSymbols(_ members: [String]) -> [ArchiveSymbol] {
        members.enumerated().flatMap { index, name in
            Self.definedSymbols[name]!.map { ArchiveSymbol(name: $0, memberIndex: index) }
        }
    }

    static func run(_ tool: String, _ arguments: [String], directory: String? = nil,
                    environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "ArchiveTests", code: Int(process.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: "\(tool) \(arguments) failed"])
        }
    }
}
