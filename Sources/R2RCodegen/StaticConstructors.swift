import ECMA335
import ObjWriter

/// Type initializers: a `.cctor` runs once, before the first access to a static field of its
/// type, and, unless the type is `beforefieldinit`, before the first static method call or
/// instance creation (ECMA-335 II.10.5.3.1). Each such type has a one-byte "ran" flag.
extension BlockTranslator {
    /// Emits the trigger for `owner`'s type initializer, if it has one. The flag is set before the
    /// initializer runs, so accesses from inside it (or from code it calls) do not re-enter it.
    mutating func triggerTypeInitializer(of owner: TypeID, forFieldAccess: Bool) throws {
        guard let definition = types[owner].definition else { return }
        let file = types.resolver[definition.assembly]
        let typeRow = try file.metadata.typeDef(definition.typeDefRow)
        guard forFieldAccess || typeRow.flags & TypeAttributes.beforeFieldInit == 0,
              let cctor = try file.typeInitializer(ofType: definition.typeDefRow) else { return }
        let flag = try context.typeInitializerFlag(owner)
        code.i32ConstMemoryAddress(symbol: flag)
        code.emit(.i32Load8U, align: 0, offset: 0)
        code.emit(.i32Eqz)
        code.beginIf()
        code.i32ConstMemoryAddress(symbol: flag)
        code.i32Const(1)
        code.emit(.i32Store8, align: 0, offset: 0)
        code.localGet(fp)
        code.i32Const(0)
        code.call(functionSymbol: try context.methodSymbol(MethodHandle(assembly: definition.assembly, row: cctor)))
        code.end()
    }
}
