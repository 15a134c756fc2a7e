import ECMA335
import ObjWriter

/// Virtual dispatch through MethodTable slots, casts, boxing and unboxing.
extension BlockTranslator {
    static let slotsOffset = 36

    /// `callvirt` of a virtual method: the function-table index in `this`'s MethodTable slot.
    mutating func emitVirtualCall(_ method: MethodHandle, _ shape: MethodShape, this: (kind: SlotKind, local: UInt32),
                                  parameters: [(kind: SlotKind, local: UInt32)], site: Int) throws {
        guard let slot = try types.slot(of: method) else {
            throw CompileError("\(try types.resolver[method.assembly].methodDisplayName(method.row)) has no virtual slot")
        }
        nullCheck(this.local)
        let target = compiler.scratchLocal(.i32, 2)
        code.localGet(this.local)
        code.emit(.i32Load, align: 2, offset: 0)
        code.emit(.i32Load, align: 2, offset: UInt64(Self.slotsOffset + 4 * slot))
        code.localSet(target)
        let signature = types.managedSignature(shape)
        _ = context.indirectFunctionTable
        try emitManagedCall(.indirect(target: target, type: signature.wasmType), shape, this: this, parameters: parameters, site: site)
    }

    /// Leaves 1 on the wasm stack when the object in `object` (non-null) is a `type`. A class is
    /// tested inline: its MethodTable or one up the object's parent chain. Interfaces and arrays
    /// (covariance) ask the runtime, which reads interface maps and element types.
    mutating func emitIsInstance(_ object: UInt32, _ type: TypeID) throws {
        let table = try context.methodTable(type)
        var isArray = false
        if case .szArray = types[type].kind { isArray = true }
        if try isArray || types.isInterface(type) {
            code.localGet(object)
            code.i32ConstMemoryAddress(symbol: table)
            callRuntime("r2r_is_instance", [.i32, .i32], [.i32])
            return
        }
        let current = compiler.scratchLocal(.i32, 3)
        code.localGet(object)
        code.emit(.i32Load, align: 2, offset: 0)
        code.localSet(current)
        code.emit(.block, blockType: .value(.i32))
        code.emit(.loop, blockType: .empty)
        code.i32Const(1)
        code.localGet(current)
        code.i32ConstMemoryAddress(symbol: table)
        code.emit(.i32Eq)
        code.emit(.brIf, index: 1)
        code.emit(.drop)
        code.i32Const(0)
        code.localGet(current)
        code.emit(.i32Eqz)
        code.emit(.brIf, index: 1)
        code.emit(.drop)
        code.localGet(current)
        code.emit(.i32Load, align: 2, offset: 12)
        code.localSet(current)
        code.br(0)
        code.end()
        code.emit(.unreachable)
        code.end()
    }

    /// Array covariance (ECMA-335 III.4.26): a reference stored into an array must be an instance
    /// of the array's element type. The same MethodTable passes inline; anything else asks the runtime.
    mutating func checkArrayStore(array: UInt32, value: UInt32) {
        let element = compiler.scratchLocal(.i32, 4)
        code.localGet(value)
        code.beginIf()
        code.localGet(array)
        code.emit(.i32Load, align: 2, offset: 0)
        code.emit(.i32Load, align: 2, offset: 16)
        code.localTee(element)
        code.localGet(value)
        code.emit(.i32Load, align: 2, offset: 0)
        code.emit(.i32Ne)
        code.beginIf()
        code.localGet(value)
        code.localGet(element)
        callRuntime("r2r_is_instance", [.i32, .i32], [.i32])
        code.emit(.i32Eqz)
        throwIf(.arrayTypeMismatch)
        code.end()
        code.end()
    }

    /// `callvirt` of an interface method: the runtime finds the implementation's function-table
    /// index in the interface map of `this`'s MethodTable.
    mutating func emitInterfaceCall(_ method: MethodHandle, _ shape: MethodShape, this: (kind: SlotKind, local: UInt32),
                                    parameters: [(kind: SlotKind, local: UInt32)], site: Int) throws {
        guard let index = try types.interfaceMethods(of: shape.declaringType).firstIndex(of: method) else {
            throw CompileError("\(try types.resolver[method.assembly].methodDisplayName(method.row)) is not an interface method")
        }
        nullCheck(this.local)
        let target = compiler.scratchLocal(.i32, 2)
        code.localGet(this.local)
        code.i32ConstMemoryAddress(symbol: try context.methodTable(shape.declaringType))
        code.i32Const(Int32(index))
        callRuntime("r2r_interface_method", [.i32, .i32, .i32], [.i32])
        code.localSet(target)
        let signature = types.managedSignature(shape)
        _ = context.indirectFunctionTable
        try emitManagedCall(.indirect(target: target, type: signature.wasmType), shape, this: this, parameters: parameters, site: site)
    }

    mutating func isInstance(_ token: MetadataToken, throwing: Bool) throws {
        let type = try types.type(token: token, in: assembly)
        let object = try pop()
        let result = compiler.slotLocal(stack.count, .ref)
        nonNullLocals.remove(result)
        code.localGet(object.local)
        code.localSet(result)
        code.localGet(object.local)
        code.beginIf()
        try emitIsInstance(object.local, type)
        code.emit(.i32Eqz)
        code.beginIf()
        if throwing {
            throwBuiltin(.invalidCast)
        } else {
            code.i32Const(0)
            code.localSet(result)
        }
        code.end()
        code.end()
        stack.append(.ref)
    }

    /// `throw`: the object is the managed-exception tag's payload; `throw null` raises
    /// NullReferenceException instead.
    mutating func throwException() throws {
        let object = try pop()
        nullCheck(object.local)
        code.localGet(object.local)
        code.throw(tagSymbol: context.exceptionTag)
    }

    mutating func box(_ token: MetadataToken) throws {
        let type = try types.type(token: token, in: assembly)
        guard !types.isReference(type) else { return }
        let value = try pop()
        let object = compiler.scratchLocal(.i32, 1)
        emitAllocateObject(table: try context.methodTable(type), size: (4 + types[type].size + 3) / 4 * 4)
        code.localSet(object)
        try storeThrough(object, offset: 4, type: type, value: value)
        code.localGet(object)
        push(.ref)
    }

    /// `unbox` (address of the value) or `unbox.any` (the value; a cast for reference types).
    mutating func unbox(_ token: MetadataToken, loadValue: Bool) throws {
        let type = try types.type(token: token, in: assembly)
        if types.isReference(type) {
            try isInstance(token, throwing: true)
            return
        }
        let object = try pop()
        nullCheck(object.local)
        // The box's MethodTable must be the type's, or share its enum-underlying primitive.
        let boxed = compiler.scratchLocal(.i32, 3), target = compiler.scratchLocal(.i32, 4)
        code.localGet(object.local)
        code.emit(.i32Load, align: 2, offset: 0)
        code.localSet(boxed)
        code.i32ConstMemoryAddress(symbol: try context.methodTable(type))
        code.localSet(target)
        code.localGet(boxed)
        code.localGet(target)
        code.emit(.i32Ne)
        code.beginIf()
        for from in [boxed, target] {
            // An enum's MethodTable names its underlying primitive's as its element (+16).
            code.localGet(from)
            code.emit(.i32Load, align: 2, offset: 0)
            code.i32Const(Int32(bitPattern: MethodTableEmitter.isEnum))
            code.emit(.i32And)
            code.beginIf()
            code.localGet(from)
            code.emit(.i32Load, align: 2, offset: 16)
            code.localSet(from)
            code.end()
        }
        code.localGet(boxed)
        code.localGet(target)
        code.emit(.i32Ne)
        throwIf(.invalidCast)
        code.end()
        if loadValue {
            try loadThrough(object.local, offset: 4, type: type)
        } else {
            code.localGet(object.local)
            code.i32Const(4)
            code.emit(.i32Add)
            push(.ptr)
        }
    }
}
