import Foundation
import XCTest
import ObjWriter

/// Every wasm object of the corpus, read into the model and written back, must be byte-identical.
final class ModuleRoundTripTests: XCTestCase {
    struct Outcome {
        var objects = 0
        var identical = 0
        /// Members that are not wasm (the LLVM bitcode of emscripten's `lto/` libraries).
        var bitcode = 0
        var failures: [String] = []
    }

    static func roundTrip(_ name: String, _ bytes: [UInt8], into outcome: inout Outcome) {
        guard WasmModule.isWasm(bytes) else {
            if bytes.starts(with: [0x42, 0x43, 0xc0, 0xde]) {
                outcome.bitcode += 1
            } else {
                outcome.failures.append("\(name): neither wasm nor LLVM bitcode")
            }
            return
        }
        outcome.objects += 1
        do {
            let written = ModuleWriter.write(try ModuleReader.read(bytes))
            if written == bytes {
                outcome.identical += 1
            } else {
                outcome.failures.append("\(name): first difference at offset \(firstDifference(written, bytes))")
            }
        } catch {
            outcome.failures.append("\(name): \(error)")
        }
    }

    func testEveryCorpusObjectRoundTripsIdentically() throws {
        let archives = Corpus.archivePaths
        XCTAssertGreaterThan(archives.count, 150, "corpus missing: run scripts/bootstrap")
        let results = LockedResults<Outcome>()
        let errors = LockedResults<String>()
        DispatchQueue.concurrentPerform(iterations: archives.count) { i in
            var outcome = Outcome()
            do {
                let archive = try Archive.read(try Corpus.read(archives[i]))
                for member in archive.members {
                    ModuleRoundTripTests.roundTrip("\(archives[i])(\(member.name))", member.data, into: &outcome)
                }
            } catch {
                errors.append("\(archives[i]): \(error)")
            }
            results.append(outcome)
        }
        var total = Outcome()
        for path in Corpus.objectPaths {
            ModuleRoundTripTests.roundTrip(path, try Corpus.read(path), into: &total)
        }
        for outcome in results.items {
            total.objects += outcome.objects
            total.identical += outcome.identical
            total.bitcode += outcome.bitcode
            total.failures += outcome.failures
        }
        print("round-trip: \(total.objects) objects, \(total.identical) identical "
              + "(\(archives.count) archives; \(total.bitcode) LLVM bitcode members are not wasm and were skipped)")
        XCTAssertEqual(errors.items, [])
        XCTAssertEqual(total.failures.sorted().prefix(20), [])
        XCTAssertEqual(total.objects, total.identical)
        XCTAssertGreaterThan(total.objects, 40_000)
    }
}
