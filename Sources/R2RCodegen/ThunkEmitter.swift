import ObjWriter

/// `M<signature>` invoke thunks (Runtime/ABI.md): `void(i32 function, i32 args, i32 ret)` calling
/// a managed function of that signature with arguments from 8-byte slots.
enum ThunkEmitter {
    /// Defines the thunk for a managed wasm type in its own COMDAT (every object may carry it).
    static func define(signature: String, managedType: FunctionType, in context: ObjectContext) -> SymbolIndex {
        let name = SymbolNames.thunk(signature)
        var code = WasmCode()
        code.globalGet(symbol: context.stackPointer)
        // Managed parameters between `sp` and the entry point, one slot each.
        for (slot, type) in managedType.params.dropFirst().dropLast().enumerated() {
            code.localGet(1)
            MemoryAccess.load(type, size: type == .i64 || type == .f64 ? 8 : 4, signed: false, offset: slot * 8, into: &code)
        }
        code.i32Const(0)
        code.localGet(0)
        // As LLVM does without reference types: table byte 0x00, and the table imported so the object validates.
        _ = context.indirectFunctionTable
        code.callIndirect(typeIndex: context.builder.typeIndex(of: managedType), tableSymbol: nil)
        var locals: [ValueType] = []
        if let result = managedType.results.first {
            locals = [result]
            code.localSet(3)
            code.localGet(2)
            code.localGet(3)
            MemoryAccess.store(result, size: result == .i64 || result == .f64 ? 8 : 4, offset: 0, into: &code)
        }
        code.emit(.end)
        let symbol = context.builder.defineFunction(name, type: FunctionType(params: [.i32, .i32, .i32], results: []),
                                                    body: code.functionBody(locals: locals), relocations: code.relocations)
        context.builder.addComdat(name, symbols: [symbol])
        return symbol
    }
}
