/// A failure to read an assembly, a symbol file or IL: what was wrong, where, and in what.
///
/// Every reader in this module reports bad input by throwing this, never by trapping.
public struct MetadataError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What was being read, e.g. `"#Blob"`, `"TypeDef row 12"`, `"method Foo::Bar"`.
    public var context: String
    /// What was wrong, e.g. `"unexpected end of input"`.
    public var message: String
    /// Byte offset from the start of the file.
    public var offset: Int

    public init(_ message: String, context: String = "", offset: Int) {
        self.message = message
        self.context = context
        self.offset = offset
    }

    public var description: String {
        context.isEmpty ? "\(message) (offset \(offset))" : "\(context): \(message) (offset \(offset))"
    }

    /// The same error with an outer context prepended, e.g. the method whose body failed.
    public func within(_ outer: String) -> MetadataError {
        MetadataError(message, context: context.isEmpty ? outer : "\(outer): \(context)", offset: offset)
    }
}
