import Foundation

/// Errors and warnings worded as wasm-ld words them, prefixed with the tool name.
///
/// Errors are counted; once `errorLimit` is reached linking stops. The driver checks
/// `errorCount` between stages, as lld does, and exits 1 without writing output.
public final class Diagnostics: @unchecked Sendable {
    public let toolName: String
    public var errorLimit: Int = 20
    public var fatalWarnings = false
    public private(set) var errorCount = 0
    private var output: (String) -> Void
    private var standardOutput: (String) -> Void
    /// lld separates a diagnostic from a multi-line one before it with a blank line.
    private var separator = ""

    public init(toolName: String = "r2r-ld", output: @escaping (String) -> Void = Diagnostics.standardError,
                standardOutput: @escaping (String) -> Void = Diagnostics.standardOutput) {
        self.toolName = toolName
        self.output = output
        self.standardOutput = standardOutput
    }

    public static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    public static func standardOutput(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private func report(_ line: String, _ message: String) {
        output(separator + line)
        separator = message.contains("\n") ? "\n" : ""
    }

    /// Thrown once the error limit is reached, to unwind the link.
    public struct LimitReached: Error {}

    public func error(_ message: String) {
        errorCount += 1
        if errorLimit != 0 && errorCount > errorLimit { return }
        report("\(toolName): error: \(message)", message)
        if errorLimit != 0 && errorCount == errorLimit {
            report("\(toolName): error: too many errors emitted, stopping now (use --error-limit=0 to see all errors)", "")
        }
    }

    public func warning(_ message: String) {
        if fatalWarnings {
            error(message)
        } else {
            report("\(toolName): warning: \(message)", message)
        }
    }

    /// Informational output (`--print-gc-sections`), on standard output as lld writes it.
    public func message(_ text: String) {
        standardOutput(text)
    }

    public var hasErrors: Bool { errorCount > 0 }

    /// Throws `LimitReached` if any error has been reported.
    public func checkpoint() throws {
        if errorCount > 0 { throw LimitReached() }
    }
}
