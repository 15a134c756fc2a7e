import ECMA335

/// A method or type r2r-cc cannot compile: what, where (method and IL offset), and why.
public struct CompileError: Error, CustomStringConvertible, Sendable {
    public var message: String
    /// File offset in the input assembly, when one applies.
    public var offset: Int

    public init(_ message: String, offset: Int = 0) {
        self.message = message
        self.offset = offset
    }

    public init(_ error: MetadataError) {
        self.message = error.context.isEmpty ? error.message : "\(error.context): \(error.message)"
        self.offset = error.offset
    }

    public var description: String { "\(message) (offset \(offset))" }
}
