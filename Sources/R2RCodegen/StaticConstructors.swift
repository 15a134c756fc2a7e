import ECMA335
import ObjWriter

/// Type initializers: a `.cctor` runs once, before the first access to a static field of its
/// type, and, unless the type is `beforefieldinit`, before the first static method call or
/// instance creation (ECMA-335 II.10.5.3.1). Each such type has a one-byte "ran" flag.
extension BlockTranslator {
    static let beforeFieldInitFlag: UInt32 = 0x0010_0000

    /// Emits the trigger for `owner`'s type initializer, if it has one and we are not inside it.
    mutating func triggerTypeInitializer(of owner: TypeID, forFieldAccess: Bool) throws {
        guard let definition = types[owner].definition else { return }
        let file = types.resolver[definition.assembly]
        let typeRow = try file.metadata.typeDef(definition.typeDefRow)
        guard forFieldAccess || typeRow.flags & Self.beforeFieldInitFlag == 0 else { return }
        guard let cctor = try file.methodRows(ofType: definition.typeDefRow).first(where: {
            let m = try file.metadata.methodDef($0)
            return m.flags & 0x10 != 0 && file.metadata.stringEquals(m.name.offset, ".cctor")
        }) else { return }
        // Code in the type itself runs after (or during) its initializer.
        let current = try compiler.types.resolver[assembly].declaringType(ofMethod: compiler.method.row)
        if definition.assembly == assembly, definition.typeDefRow == current { return }
        let name = "CCTOR:" + types[owner].name
        let context = self.context
        let flag = try context.dataSymbol(name, define: definition.assembly == assembly ? {
            context.builder.defineData(name, segmentName: ".bss." + name, bytes: [0], alignmentLog2: 0)
        } : nil)
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
