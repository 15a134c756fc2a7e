/// Linker symbol names (Runtime/ABI.md "Symbols"): unique, stable across builds, and readable in
/// the name section and in backtraces.
public enum SymbolNames {
    /// `Namespace.Type::Name(P1,P2)`; conversion operators, which overload on the return type, add `:Ret`.
    public static func method(owner: String, name: String, parameters: [String], returnType: String) -> String {
        let base = "\(owner)::\(name)(\(parameters.joined(separator: ",")))"
        return name == "op_Implicit" || name == "op_Explicit" ? base + ":" + returnType : base
    }

    public static func methodTable(_ typeName: String) -> String { "MT:" + typeName }
    public static func staticField(owner: String, name: String) -> String { "SF:\(owner)::\(name)" }
    public static func thunk(_ signature: String) -> String { "M" + signature }
    public static let exceptionTag = "__r2r_exception_tag"
    /// The core library method that reports an exception no handler caught and ends the program.
    public static let unhandledExceptionReporter = "System.ThrowHelper::ReportUnhandled(System.Exception)"
}

extension TypeSystem {
    public func symbolName(of method: MethodHandle) throws -> String {
        let file = resolver[method.assembly]
        let shape = try shape(of: method)
        return SymbolNames.method(owner: self[shape.declaringType].name,
                                  name: try file.metadata.string(try file.metadata.methodDef(method.row).name.offset),
                                  parameters: shape.parameters.map { self[$0].name }, returnType: self[shape.returnType].name)
    }
}
