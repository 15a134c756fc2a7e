/// ilasm-style text for signatures, as ildasm prints them: `int32[0...,0...]`,
/// `class [mscorlib]System.Collections.Generic.List`1<!0>`, `method void *(int32)`,
/// `int32 modreq([mscorlib]System.Runtime.CompilerServices.IsVolatile)`.
///
/// Type names come from a closure, so printing needs no metadata reader.
public struct SignaturePrinter {
    /// The name of a TypeDef, TypeRef or TypeSpec token, e.g. `[mscorlib]System.Object`.
    public var typeName: (MetadataToken) -> String

    public init(typeName: @escaping (MetadataToken) -> String) {
        self.typeName = typeName
    }

    public func text(_ type: TypeSig) -> String {
        switch type {
        case .void: "void"
        case .bool: "bool"
        case .char: "char"
        case .i1: "int8"
        case .u1: "uint8"
        case .i2: "int16"
        case .u2: "uint16"
        case .i4: "int32"
        case .u4: "uint32"
        case .i8: "int64"
        case .u8: "uint64"
        case .r4: "float32"
        case .r8: "float64"
        case .string: "string"
        case .object: "object"
        case .typedByRef: "typedref"
        case .intPtr: "native int"
        case .uintPtr: "native uint"
        case .pointer(let target): text(target) + "*"
        case .byRef(let target): text(target) + "&"
        case .valueType(let token): "valuetype " + typeName(token)
        case .classType(let token): "class " + typeName(token)
        case .genericParam(let index): "!\(index)"
        case .methodGenericParam(let index): "!!\(index)"
        case .szArray(let element): text(element) + "[]"
        case .array(let element, let shape): text(element) + text(shape)
        case .genericInst(let isValueType, let genericType, let arguments):
            (isValueType ? "valuetype " : "class ") + typeName(genericType)
                + "<" + arguments.map(text).joined(separator: ",") + ">"
        case .functionPointer(let method):
            "method " + callingConventionPrefix(method, spellDefault: false) + text(method.returnType)
                + " *" + arityAndParameters(method)
        case .modified(let required, let modifier, let inner):
            text(inner) + (required ? " modreq(" : " modopt(") + typeName(modifier) + ")"
        case .pinned(let inner): text(inner) + " pinned"
        }
    }

    /// ildasm's array bounds: `[...]` for a bare rank 1, otherwise per dimension a size,
    /// `lo...`, `lo...hi` or nothing, separated by commas.
    public func text(_ shape: ArrayShape) -> String {
        if shape.rank == 1 && shape.sizes.isEmpty && shape.lowerBounds.isEmpty { return "[...]" }
        let dimensions = (0..<shape.rank).map { i -> String in
            let lower = i < shape.lowerBounds.count ? shape.lowerBounds[i] : 0
            if i < shape.sizes.count && lower == 0 { return "\(shape.sizes[i])" }
            guard i < shape.lowerBounds.count else { return "" }
            return i < shape.sizes.count ? "\(lower)...\(lower + shape.sizes[i] - 1)" : "\(lower)..."
        }
        return "[" + dimensions.joined(separator: ",") + "]"
    }

    /// E.g. `default int32 (string, object[])`, `instance void ()`,
    /// `vararg void (int32, ..., string)`, `default void <[1]>(!!0)`.
    public func text(_ method: MethodSignature) -> String {
        callingConventionPrefix(method, spellDefault: true) + text(method.returnType) + " " + arityAndParameters(method)
    }

    public func text(_ field: FieldSignature) -> String { text(field.type) }

    /// E.g. `instance int32 (int32)` for an indexer.
    public func text(_ property: PropertySignature) -> String {
        (property.hasThis ? "instance " : "") + text(property.type) + " (" + list(property.parameterTypes) + ")"
    }

    /// E.g. `(int32, string pinned)`.
    public func text(_ locals: LocalVariablesSignature) -> String {
        "(" + list(locals.locals) + ")"
    }

    /// E.g. `<int32,string>`, as ildasm prints a generic method's instantiation.
    public func text(_ spec: MethodSpecSignature) -> String {
        "<" + spec.arguments.map(text).joined(separator: ",") + ">"
    }

    private func list(_ types: [TypeSig]) -> String {
        types.map(text).joined(separator: ", ")
    }

    /// `instance`, `explicit` and the kind, each followed by a space. The default kind is
    /// spelled `default` only when nothing else would precede the return type.
    private func callingConventionPrefix(_ method: MethodSignature, spellDefault: Bool) -> String {
        var words: [String] = []
        if method.hasThis { words.append("instance") }
        if method.explicitThis { words.append("explicit") }
        switch method.callingConvention {
        case .default, .generic: if spellDefault && words.isEmpty { words.append("default") }
        case .c: words.append("unmanaged cdecl")
        case .stdcall: words.append("unmanaged stdcall")
        case .thiscall: words.append("unmanaged thiscall")
        case .fastcall: words.append("unmanaged fastcall")
        case .vararg: words.append("vararg")
        case .unmanaged: words.append("unmanaged")
        }
        return words.map { $0 + " " }.joined()
    }

    /// `<[n]>` for a generic method (where ilasm puts the arity after a name), then the
    /// parameters with `...` at a vararg call site's SENTINEL.
    private func arityAndParameters(_ method: MethodSignature) -> String {
        var parameters = method.parameterTypes.map(text)
        if let sentinel = method.sentinelIndex, sentinel <= parameters.count {
            parameters.insert("...", at: sentinel)
        }
        var arity = ""
        if case .generic(let count) = method.callingConvention { arity = "<[\(count)]>" }
        return arity + "(" + parameters.joined(separator: ", ") + ")"
    }
}
