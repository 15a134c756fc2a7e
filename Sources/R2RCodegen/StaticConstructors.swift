import ECMA335
import ObjWriter

/// Type initializers: a `.cctor` runs once, before the first access to a static field of its
/// type, and, unless the type is `beforefieldinit`, before the first static method call or
/// instance creation (ECMA-335 II.10.5.3.1). Each such type has a state word, `CCTOR:<type>`:
/// byte 0 is 0 (not run), 1 (ran or running) or 2 (failed), and +4 holds the exception a failed
/// initializer threw. A failed type throws TypeInitializationException at every trigger.
extension BlockTranslator {
    /// Emits the trigger for `owner`'s type initializer, if it has one. The state is set before
    /// the initializer runs, so accesses from inside it (or from code it calls) do not re-enter it.
    mutating func triggerTypeInitializer(of owner: TypeID, forFieldAccess: Bool) throws {
        guard let definition = types[owner].definition else { return }
        let file = types.resolver[definition.assembly]
        let typeRow = try file.metadata.typeDef(definition.typeDefRow)
        guard forFieldAccess || typeRow.flags & TypeAttributes.beforeFieldInit == 0,
              let cctor = try file.typeInitializer(ofType: definition.typeDefRow) else { return }
        let state = try context.typeInitializerState(owner)
        let exception = compiler.scratchLocal(.i32, 5)
        loadState(state)
        code.i32Const(1)
        code.emit(.i32Ne)
        code.beginIf()
        loadState(state)
        code.emit(.i32Eqz)
        code.beginIf()
        storeState(state, 1)
        code.beginBlock()
        code.beginCatching(tag: context.exceptionTag)
        code.localGet(fp)
        code.i32Const(0)
        code.call(functionSymbol: try context.methodSymbol(MethodHandle(assembly: definition.assembly, row: cctor)))
        code.end()
        code.br(1)
        code.end()
        code.localSet(exception)
        storeState(state, 2)
        code.i32ConstMemoryAddress(symbol: state)
        code.localGet(exception)
        code.emit(.i32Store, align: 2, offset: 4)
        code.end()
        code.end()
        loadState(state)
        code.i32Const(2)
        code.emit(.i32Eq)
        code.beginIf()
        let name = types[owner].name.replacingOccurrences(of: "/", with: "+")
        let thrower = try types.coreMethod("System", "ThrowHelper", "ThrowTypeInitialization")
        code.localGet(fp)
        code.i32ConstMemoryAddress(symbol: try context.stringLiteral(Array(name.utf16)))
        code.i32ConstMemoryAddress(symbol: state)
        code.emit(.i32Load, align: 2, offset: 4)
        code.i32Const(0)
        code.call(functionSymbol: try context.methodSymbol(thrower))
        code.emit(.unreachable)
        code.end()
        code.end()
    }

    private mutating func loadState(_ state: SymbolIndex) {
        code.i32ConstMemoryAddress(symbol: state)
        code.emit(.i32Load8U, align: 0, offset: 0)
    }

    private mutating func storeState(_ state: SymbolIndex, _ value: Int32) {
        code.i32ConstMemoryAddress(symbol: state)
        code.i32Const(value)
        code.emit(.i32Store8, align: 0, offset: 0)
    }
}
