import XCTest
import ECMA335

/// Damaged assemblies must be reported, never crash: truncations and seeded byte flips of real
/// assemblies, each read completely (tables, signatures, bodies, instructions, attributes) and
/// listed with --dump-il's renderer.
final class AssemblyMutationTests: XCTestCase {
    static let samples = ["cert-sync.exe", "I18N.dll", "Mono.Btls.Interface.dll"].map { "/usr/lib/mono/4.5/" + $0 }

    /// A deterministic generator (SplitMix64), so every run flips the same bytes.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Reads a mutant the way r2r-cc would; returns whether it was rejected.
    func examine(_ bytes: [UInt8], _ resolver: AssemblyResolver) -> Bool {
        do {
            let file = try AssemblyFile(bytes: bytes)
            _ = try resolver.withTemporary(file) { try resolver.readCompletely($0) }
            _ = try ILDump.render(file)
            return false
        } catch let error as MetadataError {
            XCTAssert(error.offset >= 0 && error.offset <= bytes.count, "offset \(error.offset) outside the file: \(error)")
            return true
        } catch {
            XCTFail("unexpected error type: \(error)")
            return true
        }
    }

    func testTruncationsAndByteFlipsNeverCrash() throws {
        let samples = try Self.samples.map { path -> [UInt8] in
            guard let data = FileManager.default.contents(atPath: path) else { throw XCTSkip("mono is not installed") }
            return [UInt8](data)
        }
        let resolver = AssemblyResolver(searchDirectories: ["/usr/lib/mono/4.5"])
        _ = try resolver.assembly(named: "mscorlib")
        var random = SplitMix64(state: 0x5EED)
        var truncations = 0, truncationsRejected = 0, flips = 0, flipsRejected = 0
        for bytes in samples {
            XCTAssertFalse(examine(bytes, resolver), "the unmodified sample must read cleanly")
            // Every 97th length plus the last 64: cuts through headers, tables, heaps and bodies.
            for length in Set(Array(stride(from: 0, to: bytes.count, by: 97)) + Array(max(0, bytes.count - 64)..<bytes.count)) {
                truncations += 1
                if examine(Array(bytes[..<length]), resolver) { truncationsRejected += 1 }
            }
            for _ in 0..<3_400 {
                var mutant = bytes
                for _ in 0..<(1 + random.below(4)) { mutant[random.below(mutant.count)] ^= UInt8(1 + random.below(255)) }
                flips += 1
                if examine(mutant, resolver) { flipsRejected += 1 }
            }
        }
        print("mutation: \(truncations) truncations (\(truncationsRejected) rejected), "
            + "\(flips) byte-flip mutants (\(flipsRejected) rejected), 0 crashes")
        XCTAssertEqual(truncationsRejected, truncations, "every truncated assembly must be rejected")
        XCTAssertGreaterThanOrEqual(flips, 10_000)
    }
}
