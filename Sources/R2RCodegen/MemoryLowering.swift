import ECMA335
import ObjWriter

/// Arguments, locals, indirections, fields and array elements.
extension BlockTranslator {
    // MARK: Typed loads and stores

    /// Pushes the value of `type` stored at `[address + offset]` (a struct is copied to a frame temp).
    mutating func loadThrough(_ address: UInt32, offset: Int, type: TypeID) throws {
        let kind = compiler.stackKind(of: type)
        if case .value(let structType) = kind {
            let temp = compiler.structTemp(depth: stack.count, type: structType)
            MemoryAccess.copy(to: fp, temp, from: address, offset, size: types[structType].size, into: &code)
            code.localGet(fp)
            code.i32Const(Int32(temp))
            code.emit(.i32Add)
            push(kind)
            return
        }
        code.localGet(address)
        MemoryAccess.load(kind.wasmType, size: compiler.scalarStoreSize(type), signed: isSigned(type), offset: offset, into: &code)
        push(kind)
    }

    /// Stores `value` as a `type` at `[address + offset]`.
    mutating func storeThrough(_ address: UInt32, offset: Int, type: TypeID, value: (kind: SlotKind, local: UInt32)) throws {
        let kind = compiler.stackKind(of: type)
        if case .value(let structType) = kind {
            MemoryAccess.copy(to: address, offset, from: value.local, 0, size: types[structType].size, into: &code)
            return
        }
        code.localGet(address)
        code.localGet(value.local)
        convertForStore(from: value.kind, to: kind)
        MemoryAccess.store(kind.wasmType, size: compiler.scalarStoreSize(type), offset: offset, into: &code)
    }

    /// F values narrow or widen to the location's float type; native ints are already i32.
    mutating func convertForStore(from source: SlotKind, to destination: SlotKind) {
        switch (source, destination) {
        case (.f64, .f32): code.emit(.f32DemoteF64)
        case (.f32, .f64): code.emit(.f64PromoteF32)
        default: break
        }
    }

    func isSigned(_ type: TypeID) -> Bool {
        if let field = types[type].singleField { return isSigned(field) }
        guard case .primitive(let kind) = types[type].kind else { return false }
        return kind == .i1 || kind == .i2
    }

    // MARK: Arguments and locals

    mutating func loadVariable(_ homes: [(home: Home, type: TypeID)], _ index: Int) throws {
        guard index < homes.count else { throw CompileError("variable \(index) does not exist") }
        let (home, type) = homes[index]
        switch home {
        case .local(let local):
            code.localGet(local)
            push(compiler.stackKind(of: type))
        case .frame(let offset): try loadThrough(fp, offset: offset, type: type)
        case .indirect(let pointer): try loadThrough(pointer, offset: 0, type: type)
        }
    }

    mutating func storeVariable(_ homes: [(home: Home, type: TypeID)], _ index: Int, isArgument: Bool) throws {
        guard index < homes.count else { throw CompileError("variable \(index) does not exist") }
        let (home, type) = homes[index]
        let value = try pop()
        switch home {
        case .local(let local):
            code.localGet(value.local)
            convertForStore(from: value.kind, to: compiler.stackKind(of: type))
            narrow(type)
            code.localSet(local)
        case .frame(let offset): try storeThrough(fp, offset: offset, type: type, value: value)
        case .indirect(let pointer): try storeThrough(pointer, offset: 0, type: type, value: value)
        }
    }

    /// Storing into a small-integer local truncates (ECMA-335 III.1.6).
    mutating func narrow(_ type: TypeID) {
        guard case .primitive(let kind) = types[type].kind else { return }
        switch kind {
        case .i1: code.emit(.i32Extend8S)
        case .i2: code.emit(.i32Extend16S)
        case .u1, .bool: code.i32Const(0xFF); code.emit(.i32And)
        case .u2, .char: code.i32Const(0xFFFF); code.emit(.i32And)
        default: break
        }
    }

    mutating func addressOfVariable(_ homes: [(home: Home, type: TypeID)], _ index: Int) throws {
        guard index < homes.count else { throw CompileError("variable \(index) does not exist") }
        switch homes[index].home {
        case .frame(let offset):
            code.localGet(fp)
            code.i32Const(Int32(offset))
            code.emit(.i32Add)
        case .indirect(let pointer):
            code.localGet(pointer)
        case .local:
            throw CompileError("address of variable \(index) taken but not planned")
        }
        push(.ptr)
    }

    // MARK: Fields

    mutating func instanceField(_ op: CILOpcode, _ field: FieldHandle) throws {
        let info = try types.fieldInfo(field)
        guard let offset = info.offset else { throw CompileError("\(op.mnemonic) on a static field") }
        var value: (kind: SlotKind, local: UInt32)?
        if op == .stfld { value = try pop() }
        let object = try pop()
        if object.kind == .ref, op == .ldflda {
            code.localGet(object.local)
            code.emit(.i32Eqz)
            throwIf(.nullFieldAddress)
        } else if object.kind == .ref {
            nullCheck(object.local)
        }
        switch op {
        case .ldfld:
            try loadThrough(object.local, offset: offset, type: info.type)
        case .ldflda:
            code.localGet(object.local)
            code.i32Const(Int32(offset))
            code.emit(.i32Add)
            push(.ptr)
        default:
            guard let value else { return }
            try storeThrough(object.local, offset: offset, type: info.type, value: value)
        }
    }

    mutating func staticField(_ op: CILOpcode, _ field: FieldHandle) throws {
        let info = try types.fieldInfo(field)
        guard info.isStatic else { throw CompileError("\(op.mnemonic) on an instance field") }
        try triggerTypeInitializer(of: info.owner, forFieldAccess: true)
        let symbol = try context.staticField(field, type: info.type, owner: info.owner)
        let address = compiler.scratchLocal(.i32)
        switch op {
        case .ldsfld:
            code.i32ConstMemoryAddress(symbol: symbol)
            code.localSet(address)
            try loadThrough(address, offset: 0, type: info.type)
        case .ldsflda:
            code.i32ConstMemoryAddress(symbol: symbol)
            push(.ptr)
        default:
            let value = try pop()
            code.i32ConstMemoryAddress(symbol: symbol)
            code.localSet(address)
            try storeThrough(address, offset: 0, type: info.type, value: value)
        }
    }

    // MARK: Arrays

    /// `ldlen`, and String.Length: both keep the length at +4.
    mutating func loadLength() throws {
        let object = try pop()
        nullCheck(object.local)
        code.localGet(object.local)
        code.emit(.i32Load, align: 2, offset: 4)
        push(.i32)
    }

    mutating func elementAddressOperands() throws -> (array: UInt32, index: UInt32) {
        let index = try pop(), array = try pop()
        if index.kind == .i64 { throw CompileError("64-bit array indices are not supported") }
        return (array.local, index.local)
    }

    /// Leaves `array + 8 + index * size` on the wasm stack after the bounds check. The null check
    /// rides on it: a null array's "length" is read from address 4, which the runtime keeps zero
    /// (Runtime/ABI.md), so every index fails and the cold path tells the two exceptions apart.
    mutating func elementAddress(array: UInt32, index: UInt32, size: Int) {
        code.localGet(index)
        code.localGet(array)
        code.emit(.i32Load, align: 2, offset: 4)
        code.emit(.i32GeU)
        code.beginIf()
        code.localGet(array)
        code.emit(.i32Eqz)
        throwIf(.nullReference)
        throwBuiltin(.indexOutOfRange)
        code.end()
        code.localGet(array)
        code.localGet(index)
        if size != 1 {
            code.i32Const(Int32(size))
            code.emit(.i32Mul)
        }
        code.emit(.i32Add)
        code.i32Const(8)
        code.emit(.i32Add)
    }

    /// The type `ldind.*`/`stind.*`/`ldelem.*`/`stelem.*` name in their opcode (`.ref`: object).
    static func operandType(_ op: CILOpcode, _ types: TypeSystem) throws -> TypeID {
        switch op {
        case .ldindI1, .stindI1, .ldelemI1, .stelemI1: types.primitive(.i1)
        case .ldindU1, .ldelemU1: types.primitive(.u1)
        case .ldindI2, .stindI2, .ldelemI2, .stelemI2: types.primitive(.i2)
        case .ldindU2, .ldelemU2: types.primitive(.u2)
        case .ldindI4, .stindI4, .ldelemI4, .stelemI4: types.primitive(.i4)
        case .ldindU4, .ldelemU4: types.primitive(.u4)
        case .ldindI8, .stindI8, .ldelemI8, .stelemI8: types.primitive(.i8)
        case .ldindI, .stindI, .ldelemI, .stelemI: types.primitive(.intPtr)
        case .ldindR4, .stindR4, .ldelemR4, .stelemR4: types.primitive(.r4)
        case .ldindR8, .stindR8, .ldelemR8, .stelemR8: types.primitive(.r8)
        default: try types.object
        }
    }
}
