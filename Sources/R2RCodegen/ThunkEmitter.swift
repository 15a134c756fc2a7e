import ObjWriter

/// `M<signature>` invoke thunks (Runtime/ABI.md): `void(i32 function, i32 args, i32 ret)` calling
/// a managed function of that signature with arguments from 8-byte slots.
enum ThunkEmitter {
    /// Defines the thunk for a managed wasm type in its own COMDAT (every object may carry it).
    /// The thunk is where managed code returns to C: an exception no managed handler caught ends
    /// the program there, through the core library's unhandled-exception report.
    static func define(signature: String, managedType: FunctionType, in context: ObjectContext) throws -> SymbolIndex {
        let name = SymbolNames.thunk(signature)
        let reporter = try context.methodSymbol(try context.types.coreMethod("System", "ThrowHelper", "ReportUnhandled"))
        // Locals after the three parameters: the result, if any, then the caught exception.
        let locals = Array(managedType.results.prefix(1)) + [ValueType.i32]
        let result: UInt32 = 3, exception = 3 + UInt32(locals.count - 1)
        var code = WasmCode()
        code.beginCatching(tag: context.exceptionTag)
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
        if let resultType = managedType.results.first {
            code.localSet(result)
            code.localGet(2)
            code.localGet(result)
            MemoryAccess.store(resultType, size: resultType == .i64 || resultType == .f64 ? 8 : 4, offset: 0, into: &code)
        }
        code.emit(.return)
        code.end()
        code.emit(.unreachable)
        code.end()
        code.localSet(exception)
        code.globalGet(symbol: context.stackPointer)
        code.localGet(exception)
        code.i32Const(0)
        code.call(functionSymbol: reporter)
        code.emit(.unreachable)
        code.emit(.end)
        let symbol = context.builder.defineFunction(name, type: FunctionType(params: [.i32, .i32, .i32], results: []),
                                                    body: code.functionBody(locals: locals), relocations: code.relocations)
        context.builder.addComdat(name, symbols: [symbol])
        return symbol
    }
}
