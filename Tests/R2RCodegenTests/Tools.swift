import Foundation
import XCTest

/// The external tools these tests compare against, and scratch directories for them.
enum Tools {
    /// This package's root, from this file's path (Tests/R2RCodegenTests/Tools.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let mcs = "/usr/bin/mcs"
    static let wasmLD = "/opt/swift/usr/bin/wasm-ld"
    static let clang = "/opt/swift/usr/bin/clang"
    static let wasmTools = "/usr/local/bin/wasm-tools"
    static let objdump = "/usr/bin/llvm-objdump-14"
    static let nm = "/usr/bin/llvm-nm-14"
    /// The release linker `make test` builds before running the tests.
    static var r2rLD: String { packageRoot.appendingPathComponent(".build/release/r2r-ld").path }

    /// r2r-cc built beside the test executable (the same configuration).
    static var r2rCC: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("r2r-cc").path
    }

    static func require(_ path: String) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: path) else { throw XCTSkip("\(path) is not installed") }
        return path
    }

    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs `tool`; standard error goes through a file so neither stream can block the other.
    static func run(_ tool: String, _ arguments: [String], in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let errorURL = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        try Data().write(to: errorURL)
        let errors = try FileHandle(forWritingTo: errorURL)
        defer {
            try? errors.close()
            try? FileManager.default.removeItem(at: errorURL)
        }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errors
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: output, as: UTF8.self),
                      err: (try? String(contentsOf: errorURL, encoding: .utf8)) ?? "")
    }

    /// Runs `tool` and fails the test unless it exits with 0; returns its standard output.
    static func check(_ tool: String, _ arguments: [String], in directory: URL,
                      file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try run(tool, arguments, in: directory)
        XCTAssertEqual(result.status, 0, "\(tool) \(arguments): \(result.err)", file: file, line: line)
        return result.out
    }
}

extension XCTestCase {
    /// A new directory, removed after the test.
    func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("r2r-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }

}

extension Tools {
    /// Compiles C# `source` with mcs into `<name>` in `directory`.
    static func compileCSharp(_ source: String, name: String = "Demo.exe", in directory: URL) throws -> URL {
        let mcs = try Tools.require(Tools.mcs)
        let sourceURL = directory.appendingPathComponent("source.cs")
        try source.write(to: sourceURL, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent(name)
        let target = name.hasSuffix(".dll") ? ["-target:library"] : []
        _ = try Tools.check(mcs, target + ["-out:" + output.path, sourceURL.path], in: directory)
        return output
    }
}
