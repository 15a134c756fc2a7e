import Foundation
import XCTest
import WasmLink

/// Runs a tool and returns its exit status, stdout and stderr.
func runTool(_ path: String, _ arguments: [String], in directory: String? = nil) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// The in-process linker gives wasm-ld 21's bytes for a C program against wasi-libc (with its DWARF).
final class HelloLinkTests: XCTestCase {
    func testHelloWorldMatchesWasmLdByteForByte() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hello-link-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory + "/ref", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: directory + "/r2r", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "#include <stdio.h>\nint main(void) { printf(\"hello %d\\n\", 42); return 3; }\n"
            .write(toFile: directory + "/hello.c", atomically: true, encoding: .utf8)
        let compile = try runTool("/opt/swift/usr/bin/clang", ["--target=wasm32-wasi", "-isystem", "/usr/include/wasm32-wasi",
                                                                "-O2", "-c", "hello.c", "-o", "hello.o"], in: directory)
        XCTAssertEqual(compile.status, 0, compile.err)

        let inputs = ["/usr/lib/wasm32-wasi/crt1-command.o", "hello.o", "-L/usr/lib/wasm32-wasi", "-lc",
                      "/usr/lib/llvm-14/lib/clang/14.0.6/lib/wasi/libclang_rt.builtins-wasm32.a"]
        let reference = try runTool("/opt/swift/usr/bin/wasm-ld", inputs + ["-o", "ref/hello.wasm"], in: directory)
        XCTAssertEqual(reference.status, 0, reference.err)

        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(directory)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        XCTAssertEqual(Driver.linkerMain(inputs + ["-o", "r2r/hello.wasm"]), 0)

        let expected = try Data(contentsOf: URL(fileURLWithPath: directory + "/ref/hello.wasm"))
        let actual = try Data(contentsOf: URL(fileURLWithPath: directory + "/r2r/hello.wasm"))
        XCTAssertEqual(actual.count, expected.count)
        XCTAssertTrue(actual == expected, "r2r-ld output differs from wasm-ld's")
        let run = try runTool("/usr/local/bin/wasmtime", [directory + "/r2r/hello.wasm"])
        XCTAssertEqual(run.out, "hello 42\n")
        XCTAssertEqual(run.status, 3)
    }
}
