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

    /// Set once the error limit is exceeded: lld stops there, so nothing more is printed.
    public private(set) var limitExceeded = false

    public func error(_ message: String) {
        guard !limitExceeded else { return }
        if errorLimit == 0 || errorCount < errorLimit {
            report("\(toolName): error: \(message)", message)
        } else if errorCount == errorLimit {
            report("\(toolName): error: too many errors emitted, stopping now (use -error-limit=0 to see all errors)", "")
            limitExceeded = true
        }
        errorCount += 1
    }

    public func warning(_ message: String) {
        guard !limitExceeded else { return }
        if fatalWarnings {
            error(message)
        } else {
            report("\(toolName): warning: \(message)", message)
        }
    }

    /// Informational output (`--print-gc-sections`), on standard output as lld writes it.
    public func message(_ text: String) {
        guard !limitExceeded else { return }
        standardOutput(text)
    }

    public var hasErrors: Bool { errorCount > 0 }
}
