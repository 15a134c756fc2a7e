import Foundation
import XCTest
import WasmLink
import ObjWriter

/// Damaged inputs end the link with an error (exit 1, no output file), never a crash.
final class MalformedInputTests: XCTestCase {
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }

    func testMutatedObjectsNeverCrashTheLinker() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("malformed-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let source = """
            #include <stdio.h>
            #include <stdlib.h>
            static int (*table[2])(int) = { abs, putchar };
            int counter = 3;
            __attribute__((constructor)) static void init(void) { counter++; }
            int main(void) { printf("%d %s\\n", table[0](-counter), "text"); return table[1]('x') == 'x'; }
            """
        try source.write(toFile: directory + "/main.c", atomically: true, encoding: .utf8)
        let compile = try runTool("/opt/swift/usr/bin/clang", ["--target=wasm32-wasi", "-isystem", "/usr/include/wasm32-wasi",
                                                                "-O1", "-g", "-c", "main.c", "-o", "main.o"], in: directory)
        XCTAssertEqual(compile.status, 0, compile.err)
        let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/main.o")))
        var random = Random(state: 0x1eed)
        var linked = 0
        var rejected = 0
        let output = directory + "/out.wasm"
        for round in 0..<1_500 {
            var mutant = original
            if round < 200 {
                mutant = Array(original.prefix(Int(random.next() % UInt64(original.count))))
            } else {
                for _ in 0..<(1 + Int(random.next() % 3)) {
                    let at = 8 + Int(random.next() % UInt64(original.count - 8))
                    mutant[at] = UInt8(truncatingIfNeeded: random.next())
                }
            }
            try Data(mutant).write(to: URL(fileURLWithPath: directory + "/mutant.o"))
            try? FileManager.default.removeItem(atPath: output)
            let diagnostics = Diagnostics(toolName: "r2r-ld", output: { _ in }, standardOutput: { _ in })
            let status = Driver.linkerMain(["/usr/lib/wasm32-wasi/crt1-command.o", directory + "/mutant.o",
                                            "-L/usr/lib/wasm32-wasi", "-lc", "-o", output], diagnostics: diagnostics)
            if status == 0 {
                linked += 1
                XCTAssertTrue(FileManager.default.fileExists(atPath: output))
            } else {
                rejected += 1
                XCTAssertEqual(status, 1)
                XCTAssertTrue(diagnostics.hasErrors)
                XCTAssertFalse(FileManager.default.fileExists(atPath: output), "a failed link left an output file")
            }
        }
        print("malformed objects: \(linked + rejected) links, \(linked) linked, \(rejected) rejected, 0 crashes")
        XCTAssertGreaterThan(rejected, 200)
    }

    /// A segment alignment beyond 2^31 is an error naming the segment (found by the mutation test,
    /// where it once overflowed the layout arithmetic).
    func testOverlargeSegmentAlignmentIsAnError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("align-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var object = ObjectBuilder()
        _ = object.defineData("value", segmentName: ".data.value", bytes: [1, 2, 3, 4], alignmentLog2: 40)
        try Data(ModuleWriter.write(object.build())).write(to: URL(fileURLWithPath: directory + "/align.o"))
        var messages: [String] = []
        let diagnostics = Diagnostics(toolName: "r2r-ld", output: { messages.append($0) }, standardOutput: { _ in })
        let status = Driver.linkerMain([directory + "/align.o", "--no-entry", "-o", directory + "/out.wasm"], diagnostics: diagnostics)
        XCTAssertEqual(status, 1)
        XCTAssertEqual(messages, ["r2r-ld: error: \(directory)/align.o: segment .data.value has alignment 2^40"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/out.wasm"))
    }
}
