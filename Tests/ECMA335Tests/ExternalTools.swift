import Foundation
import XCTest

/// Compiling C# test programs with mcs, and running the tools tests compare against.
struct CompiledCSharp {
    var dir: URL
    var exe: URL
    var mdb: [UInt8]
}

extension XCTestCase {
    /// Writes `sources` to a new directory, removed after the test, and compiles them with `mcs -debug`.
    func compile(_ sources: [String: String]) throws -> CompiledCSharp {
        guard let mcs = ExternalTool.tool("mcs") else { throw XCTSkip("mcs is not installed") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mdb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            let url = dir.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let exe = dir.appendingPathComponent("Test.exe")
        _ = try ExternalTool.run(mcs, ["-debug", "-out:" + exe.path] + paths, in: dir)
        return CompiledCSharp(dir: dir, exe: exe, mdb: [UInt8](try Data(contentsOf: URL(fileURLWithPath: exe.path + ".mdb"))))
    }

}

enum ExternalTool {
    /// An executable on PATH, or in /usr/bin.
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return (path.split(separator: ":").map(String.init) + ["/usr/bin"])
            .map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct ToolFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `tool` and returns its standard output; a failure is an error carrying its standard error.
    static func run(_ tool: String?, _ arguments: [String], in dir: URL) throws -> String {
        let tool = try XCTUnwrap(tool, "tool not found")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = dir
        // A file for standard error, so neither stream can fill up while the other is read.
        let errorURL = dir.appendingPathComponent("stderr-\(UUID().uuidString)")
        try Data().write(to: errorURL)
        let errors = try FileHandle(forWritingTo: errorURL)
        defer { try? errors.close() }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errors
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
            throw ToolFailure(description: "\(tool) \(arguments) exited with \(process.terminationStatus): \(message)")
        }
        return String(decoding: output, as: UTF8.self)
    }
}

