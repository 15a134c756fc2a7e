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
        let exception: UInt32 = managedType.results.isEmpty ? 3 : 4
        var code = WasmCode()
        code.emit(.block, blockType: .value(.i32))
        code.tryTable(catches: [(kind: .catch, tagSymbol: context.exceptionTag, label: 0)])
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
        locals.append(.i32)
        let symbol = context.builder.defineFunction(name, type: FunctionType(params: [.i32, .i32, .i32], results: []),
                                                    body: code.functionBody(locals: locals), relocations: code.relocations)
        context.builder.addComdat(name, symbols: [symbol])
        return symbol
    }
}
