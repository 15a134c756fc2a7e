import Foundation
import XCTest
import ObjWriter

/// Deterministic pseudo-random numbers (SplitMix64), so every run tests the same mutants.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Damaged objects must be either decoded or rejected with a `DecodeError`:
/// a crash here ends the test process.
final class MutationTests: XCTestCase {
    /// Seeds chosen for the features they exercise: comdats, init functions, TLS, debug
    /// sections, data relocations, many symbol kinds.
    static func seedObjects() throws -> [(String, [UInt8])] {
        let picks: [(archive: String, want: (WasmModule) -> Bool)] = [
            ("\(Corpus.emscriptenLib)/libc++-noexcept.a", { m in
                m.linking?.subsections.contains { if case .comdatInfo = $0 { return true } else { return false } } ?? false
            }),
            ("\(Corpus.emscriptenLib)/libc++-noexcept.a", { m in
                m.linking?.subsections.contains { if case .initFuncs = $0 { return true } else { return false } } ?? false
            }),
            ("\(Corpus.emscriptenLib)/libc-mt.a", { m in
                m.linking?.segments.contains { $0.flags.contains(.tls) } ?? false
            }),
            ("\(Corpus.wasiLib)/libc.a", { m in
                m.sections.contains { $0.customName == ".debug_info" }
            }),
            ("\(Corpus.wasiLib)/libc.a", { m in
                m.relocationSections.contains { $0.name == "reloc.DATA" }
                    && m.linking?.symbols.contains { $0.kind == .global } ?? false
            }),
        ]
        var seeds: [(String, [UInt8])] = []
        for (path, want) in picks {
            let archive = try Archive.read(try Corpus.read(path))
            let member = try archive.members.first { try want(ModuleReader.read($0.data)) }
            let found = try XCTUnwrap(member, "no seed object in \(path)")
            seeds.append(("\(path)(\(found.name))", found.data))
        }
        seeds.append(("crt1-command.o", try Corpus.read("\(Corpus.wasiLib)/crt1-command.o")))
        return seeds
    }

    /// Section boundaries of a well-formed module: each section's start, first payload byte and end.
    static func sectionBoundaries(_ bytes: [UInt8]) throws -> [Int] {
        var cuts: [Int] = [0, 4, 8]
        try bytes.withUnsafeBufferPointer { buffer in
            var r = ByteReader(buffer)
            r.position = 8
            while !r.isAtEnd {
                let start = r.position
                _ = try r.readByte()
                let size = Int(try r.readVarUInt32())
                let payload = r.position
                cuts += [start, start + 1, payload, payload + size / 2, payload + size - 1]
                r.position = payload + size
            }
        }
        return cuts.filter { $0 < bytes.count }
    }

    struct Tally {
        var decoded = 0
        var rejected = 0
    }

    /// Decodes one mutant. When it decodes, writing it and reading that back must give the
    /// same model: the writer never produces bytes the reader rejects.
    static func check(_ mutant: [UInt8], _ tally: inout Tally) throws {
        let module: WasmModule
        do {
            module = try ModuleReader.read(mutant)
        } catch is DecodeError {
            tally.rejected += 1
            return
        }
        tally.decoded += 1
        let reread = try ModuleReader.read(ModuleWriter.write(module))
        XCTAssertEqual(reread, module)
    }

    func testTruncatedAndFlippedObjectsNeverCrash() throws {
        let seeds = try Self.seedObjects()
        var tally = Tally()
        var truncations = 0
        for (_, bytes) in seeds {
            for cut in try Self.sectionBoundaries(bytes) {
                truncations += 1
                try Self.check(Array(bytes[0..<cut]), &tally)
            }
        }
        var random = SplitMix64(state: 0x5eed)
        let flips = 12_000
        for i in 0..<flips {
            var mutant = seeds[i % seeds.count].1
            for _ in 0..<(1 + random.below(4)) {
                let at = 8 + random.below(mutant.count - 8)
                mutant[at] = random.below(2) == 0 ? UInt8(truncatingIfNeeded: random.next()) : mutant[at] ^ (1 << UInt8(random.below(8)))
            }
            try Self.check(mutant, &tally)
        }
        print("mutation: \(seeds.count) seeds, \(truncations) truncations, \(flips) flipped mutants: "
              + "\(tally.decoded) decoded, \(tally.rejected) rejected, 0 crashes")
        XCTAssertEqual(tally.decoded + tally.rejected, truncations + flips)
        XCTAssertGreaterThan(tally.rejected, flips / 4)
    }
}
