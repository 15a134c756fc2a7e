import ObjWriter

/// How one managed value crosses a call boundary (R2R-WASM.md §6).
public enum LoweredValue: Equatable, Sendable {
    case scalar(ValueType)
    /// A struct passed by reference to a caller-owned copy, or returned through a buffer.
    case byReference(size: Int)
    /// A struct with no fields: elided.
    case empty
}

/// The wasm signature of a managed method and its signature string.
public struct ManagedSignature: Sendable {
    public var wasmType: FunctionType
    /// E.g. `iip`, `vTp`, `S16ilp`.
    public var signatureString: String
    public var returnValue: LoweredValue?
    public var parameters: [LoweredValue]
    public var hasThis: Bool
    public var hasReturnBuffer: Bool { if case .byReference = returnValue { true } else { false } }
}

extension TypeSystem {
    public func lower(_ id: TypeID) -> LoweredValue {
        let info = self[id]
        switch info.kind {
        case .void: return .empty
        case .primitive(let kind):
            switch kind {
            case .i8, .u8: return .scalar(.i64)
            case .r4: return .scalar(.f32)
            case .r8: return .scalar(.f64)
            default: return .scalar(.i32)
            }
        case .classType, .szArray, .pointer, .byRef: return .scalar(.i32)
        case .valueType:
            if info.fieldOffsets.isEmpty { return .empty }
            if let field = info.singleField { return lower(field) }
            return .byReference(size: info.size)
        }
    }

    /// The managed calling convention: `sp`, `[this]`, `[retbuf]`, parameters, portable entry point.
    public func managedSignature(_ shape: MethodShape) -> ManagedSignature {
        var params: [ValueType] = [.i32]
        var text = ""
        let returnValue: LoweredValue? = self[shape.returnType].kind == .void ? nil : lower(shape.returnType)
        switch returnValue {
        case nil, .empty?: text = "v"
        case .scalar(let type)?: text = Self.code(type)
        case .byReference(let size)?: text = "S\(size)"
        }
        if shape.hasThis {
            params.append(.i32)
            text += "T"
        }
        if case .byReference? = returnValue { params.append(.i32) }
        let lowered = shape.parameters.map(lower)
        for value in lowered {
            switch value {
            case .scalar(let type):
                params.append(type)
                text += Self.code(type)
            case .byReference(let size):
                params.append(.i32)
                text += "S\(size)"
            case .empty:
                text += "e"
            }
        }
        params.append(.i32)
        text += "p"
        var results: [ValueType] = []
        if case .scalar(let type)? = returnValue { results = [type] }
        return ManagedSignature(wasmType: FunctionType(params: params, results: results), signatureString: text,
                                returnValue: returnValue, parameters: lowered, hasThis: shape.hasThis)
    }

    /// The plain C signature of a P/Invoke: lowered parameters, no `sp`, no entry point.
    public func nativeSignature(_ shape: MethodShape) throws -> FunctionType {
        func scalar(_ id: TypeID) throws -> ValueType {
            if case .valueType = self[id].kind {
                throw CompileError("P/Invoke parameter of struct type \(self[id].name) is not supported")
            }
            guard case .scalar(let type) = lower(id) else {
                throw CompileError("P/Invoke parameter of type \(self[id].name) is not blittable to a scalar")
            }
            return type
        }
        let results = self[shape.returnType].kind == .void ? [] : [try scalar(shape.returnType)]
        return FunctionType(params: try shape.parameters.map(scalar), results: results)
    }

    static func code(_ type: ValueType) -> String {
        switch type {
        case .i64: "l"
        case .f32: "f"
        case .f64: "d"
        case .v128: "V"
        default: "i"
        }
    }
}
