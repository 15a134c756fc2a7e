/// A failure to decode wasm or archive bytes: what was wrong, where, and in which section.
///
/// Every reader in this module reports bad input by throwing this, never by trapping.
public struct DecodeError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The section (or archive member) being decoded, e.g. `"code"`, `"linking"`, `"archive member foo.o"`.
    public var context: String
    /// What was wrong, e.g. `"unexpected end of input"`.
    public var message: String
    /// Byte offset from the start of the file being decoded.
    public var offset: Int

    public init(_ message: String, context: String = "", offset: Int) {
        self.message = message
        self.context = context
        self.offset = offset
    }

    public var description: String {
        context.isEmpty ? "\(message) (offset \(offset))" : "\(context): \(message) (offset \(offset))"
    }
}
