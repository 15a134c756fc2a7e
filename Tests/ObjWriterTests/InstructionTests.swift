import Foundation
import XCTest
import ObjWriter

/// The instruction layer: the opcode table against wasm-tools, the decoder/encoder round trip
/// over the whole corpus, the relocation-recording encoder forms, and decoder errors.
final class InstructionTests: XCTestCase {

    // MARK: - The table

    func testOpcodeTableIsConsistent() throws {
        let entries = OpcodeTable.entries
        XCTAssertEqual(entries.count, 544)
        XCTAssertEqual(entries.filter { $0.prefix == nil }.count, 198)
        XCTAssertEqual(entries.filter { $0.prefix == 0xFC }.count, 23)  // 0-22
        XCTAssertEqual(entries.filter { $0.prefix == 0xFD }.count, 256)  // 236 SIMD + 20 relaxed
        XCTAssertEqual(entries.filter { $0.prefix == 0xFE }.count, 67)  // threads 0-3, 0x10-0x4e
        XCTAssertEqual(Set(entries.map(\.opcode)).count, entries.count)
        XCTAssertEqual(Set(entries.map(\.swiftName)).count, entries.count)
        for (i, entry) in entries.enumerated() {
            XCTAssertEqual(OpcodeTable.index(of: entry.opcode), i)
            XCTAssertEqual(entry.opcode.name, entry.name)
        }
        XCTAssertEqual(Opcode.i32Add.name, "i32.add")
        XCTAssertEqual(Opcode.memoryAtomicNotify.encodingDescription, "0xfe 0x0")
        XCTAssertEqual(Opcode.i32x4RelaxedDotI8x16I7x16AddS, Opcode(prefix: 0xFD, code: 0x113))
        XCTAssertEqual(Opcode.typedSelect.name, "select")
        XCTAssertEqual(OpcodeTable.entries(named: "select").map(\.code), [0x1B, 0x1C])
        XCTAssertNil(Opcode(0xFB).info)
        XCTAssertNil(Opcode(prefix: 0xFD, code: 0x114).info)
        XCTAssertNil(Opcode(prefix: 0xFE, code: 0x04).info)
    }

    /// The `Opcode.i32Add`-style names at the end of Opcodes.swift are generated from the
    /// table; this regenerates them and compares (set REGENERATE_OPCODE_NAMES=1 to rewrite).
    func testOpcodeNamesAreGenerated() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/ObjWriter/Opcodes.swift").standardized.path
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let begin = "// BEGIN GENERATED OPCODE NAMES"
        let end = "// END GENERATED OPCODE NAMES\n"
        guard let b = source.range(of: begin), let e = source.range(of: end) else {
            return XCTFail("markers missing in \(path)")
        }
        let keywords: Set<String> = ["if", "else", "try", "catch", "throw", "return"]
        var generated = begin + " (from OpcodeTable.entries; do not edit by hand)\nextension Opcode {\n"
        for entry in OpcodeTable.entries {
            let name = keywords.contains(entry.swiftName) ? "`\(entry.swiftName)`" : entry.swiftName
            let code = String(entry.code, radix: 16, uppercase: true)
            let padded = code.count < 2 ? "0" + code : code
            generated += "    /// `\(entry.name)`\n"
            if let prefix = entry.prefix {
                generated += "    public static let \(name) = Opcode(prefix: 0x\(String(prefix, radix: 16, uppercase: true)), code: 0x\(padded))\n"
            } else {
                generated += "    public static let \(name) = Opcode(0x\(padded))\n"
            }
        }
        generated += "}\n" + end
        let current = String(source[b.lowerBound..<e.upperBound])
        if current != generated, ProcessInfo.processInfo.environment["REGENERATE_OPCODE_NAMES"] == "1" {
            try (String(source[..<b.lowerBound]) + generated + String(source[e.upperBound...]))
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(current, generated, "Opcode names are stale: rerun with REGENERATE_OPCODE_NAMES=1")
    }

    // MARK: - Against wasm-tools

    /// One function per table entry, with valid immediates, plus functions exercising the
    /// printer's formatting; encoded by `wasm-tools parse`, decoded here, compared mnemonic by
    /// mnemonic, printed here and by `wasm-tools print` and compared line by line, and
    /// re-encoded byte for byte.
    func testEveryOpcodeAgainstWasmTools() throws {
        let tools = try XCTUnwrap(WasmTools.path, "wasm-tools not found")
        var functions: [[String]] = OpcodeTable.entries.map(Self.watLines)
        functions += Self.printerCases
        var wat = "(module\n  (type (func (param i32) (result i32)))\n  (type (func (param i64 f32) (result v128 i32)))\n"
        for lines in functions {
            wat += "  (func\n" + lines.map { "    " + $0 + "\n" }.joined() + "  )\n"
        }
        wat += ")\n"

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("instr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let watPath = dir.appendingPathComponent("all.wat").path
        let wasmPath = dir.appendingPathComponent("all.wasm").path
        try wat.write(toFile: watPath, atomically: true, encoding: .utf8)
        _ = try WasmTools.run(tools, ["parse", watPath, "-o", wasmPath])
        let printed = try WasmTools.run(tools, ["print", wasmPath])
        let theirs = WasmTools.functionBodies(printed)

        let module = try ModuleReader.read(try Corpus.read(wasmPath))
        let bodies = module.codeBodies
        XCTAssertEqual(bodies.count, functions.count)
        XCTAssertEqual(theirs.count, functions.count)
        let printer = InstructionPrinter(types: module.types)
        var checkedInstructions = 0
        var checkedLines = 0
        for (i, body) in bodies.enumerated() where i < functions.count && i < theirs.count {
            let instructions = try body.instructions()
            checkedInstructions += instructions.count
            let expected = functions[i].map { String($0.split(separator: " ")[0]) } + ["end"]
            XCTAssertEqual(instructions.map(\.name), expected, "function \(i)")
            let ours = printer.lines(instructions)
            checkedLines += ours.count
            XCTAssertEqual(ours, theirs[i], "function \(i)")
            var encoder = InstructionEncoder()
            for instruction in instructions { encoder.emit(instruction) }
            XCTAssertEqual(encoder.bytes, body.code, "function \(i) re-encoded")
        }
        // Every table entry was decoded at least once.
        var seen = Set<Opcode>()
        for body in bodies { for instruction in try body.instructions() { seen.insert(instruction.opcode) } }
        XCTAssertEqual(seen.count, OpcodeTable.entries.count)
        print("wasm-tools cross-check: \(OpcodeTable.entries.count) opcodes, \(functions.count) functions, "
              + "\(checkedInstructions) instructions, \(checkedLines) printed lines; identical mnemonics, text and bytes")
    }

    /// The wat text of a function exercising `entry` with valid immediates.
    static func watLines(_ entry: OpcodeInfo) -> [String] {
        let name = entry.name
        var immediates = ""
        switch entry.immediates {
        case .none, .memory, .memoryCopy, .tableCopy, .atomicFence: break
        case .blockType: break
        case .label, .function, .typeIndex, .local, .global, .table, .dataIndex, .elemIndex, .tag,
             .memoryInit, .tableInit:
            immediates = " 0"
        case .brTable: immediates = " 0 0 0"
        case .callIndirect: immediates = " (type 0)"
        case .memarg: immediates = " offset=16"
        case .memargLane(_, let lanes): immediates = " offset=16 \(lanes - 1)"
        case .i32: immediates = " -7"
        case .i64: immediates = " -9000000000"
        case .f32: immediates = " 1.5"
        case .f64: immediates = " -0.25"
        case .v128: immediates = " i32x4 1 2 3 4"
        case .lane(let lanes): immediates = " \(lanes - 1)"
        case .shuffle: immediates = (0..<16).map { " \($0 * 2)" }.joined()
        case .selectTypes: immediates = " (result i32)"
        case .heapType: immediates = " func"
        case .tryTable: immediates = " (catch 0 0) (catch_ref 0 0) (catch_all 0) (catch_all_ref 0)"
        }
        switch name {
        case "block", "loop", "if", "try", "try_table": return [name + immediates, "end"]
        case "else": return ["if", "else", "end"]
        case "end": return ["block", "end"]
        case "catch": return ["try", "catch 0", "end"]
        case "catch_all": return ["try", "catch_all", "end"]
        case "delegate": return ["try", "delegate 0"]
        default: return [name + immediates]
        }
    }

    /// Formatting cases: block types, label annotations, memargs, floats, indices.
    static let printerCases: [[String]] = [
        ["block (result i32)", "block (type 0)", "loop (type 1)", "if (result i64)", "else", "end", "end", "end",
         "end"],
        ["block", "block", "br 0", "br 1", "br 2", "br_table 0 1 2", "br_if 1", "end", "loop", "br 0", "end", "end",
         "br 0"],
        ["block", "try_table (result i32) (catch 0 1) (catch_all 0) (catch_ref 3 0) (catch_all_ref 1)", "br 1",
         "end", "end"],
        ["try (result i32)", "rethrow 0", "catch 5", "rethrow 0", "catch_all", "rethrow 0", "end",
         "try", "try", "delegate 1", "try", "delegate 0", "end"],
        ["i32.load 1 offset=4 align=2", "i64.store offset=4294967295 align=1", "i64.load offset=0 align=4",
         "v128.load64_lane 1 offset=7 align=2 1", "v128.load offset=1 align=16", "i32.atomic.load 3",
         "memory.size 1", "memory.grow 2", "memory.fill 1", "memory.init 1 3", "memory.copy 1 0",
         "memory.copy 0 2", "memory.discard 1", "table.init 1 2", "table.copy 0 1", "table.size 3",
         "call_indirect 2 (type 0)", "return_call_indirect 1 (type 1)", "call 123456", "local.get 300"],
        ["f32.const 0", "f32.const -0", "f32.const 1", "f32.const -1.5", "f32.const 0.1", "f32.const 1e20",
         "f32.const 1e-20", "f32.const 3.4028235e38", "f32.const 0x1p-149", "f32.const 0x1.fffffcp-127",
         "f32.const 0x1.8p-140", "f32.const nan", "f32.const -nan", "f32.const nan:0x1",
         "f32.const -nan:0x7fffff", "f32.const inf", "f32.const -inf", "f32.const 123456789",
         "f32.const 16777216", "f32.const 0.3", "f32.const 1e-7", "f32.const 6.1035156e-5"],
        ["f64.const 0", "f64.const -0", "f64.const 0.1", "f64.const 1e300", "f64.const 0x1p-1074",
         "f64.const 0x0.fffffffffffffp-1022", "f64.const 0x1.5p-1060", "f64.const 1.7976931348623157e308",
         "f64.const nan", "f64.const nan:0x1", "f64.const -nan:0x8000000000001", "f64.const inf",
         "f64.const -inf", "f64.const 3.141592653589793", "f64.const 1e21", "f64.const 1e22",
         "f64.const 123456789012345680000", "f64.const 2.2250738585072014e-308", "f64.const 0.000001"],
        ["i32.const -2147483648", "i32.const 2147483647", "i32.const 0", "i64.const -9223372036854775808",
         "i64.const 9223372036854775807", "v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 255",
         "v128.const f64x2 1 -1", "i8x16.shuffle 31 30 29 28 27 26 25 24 7 6 5 4 3 2 1 0"],
        ["select (result i32 i64)", "select (result)", "select (result funcref)", "select (result (ref null 0))",
         "select (result (ref func))", "select (result exnref)", "select (result externref)", "select",
         "ref.null extern", "ref.null exn", "ref.null 0", "ref.null any", "ref.null none", "ref.null noexn",
         "ref.func 7", "table.get 1", "table.set 2", "throw 4", "throw_ref", "call_ref 1", "return_call_ref 0",
         "br_on_null 0", "br_on_non_null 0", "ref.as_non_null", "data.drop 2", "elem.drop 3"],
    ]

    /// `wasm-tools print` of real objects, function by function, must equal this printer's
    /// output: a spread of the corpus (every 400th object) plus the first objects found with
    /// atomics, bulk memory, exception handling and float constants.
    func testPrinterMatchesWasmToolsOnCorpusSample() throws {
        let tools = try XCTUnwrap(WasmTools.path, "wasm-tools not found")
        var sample: [(String, [UInt8])] = []
        var index = 0
        // Atomics, bulk memory, try, delegate, f32 and f64 constants (the corpus has no SIMD,
        // try_table or tail calls; those are covered by testEveryOpcodeAgainstWasmTools).
        var wanted: Set<UInt8> = [0xFE, 0xFC, 0x06, 0x18, 0x43, 0x44]
        for path in Corpus.archivePaths where !path.contains("/lto") {
            let archive = try Archive.read(try Corpus.read(path))
            for member in archive.members where WasmModule.isWasm(member.data) {
                index += 1
                var take = index % 400 == 0
                if !wanted.isEmpty, let module = try? ModuleReader.read(member.data) {
                    for body in module.codeBodies {
                        guard let instructions = try? body.instructions() else { continue }
                        for instruction in instructions {
                            let key = instruction.opcode.prefix ?? UInt8(truncatingIfNeeded: instruction.opcode.code)
                            if wanted.remove(key) != nil { take = true }
                        }
                    }
                }
                if take { sample.append(("\(path)(\(member.name))", member.data)) }
            }
        }
        XCTAssertTrue(wanted.isEmpty, "corpus lacks opcodes with first byte \(wanted)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("instr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var functions = 0
        var lines = 0
        for (name, bytes) in sample {
            let path = dir.appendingPathComponent("object.o").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let theirs = WasmTools.functionBodies(try WasmTools.run(tools, ["print", path]))
            let module = try ModuleReader.read(bytes)
            let printer = InstructionPrinter(types: module.types)
            XCTAssertEqual(theirs.count, module.codeBodies.count, name)
            for (i, body) in module.codeBodies.enumerated() where i < theirs.count {
                let ours = printer.lines(try body.instructions())
                if ours != theirs[i] {
                    let at = Array(zip(ours, theirs[i])).firstIndex { $0 != $1 } ?? min(ours.count, theirs[i].count)
                    XCTFail("\(name) function \(i) line \(at): ours \(ours.dropFirst(at).first ?? "<end>") "
                            + "theirs \(theirs[i].dropFirst(at).first ?? "<end>")")
                    break
                }
                functions += 1
                lines += ours.count
            }
        }
        print("printer vs wasm-tools print: \(sample.count) objects, \(functions) functions, \(lines) lines identical")
    }

    /// Float literals (hex form and Rust-`Display` decimal comment) against `wasm-tools print`
    /// for edge cases and 20,000 pseudo-random bit patterns of each width, in a module built
    /// with `InstructionEncoder` and `ModuleWriter`.
    func testFloatTextMatchesWasmTools() throws {
        let tools = try XCTUnwrap(WasmTools.path, "wasm-tools not found")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random() -> UInt64 {  // splitmix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var f32s: [UInt32] = [0, 0x8000_0000, 1, 0x007f_ffff, 0x0080_0000, 0x7f7f_ffff, 0x7f80_0000, 0xff80_0000,
                              0x7fc0_0000, 0x7f80_0001, 0x3f80_0000, 0x3dcc_cccd, 0x4b80_0000, 0x5f00_0000]
        var f64s: [UInt64] = [0, 0x8000_0000_0000_0000, 1, 0x000f_ffff_ffff_ffff, 0x0010_0000_0000_0000,
                              0x7fef_ffff_ffff_ffff, 0x7ff0_0000_0000_0000, 0x7ff8_0000_0000_0000,
                              0x3fb9_9999_9999_999a, 0x4340_0000_0000_0000, 0x43e0_0000_0000_0000]
        for _ in 0..<20_000 {
            let r = random()
            f32s.append(UInt32(truncatingIfNeeded: r))
            f64s.append(random())
            // Also values with short decimal forms.
            f32s.append(Float(Int32(truncatingIfNeeded: r) % 100_000) .bitPattern &+ 0)
            f64s.append((Double(Int64(truncatingIfNeeded: r) % 1_000_000) / 1000).bitPattern)
        }
        var e = InstructionEncoder()
        for bits in f32s { e.f32Const(bits: bits); e.emit(.drop) }
        for bits in f64s { e.f64Const(bits: bits); e.emit(.drop) }
        e.emit(.end)
        let body = e.functionBody(locals: [])
        let module = WasmModule(sections: [.type([FunctionType(params: [], results: [])]), .function([0]),
                                           .code([body])])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("instr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("floats.wasm").path
        try Data(ModuleWriter.write(module)).write(to: URL(fileURLWithPath: path))
        let theirs = WasmTools.functionBodies(try WasmTools.run(tools, ["print", path]))
        let ours = InstructionPrinter().lines(try body.instructions())
        XCTAssertEqual(theirs.count, 1)
        XCTAssertEqual(ours.count, theirs.first?.count)
        var mismatches = 0
        for (a, b) in zip(ours, theirs.first ?? []) where a != b {
            mismatches += 1
            if mismatches <= 10 { XCTFail("ours \(a) theirs \(b)") }
        }
        XCTAssertEqual(mismatches, 0)
        print("float literals vs wasm-tools print: \(f32s.count) f32, \(f64s.count) f64, \(mismatches) mismatches")
    }

    // MARK: - Corpus round trip

    /// Every function body of every corpus object decodes, and re-encoding each instruction
    /// through the encoder's generic path reproduces the body byte for byte (padded LEBs of
    /// relocation sites included, via the recorded widths).
    func testCorpusBodiesReencodeIdentically() throws {
        struct Tally {
            var objects = 0
            var bodies = 0
            var instructions = 0
            var paddedInstructions = 0
            var decodeNanoseconds: UInt64 = 0
            var failures: [String] = []
        }
        @Sendable func process(_ name: String, _ bytes: [UInt8], _ tally: inout Tally) {
            guard WasmModule.isWasm(bytes) else { return }
            tally.objects += 1
            let module: WasmModule
            do { module = try ModuleReader.read(bytes) } catch {
                tally.failures.append("\(name): \(error)")
                return
            }
            for (i, body) in module.codeBodies.enumerated() {
                tally.bodies += 1
                do {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let instructions = try body.instructions()
                    tally.decodeNanoseconds += DispatchTime.now().uptimeNanoseconds - start
                    tally.instructions += instructions.count
                    var encoder = InstructionEncoder(capacity: body.code.count)
                    for instruction in instructions {
                        if !instruction.widths.isMinimal { tally.paddedInstructions += 1 }
                        encoder.emit(instruction)
                    }
                    if encoder.bytes != body.code {
                        let at = firstDifference(encoder.bytes, body.code)
                        let op = instructions.last { $0.offset <= at }?.name ?? "?"
                        tally.failures.append("\(name) body \(i): differs at \(at) (\(op))")
                    }
                } catch {
                    tally.failures.append("\(name) body \(i): \(error)")
                }
            }
        }

        let started = Date()
        let archives = Corpus.archivePaths
        XCTAssertGreaterThan(archives.count, 150, "corpus missing: run scripts/bootstrap")
        let results = LockedResults<Tally>()
        let errors = LockedResults<String>()
        DispatchQueue.concurrentPerform(iterations: archives.count) { i in
            var tally = Tally()
            do {
                let archive = try Archive.read(try Corpus.read(archives[i]))
                for member in archive.members { process("\(archives[i])(\(member.name))", member.data, &tally) }
            } catch {
                errors.append("\(archives[i]): \(error)")
            }
            results.append(tally)
        }
        var total = Tally()
        for path in Corpus.objectPaths { process(path, try Corpus.read(path), &total) }
        for t in results.items {
            total.objects += t.objects
            total.bodies += t.bodies
            total.instructions += t.instructions
            total.paddedInstructions += t.paddedInstructions
            total.decodeNanoseconds += t.decodeNanoseconds
            total.failures += t.failures
        }
        let wall = Date().timeIntervalSince(started)
        let decodeSeconds = Double(total.decodeNanoseconds) / 1e9
        print("instructions: \(total.objects) objects, \(total.bodies) bodies, \(total.instructions) instructions "
              + "(\(total.paddedInstructions) with padded LEBs), \(total.failures.isEmpty ? "identical" : "DIFFERENT"); "
              + String(format: "decode %.2f s summed over threads, %.1f s wall for read+decode+encode", decodeSeconds, wall))
        XCTAssertEqual(errors.items, [])
        XCTAssertEqual(total.failures.sorted().prefix(20), [])
        XCTAssertGreaterThan(total.objects, 15_000)
        XCTAssertGreaterThan(total.instructions, 1_000_000)
    }

    /// The relocation-recording encoder forms reproduce what LLVM emitted: every body of the
    /// corpus with relocations is re-encoded with the symbolic form at each relocation site
    /// (and the generic form elsewhere), and both the bytes and the relocation entries (type,
    /// offset, index, addend) must equal the object's code and its `reloc.CODE`.
    func testRelocationFormsMatchLLVMObjects() throws {
        struct Tally {
            var bodies = 0
            var relocations: [RelocationType: Int] = [:]
            var failures: [String] = []
        }
        @Sendable func process(_ name: String, _ bytes: [UInt8], _ tally: inout Tally) {
            guard WasmModule.isWasm(bytes), let module = try? ModuleReader.read(bytes),
                  let codeIndex = module.sections.firstIndex(where: { $0.id == .code }) else { return }
            let entries = module.relocationSections.first { $0.targetSection == UInt32(codeIndex) }?.entries ?? []
            guard !entries.isEmpty, let starts = try? Self.codeStarts(bytes) else { return }
            var cursor = 0
            let sorted = entries.sorted { $0.offset < $1.offset }
            for (i, body) in module.codeBodies.enumerated() where i < starts.count {
                let start = UInt32(starts[i])
                let end = start + UInt32(body.code.count)
                var mine: [Relocation] = []
                while cursor < sorted.count && sorted[cursor].offset < end {
                    var r = sorted[cursor]
                    r.offset -= start
                    mine.append(r)
                    cursor += 1
                }
                guard !mine.isEmpty else { continue }
                tally.bodies += 1
                do {
                    let (encoded, relocations) = try Self.reencodeSymbolically(body.code, mine)
                    if encoded != body.code {
                        tally.failures.append("\(name) body \(i): bytes differ at \(firstDifference(encoded, body.code))")
                    } else if relocations != mine {
                        let at = Array(zip(relocations, mine)).firstIndex { $0 != $1 } ?? min(relocations.count, mine.count)
                        tally.failures.append("\(name) body \(i): relocation \(at) differs: "
                                              + "\(relocations.dropFirst(at).first.map { "\($0)" } ?? "none") vs "
                                              + "\(mine.dropFirst(at).first.map { "\($0)" } ?? "none")")
                    } else {
                        for r in mine { tally.relocations[r.type, default: 0] += 1 }
                    }
                } catch {
                    tally.failures.append("\(name) body \(i): \(error)")
                }
            }
        }
        let archives = Corpus.archivePaths
        let results = LockedResults<Tally>()
        DispatchQueue.concurrentPerform(iterations: archives.count) { i in
            var tally = Tally()
            if let archive = try? Archive.read(try Corpus.read(archives[i])) {
                for member in archive.members { process("\(archives[i])(\(member.name))", member.data, &tally) }
            }
            results.append(tally)
        }
        var total = Tally()
        for path in Corpus.objectPaths { process(path, try Corpus.read(path), &total) }
        for t in results.items {
            total.bodies += t.bodies
            total.failures += t.failures
            total.relocations.merge(t.relocations, uniquingKeysWith: +)
        }
        let summary = total.relocations.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }
        print("relocation forms: \(total.bodies) bodies, \(total.relocations.values.reduce(0, +)) relocations "
              + "identical to LLVM's (\(summary.joined(separator: ", ")))")
        XCTAssertEqual(total.failures.sorted().prefix(20), [])
        XCTAssertGreaterThan(total.bodies, 100_000)
    }

    /// Offsets of each body's instructions from the start of the code section's payload.
    static func codeStarts(_ bytes: [UInt8]) throws -> [Int] {
        try bytes.withUnsafeBufferPointer { buffer in
            var r = ByteReader(buffer)
            _ = try r.readSlice(8)
            while !r.isAtEnd {
                let id = try r.readByte()
                let size = Int(try r.readVarUInt32())
                guard id == 10 else {
                    _ = try r.readSlice(size)
                    continue
                }
                let payload = r.position
                var starts: [Int] = []
                for _ in 0..<(try r.readVarUInt32()) {
                    let bodySize = Int(try r.readVarUInt32())
                    let bodyStart = r.position
                    for _ in 0..<(try r.readVarUInt32()) {
                        _ = try r.readVarUInt32()
                        _ = try r.readValueType()
                    }
                    starts.append(r.position - payload)
                    r.position = bodyStart + bodySize
                }
                return starts
            }
            return []
        }
    }

    /// Re-encodes `code`, using the relocation-recording form for each instruction that
    /// `relocations` (offsets relative to `code`) point into.
    static func reencodeSymbolically(_ code: [UInt8], _ relocations: [Relocation]) throws
        -> (bytes: [UInt8], relocations: [Relocation]) {
        let instructions = try InstructionDecoder.decode(code)
        var e = InstructionEncoder(capacity: code.count)
        var next = 0
        for (i, instruction) in instructions.enumerated() {
            let end = i + 1 < instructions.count ? instructions[i + 1].offset : code.count
            var sites: [Relocation] = []
            while next < relocations.count && Int(relocations[next].offset) < end {
                sites.append(relocations[next])
                next += 1
            }
            guard let first = sites.first else {
                e.emit(instruction)
                continue
            }
            let op = instruction.opcode
            let symbol = SymbolIndex(first.index)
            let unsupported = DecodeError("no symbolic form for \(op.name) with \(sites.map(\.type))",
                                          offset: instruction.offset)
            switch (instruction.immediates, first.type) {
            case (.index(let value), .functionIndexLEB), (.index(let value), .globalIndexLEB),
                 (.index(let value), .tagIndexLEB), (.index(let value), .tableNumberLEB):
                e.emit(op, symbol: symbol, placeholder: value)
            case (.indexPair(let type, let table), .typeIndexLEB) where op == .callIndirect || op == .returnCallIndirect:
                guard type == first.index else { throw unsupported }
                let tableSymbol = sites.count > 1 ? SymbolIndex(sites[1].index) : nil
                if op == .callIndirect {
                    e.callIndirect(typeIndex: type, tableSymbol: tableSymbol, tablePlaceholder: table)
                } else {
                    e.returnCallIndirect(typeIndex: type, tableSymbol: tableSymbol, tablePlaceholder: table)
                }
            case (.blockType(.typeIndex(let type)), .typeIndexLEB):
                guard type == first.index else { throw unsupported }
                e.emit(op, relocatedTypeIndex: type)
            case (.i32(let value), _):
                e.i32Const(relocation: first.type, symbol: symbol, addend: first.addend, placeholder: value)
            case (.i64(let value), _):
                e.i64Const(relocation: first.type, symbol: symbol, addend: first.addend, placeholder: value)
            case (.memarg(let m), .memoryAddrLEB), (.memarg(let m), .memoryAddrLEB64):
                guard m.memory == 0 else { throw unsupported }
                e.emit(op, align: m.align, offsetSymbol: symbol, addend: first.addend,
                       memory64: first.type == .memoryAddrLEB64, placeholder: m.offset)
            case (.memargLane(let m, let lane), .memoryAddrLEB), (.memargLane(let m, let lane), .memoryAddrLEB64):
                guard m.memory == 0 else { throw unsupported }
                e.emit(op, align: m.align, offsetSymbol: symbol, addend: first.addend,
                       memory64: first.type == .memoryAddrLEB64, placeholder: m.offset, lane: lane)
            default:
                throw unsupported
            }
        }
        return (e.bytes, e.relocations)
    }

    // MARK: - Encoder

    func testEncoderRelocations() throws {
        var e = InstructionEncoder()
        e.call(functionSymbol: SymbolIndex(3))                                   // 0: 10 | 1
        e.returnCall(functionSymbol: SymbolIndex(4), placeholder: 129)           // 6: 12 | 7
        e.callIndirect(typeIndex: 2, tableSymbol: SymbolIndex(9))                // 12: 11 | 13 | 18
        e.callIndirect(typeIndex: 1, tableSymbol: nil)                           // 23: 11 | 24, 00
        e.globalGet(symbol: SymbolIndex(0))                                      // 30: 23 | 31
        e.globalSet(symbol: SymbolIndex(0))                                      // 36: 24 | 37
        e.i32ConstMemoryAddress(symbol: SymbolIndex(5), addend: 16)              // 42: 41 | 43
        e.i32ConstMemoryAddress(symbol: SymbolIndex(5), addend: -4, placeholder: -4) // 48: 41 | 49
        e.i64ConstMemoryAddress(symbol: SymbolIndex(6), addend: 1 << 40)         // 54: 42 | 55 (10)
        e.i32ConstTableIndex(functionSymbol: SymbolIndex(7))                     // 65: 41 | 66
        e.emit(.i32Load, offsetSymbol: SymbolIndex(8), addend: 12)               // 71: 28 02 | 73
        e.emit(.i64Store, align: 0, offsetSymbol: SymbolIndex(8), memory64: true) // 78: 37 00 | 80 (10)
        e.refFunc(functionSymbol: SymbolIndex(10))                               // 90: d2 | 91
        e.throw(tagSymbol: SymbolIndex(11))                                      // 96: 08 | 97
        e.tryTable(.value(.i32), symbolicCatches: [
            SymbolicCatch(.catch, tagSymbol: SymbolIndex(11), label: 0),
            SymbolicCatch(.catchAllRef, label: 1),
        ])                                                                       // 102: 1f 7f 02 00 | 106, 00 03 01
        e.emit(.tableGet, tableSymbol: SymbolIndex(9))                           // 114: 25 | 115
        e.emit(.tableSize, tableSymbol: SymbolIndex(9))                          // 120: fc 10 | 122
        e.emit(.end)                                                             // 127: 0b

        let pad5: [UInt8] = [0x80, 0x80, 0x80, 0x80, 0x00]
        var expected: [UInt8] = []
        expected += [0x10] + pad5
        expected += [0x12, 0x81, 0x81, 0x80, 0x80, 0x00]
        expected += [0x11, 0x82, 0x80, 0x80, 0x80, 0x00] + pad5
        expected += [0x11, 0x81, 0x80, 0x80, 0x80, 0x00, 0x00]
        expected += [0x23] + pad5
        expected += [0x24] + pad5
        expected += [0x41] + pad5
        expected += [0x41, 0xfc, 0xff, 0xff, 0xff, 0x7f]
        expected += [0x42] + [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]
        expected += [0x41] + pad5
        expected += [0x28, 0x02] + pad5
        expected += [0x37, 0x00] + [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]
        expected += [0xd2] + pad5
        expected += [0x08] + pad5
        expected += [0x1f, 0x7f, 0x02, 0x00] + pad5 + [0x00, 0x03, 0x01]
        expected += [0x25] + pad5
        expected += [0xfc, 0x10] + pad5
        expected += [0x0b]
        XCTAssertEqual(e.bytes, expected)

        let r = { (type: RelocationType, offset: UInt32, index: UInt32, addend: Int64) in
            Relocation(type: type, offset: offset, index: index, addend: addend)
        }
        XCTAssertEqual(e.relocations, [
            r(.functionIndexLEB, 1, 3, 0),
            r(.functionIndexLEB, 7, 4, 0),
            r(.typeIndexLEB, 13, 2, 0),
            r(.tableNumberLEB, 18, 9, 0),
            r(.typeIndexLEB, 24, 1, 0),
            r(.globalIndexLEB, 31, 0, 0),
            r(.globalIndexLEB, 37, 0, 0),
            r(.memoryAddrSLEB, 43, 5, 16),
            r(.memoryAddrSLEB, 49, 5, -4),
            r(.memoryAddrSLEB64, 55, 6, 1 << 40),
            r(.tableIndexSLEB, 66, 7, 0),
            r(.memoryAddrLEB, 73, 8, 12),
            r(.memoryAddrLEB64, 80, 8, 0),
            r(.functionIndexLEB, 91, 10, 0),
            r(.tagIndexLEB, 97, 11, 0),
            r(.tagIndexLEB, 106, 11, 0),
            r(.tableNumberLEB, 115, 9, 0),
            r(.tableNumberLEB, 122, 9, 0),
        ])
        // Every relocation covers exactly its patch size.
        for relocation in e.relocations {
            let end = Int(relocation.offset) + relocation.type.patchSize
            XCTAssertLessThanOrEqual(end, e.bytes.count)
        }

        // The encoded body (with an `end` for the try_table) decodes, padded sites recorded,
        // and re-encodes identically.
        let instructions = try InstructionDecoder.decode(e.bytes + [0x0b])
        XCTAssertEqual(instructions.map(\.name), [
            "call", "return_call", "call_indirect", "call_indirect", "global.get", "global.set", "i32.const",
            "i32.const", "i64.const", "i32.const", "i32.load", "i64.store", "ref.func", "throw", "try_table",
            "table.get", "table.size", "end", "end",
        ])
        XCTAssertEqual(instructions[1].immediates, .index(129))
        XCTAssertEqual(instructions[1].widths[1], 5)
        XCTAssertEqual(instructions[7].immediates, .i32(-4))
        XCTAssertEqual(instructions[11].immediates, .memarg(MemArg(offset: 0, align: 0)))
        XCTAssertEqual(instructions[11].widths[2], 10)
        var again = InstructionEncoder()
        for instruction in instructions { again.emit(instruction) }
        XCTAssertEqual(again.bytes, e.bytes + [0x0b])

        // Other SLEB relocation types and the symbolic table forms.
        var f = InstructionEncoder()
        f.i32Const(relocation: .memoryAddrRelSLEB, symbol: SymbolIndex(1), addend: 8)
        f.i32Const(relocation: .memoryAddrTLSSLEB, symbol: SymbolIndex(2))
        f.i32Const(relocation: .tableIndexRelSLEB, symbol: SymbolIndex(3), addend: 99)  // no addend field
        f.i64Const(relocation: .tableIndexSLEB64, symbol: SymbolIndex(4))
        f.emit(.block, relocatedTypeIndex: 3)
        f.emit(.end)
        f.tableCopy(destination: SymbolIndex(5), source: SymbolIndex(6))
        f.tableInit(elementSegment: 2, tableSymbol: SymbolIndex(5))
        f.catch(tagSymbol: SymbolIndex(7))
        XCTAssertEqual(f.relocations.map(\.type), [.memoryAddrRelSLEB, .memoryAddrTLSSLEB, .tableIndexRelSLEB,
                                                   .tableIndexSLEB64, .typeIndexLEB, .tableNumberLEB,
                                                   .tableNumberLEB, .tableNumberLEB, .tagIndexLEB])
        XCTAssertEqual(f.relocations.map(\.offset), [1, 7, 13, 19, 30, 38, 43, 51, 57])
        XCTAssertEqual(f.relocations.map(\.addend), [8, 0, 0, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(Array(f.bytes[29..<36]), [0x02, 0x83, 0x80, 0x80, 0x80, 0x00, 0x0b])
        XCTAssertEqual(Array(f.bytes[36..<48]), [0xfc, 0x0e] + pad5 + pad5)
        XCTAssertEqual(Array(f.bytes[48..<56]), [0xfc, 0x0c, 0x02] + pad5)
        XCTAssertEqual(Array(f.bytes[56...]), [0x07] + pad5)
        XCTAssertEqual(f.relocations(addingOffset: 100).first?.offset, 101)
    }

    func testEncoderTypedForms() throws {
        var e = InstructionEncoder()
        e.emit(.block, blockType: .empty)
        e.emit(.loop, blockType: .value(.f64))
        e.emit(.localGet, index: 1)
        e.emit(.localSet, index: 300)
        e.emit(.br, index: 0, width: 5)
        e.brTable([0, 1], default: 1)
        e.emit(.i32Load8U, offset: 3)
        e.emit(.i64Store, align: 1, offset: 8, memory: 2)
        e.emit(.v128Load32Lane, offset: 0, lane: 3)
        e.emit(.i16x8ExtractLaneU, lane: 7)
        e.i32Const(-1)
        e.i64Const(1 << 40)
        e.f32Const(1.5)
        e.f64Const(-0.25)
        e.v128Const(V128(low: 1, high: 2))
        e.i8x16Shuffle(Array(0..<16))
        e.emit(.memoryCopy, 0, 0)
        e.emit(.tableInit, 1, 0)
        e.select(types: [.i32])
        e.refNull(.abstract(.extern))
        e.tryTable(catches: [.catchAll(label: 0)])
        e.emit(.end)
        e.emit(.atomicFence)
        e.emit(.i32Add)
        e.emit(.end)
        e.emit(.end)
        e.emit(.end)
        let body = e.functionBody(locals: [.i32, .i32, .f64, .i32])
        XCTAssertEqual(body.locals, [LocalGroup(count: 2, type: .i32), LocalGroup(count: 1, type: .f64),
                                     LocalGroup(count: 1, type: .i32)])
        let text = InstructionPrinter().lines(try body.instructions())
        XCTAssertEqual(text, [
            "block ;; label = @1",
            "  loop (result f64) ;; label = @2",
            "    local.get 1",
            "    local.set 300",
            "    br 0 (;@2;)",
            "    br_table 0 (;@2;) 1 (;@1;) 1 (;@1;)",
            "    i32.load8_u offset=3",
            "    i64.store 2 offset=8 align=2",
            "    v128.load32_lane 3",
            "    i16x8.extract_lane_u 7",
            "    i32.const -1",
            "    i64.const 1099511627776",
            "    f32.const 0x1.8p+0 (;=1.5;)",
            "    f64.const -0x1p-2 (;=-0.25;)",
            "    v128.const i32x4 0x00000001 0x00000000 0x00000002 0x00000000",
            "    i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15",
            "    memory.copy",
            "    table.init 1",
            "    select (result i32)",
            "    ref.null extern",
            "    try_table (catch_all 0 (;@2;)) ;; label = @3",
            "    end",
            "    atomic.fence",
            "    i32.add",
            "  end",
            "end",
        ])
        XCTAssertEqual(Array(e.bytes[9..<15]), [0x0c, 0x80, 0x80, 0x80, 0x80, 0x00])
        XCTAssertEqual(try InstructionDecoder.decode(e.bytes)[4].widths[1], 5)
    }

    // MARK: - Decoder errors

    func testDecoderRejectsMalformedInput() {
        func error(_ bytes: [UInt8], base: Int = 1000) -> DecodeError? {
            do {
                _ = try InstructionDecoder.decode(bytes, baseOffset: base)
                return nil
            } catch let e as DecodeError {
                return e
            } catch {
                return nil
            }
        }
        let cases: [([UInt8], String, Int)] = [
            ([0x01, 0x27, 0x0b], "unknown opcode 0x27", 1001),
            ([0xfb, 0x00, 0x0b], "unknown opcode 0xfb", 1000),
            ([0xfd, 0x94, 0x02, 0x0b], "unknown 0xfd subopcode: 0x114", 1000),
            ([0xfe, 0x04, 0x0b], "unknown 0xfe subopcode: 0x4", 1000),
            ([0xfc, 0x80, 0x80, 0x80, 0x80, 0x10, 0x0b], "integer representation too long or too large", 1001),
            ([0x41], "unexpected end of input", 1001),
            ([0x41, 0x80], "unexpected end of input", 1002),
            ([0x43, 0x00, 0x00], "runs past the end", 1001),
            ([0x28, 0x03, 0x00, 0x0b], "alignment 2**3 is larger than natural (2**2)", 1001),
            ([0x28, 0x80, 0x01, 0x00, 0x0b], "malformed memop alignment", 1001),
            ([0xfd, 0x15, 0x10, 0x0b], "invalid lane index 16", 1002),
            ([0xfd, 0x54, 0x00, 0x00, 0x10, 0x0b], "invalid lane index 16", 1004),
            ([0xfd, 0x0d] + [UInt8](repeating: 0, count: 15) + [0x20, 0x0b], "invalid lane index in i8x16.shuffle", 1002),
            ([0x02, 0x50, 0x0b, 0x0b], "invalid value type 0x50", 1001),
            ([0x1c, 0x01, 0x50, 0x0b], "invalid value type 0x50", 1002),
            ([0x1f, 0x40, 0x01, 0x04, 0x00, 0x0b, 0x0b], "invalid catch kind 0x4", 1003),
            ([0xfe, 0x03, 0x01, 0x0b], "nonzero byte after atomic.fence", 1002),
            ([0x05, 0x0b], "else found outside of an if block", 1000),
            ([0x02, 0x40, 0x05, 0x0b, 0x0b], "else found outside of an if block", 1002),
            ([0x07, 0x00, 0x0b], "catch found outside of a try block", 1000),
            ([0x06, 0x40, 0x19, 0x07, 0x00, 0x0b, 0x0b], "catch found outside of a try block", 1003),
            ([0x06, 0x40, 0x07, 0x00, 0x18, 0x00, 0x0b], "delegate found outside of a try block", 1004),
            ([0x0b, 0x01], "operators remaining after end of function body", 1001),
            ([0x02, 0x40, 0x0b], "function body ends before its final end", 1003),
            ([], "function body ends before its final end", 1000),
            ([0x0e, 0x05, 0x00, 0x0b], "count 5 exceeds", 1001),
            ([0xd0, 0x50, 0x0b], "invalid heap type", 1001),
            ([0x02, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x0b, 0x0b], "invalid block type", 1001),
        ]
        for (bytes, message, offset) in cases {
            guard let e = error(bytes) else {
                XCTFail("accepted \(bytes.map { String($0, radix: 16) })")
                continue
            }
            XCTAssertTrue(e.message.contains(message), "\(bytes): got \(e.message), expected \(message)")
            XCTAssertEqual(e.offset, offset, "\(bytes): \(e.message)")
        }
        // Valid corner cases.
        XCTAssertNoThrow(try InstructionDecoder.decode([0x06, 0x40, 0x07, 0x00, 0x19, 0x0b, 0x0b]))
        XCTAssertNoThrow(try InstructionDecoder.decode([0x06, 0x40, 0x06, 0x40, 0x18, 0x00, 0x0b, 0x0b]))
        // Memory index 1, and an explicit memory index 0, both re-encode as they were.
        for bytes: [UInt8] in [[0x28, 0x42, 0x01, 0x00, 0x0b], [0x28, 0x42, 0x00, 0x00, 0x0b]] {
            var e = InstructionEncoder()
            XCTAssertNoThrow(try InstructionDecoder.decode(bytes).forEach { e.emit($0) })
            XCTAssertEqual(e.bytes, bytes)
        }
    }

    /// Mutated and truncated real bodies: decoding never traps (only `DecodeError`), and any
    /// mutant that decodes re-encodes to exactly its bytes.
    func testMutatedBodiesDecodeOrThrow() throws {
        var state: UInt64 = 12345
        func random(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var bodies: [[UInt8]] = []
        for path in Corpus.archivePaths where path.hasSuffix("/libc++abi-mt-except.a") || path.hasSuffix("wasm32-wasi/libc.a") {
            for member in try Archive.read(try Corpus.read(path)).members.prefix(150) where WasmModule.isWasm(member.data) {
                bodies += try ModuleReader.read(member.data).codeBodies.map(\.code)
            }
        }
        XCTAssertGreaterThan(bodies.count, 100)
        var decoded = 0
        var rejected = 0
        var mismatches: [String] = []
        func attempt(_ bytes: [UInt8]) {
            do {
                let instructions = try InstructionDecoder.decode(bytes, baseOffset: 7)
                decoded += 1
                var encoder = InstructionEncoder()
                for instruction in instructions { encoder.emit(instruction) }
                if encoder.bytes != bytes && mismatches.count < 10 {
                    mismatches.append(bytes.map { String($0, radix: 16) }.joined(separator: " "))
                }
            } catch let error as DecodeError {
                rejected += 1
                XCTAssertGreaterThanOrEqual(error.offset, 7)
                XCTAssertLessThanOrEqual(error.offset, 7 + bytes.count)
            } catch {
                XCTFail("not a DecodeError: \(error)")
            }
        }
        for body in bodies {
            for _ in 0..<20 {
                var mutant = body
                switch random(4) {
                case 0: mutant.removeSubrange(random(mutant.count)...)
                case 1: mutant[random(mutant.count)] = UInt8(random(256))
                case 2: mutant.insert(UInt8(random(256)), at: random(mutant.count + 1))
                default: mutant.remove(at: random(mutant.count))
                }
                attempt(mutant)
            }
        }
        for _ in 0..<20_000 {
            attempt((0..<(1 + random(12))).map { _ in UInt8(random(256)) } + [0x0b])
        }
        XCTAssertEqual(mismatches, [])
        print("mutants: \(decoded) decoded and re-encoded identically, \(rejected) rejected with DecodeError")
    }

    func testFloatText() {
        XCTAssertEqual(FloatText.f32(Float(1.5).bitPattern), "0x1.8p+0 (;=1.5;)")
        XCTAssertEqual(FloatText.f32(Float(1e20).bitPattern), "0x1.5af1d8p+66 (;=100000000000000000000;)")
        XCTAssertEqual(FloatText.f32(1), "0x1.p-149 (;=0.000000000000000000000000000000000000000000001;)")
        XCTAssertEqual(FloatText.f32(0x8000_0000), "-0x0p+0 (;=-0;)")
        XCTAssertEqual(FloatText.f32(0x7fc0_0000), "nan (;=NaN;)")
        XCTAssertEqual(FloatText.f32(0xffa0_0000), "-nan:0x200000 (;=NaN;)")
        XCTAssertEqual(FloatText.f64(Double(0.1).bitPattern), "0x1.999999999999ap-4 (;=0.1;)")
        XCTAssertEqual(FloatText.f64(Double(-Double.infinity).bitPattern), "-inf (;=-inf;)")
    }
}

/// Finding and running wasm-tools, and cutting its `print` output into function bodies.
enum WasmTools {
    static let path: String? = {
        var candidates = ["/usr/local/bin/wasm-tools"]
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates.append("\(dir)/wasm-tools")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs wasm-tools; returns stdout, throws on a non-zero exit.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw DecodeError("wasm-tools \(arguments.joined(separator: " ")) failed: "
                              + (String(data: errors, encoding: .utf8) ?? ""), offset: 0)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The instruction lines of each defined function of `wasm-tools print` output, with the
    /// four spaces of the body's base indentation removed and `(local ...)` lines dropped.
    static func functionBodies(_ text: String) -> [[String]] {
        var bodies: [[String]] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  (func ") {
                if isOneLineFunction(line) {
                    bodies.append([])
                } else {
                    current = []
                }
                continue
            }
            guard current != nil else { continue }
            if line == "  )" {
                bodies.append(current ?? [])
                current = nil
            } else if line.hasPrefix("    (local ") && (current ?? []).isEmpty {
                continue
            } else {
                current?.append(String(line.dropFirst(4)))
            }
        }
        return bodies
    }

    /// `  (func (;3;) (type 0))`: a function with neither locals nor instructions.
    private static func isOneLineFunction(_ line: Substring) -> Bool {
        var depth = 0
        var inComment = false
        var previous: Character = " "
        for ch in line {
            if inComment {
                if previous == ";" && ch == ")" { inComment = false }
            } else if previous == "(" && ch == ";" {
                inComment = true
                depth -= 1
            } else if ch == "(" {
                depth += 1
            } else if ch == ")" {
                depth -= 1
            }
            previous = ch
        }
        return depth == 0
    }
}
