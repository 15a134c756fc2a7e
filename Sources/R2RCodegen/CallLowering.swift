import ECMA335
import ObjWriter

/// Calls (managed, P/Invoke, intrinsics), object creation and returns.
extension BlockTranslator {

    mutating func call(_ token: MetadataToken, virtual: Bool, site: Int) throws {
        if try emitArrayEmpty(token) { return }
        if try isInitializeArray(token) {
            let data = try pop(), array = try pop()
            code.localGet(array.local)
            code.i32Const(8)
            code.emit(.i32Add)
            code.localGet(data.local)
            code.i32Const(Int32(tokenFieldSize))
            code.emit(.memoryCopy, 0, 0)
            return
        }
        var method = try types.resolveMethod(token, in: assembly)
        if let constrained = constraint {
            constraint = nil
            if let direct = try resolveConstrainedCall(method, on: constrained) { method = direct }
        }
        let file = types.resolver[method.assembly]
        let row = try file.metadata.methodDef(method.row)
        let shape = try types.shape(of: method)
        if try emitIntrinsic(method, shape) { return }
        if try emitStringIntrinsic(method) { return }
        var dispatch = false, isInterfaceCall = false
        if virtual, row.flags & MethodAttributes.virtual != 0, row.flags & MethodAttributes.final == 0 {
            let ownerRow = try file.metadata.typeDef(try file.declaringType(ofMethod: method.row))
            isInterfaceCall = ownerRow.flags & TypeAttributes.interface != 0
            dispatch = ownerRow.flags & TypeAttributes.sealed == 0
        }
        if !dispatch, row.rva == 0, row.flags & MethodAttributes.pinvokeImpl == 0 {
            throw CompileError("\(try file.methodDisplayName(method.row)) has no IL body (an internal call or runtime method)")
        }
        if row.flags & MethodAttributes.pinvokeImpl != 0 {
            try callNative(method, shape)
            return
        }
        try triggerTypeInitializer(of: shape.declaringType, forFieldAccess: false)
        let arguments = try popArguments(shape)
        if isInterfaceCall, let this = arguments.this {
            try emitInterfaceCall(method, shape, this: this, parameters: arguments.parameters, site: site)
            return
        }
        if dispatch, let this = arguments.this {
            try emitVirtualCall(method, shape, this: this, parameters: arguments.parameters, site: site)
            return
        }
        if virtual, let this = arguments.this, this.kind == .ref { nullCheck(this.local) }
        // A method whose whole body is `ret` (System.Object's constructor) needs no call.
        if shape.returnType == types.void, try isEmpty(method) { return }
        try emitManagedCall(.direct(try context.methodSymbol(method)), shape, this: arguments.this,
                            parameters: arguments.parameters, site: site)
    }

    private func isEmpty(_ method: MethodHandle) throws -> Bool {
        let file = types.resolver[method.assembly]
        guard let body = try file.methodBody(ofMethod: method.row), body.codeRange.count == 1,
              body.exceptionClauses.isEmpty else { return false }
        return file.bytes[body.codeRange.lowerBound] == CILOpcode.ret.rawValue
    }

    /// `constrained. T callvirt M` (ECMA-335 III.2.1): `this` is a pointer to a T. A reference type
    /// is loaded and called virtually; a value type that implements M is called directly; any
    /// other value type is boxed and called virtually.
    private mutating func resolveConstrainedCall(_ method: MethodHandle, on type: TypeID) throws -> MethodHandle? {
        let parameterCount = try types.shape(of: method).parameters.count
        let thisDepth = stack.count - parameterCount - 1
        guard thisDepth >= 0 else { throw CompileError("constrained call without this") }
        let pointer = compiler.slotLocal(thisDepth, stack[thisDepth])
        if types.isReference(type) {
            code.localGet(pointer)
            code.emit(.i32Load, align: 2, offset: 0)
            code.localSet(compiler.slotLocal(thisDepth, .ref))
            nonNullLocals.remove(compiler.slotLocal(thisDepth, .ref))
            stack[thisDepth] = .ref
            return nil
        }
        if try types.isInterface(try types.shape(of: method).declaringType) {
            if let implementation = try types.implementation(of: method, in: type),
               try types.shape(of: implementation).declaringType == type {
                return implementation
            }
        } else if let slot = try types.slot(of: method),
                  let implementation = try types.virtualSlots(of: type).dropFirst(slot).first,
                  try types.shape(of: implementation).declaringType == type {
            return implementation
        }
        let boxed = compiler.scratchLocal(.i32, 1)
        code.i32ConstMemoryAddress(symbol: try context.methodTable(type))
        callRuntime("r2r_alloc_object", [.i32], [.i32])
        code.localSet(boxed)
        let value = compiler.scratchLocal(.i32, 2)
        code.localGet(pointer)
        code.localSet(value)
        try loadThrough(value, offset: 0, type: type)
        try storeThrough(boxed, offset: 4, type: type, value: try pop())
        code.localGet(boxed)
        code.localSet(compiler.slotLocal(thisDepth, .ref))
        nonNullLocals.remove(compiler.slotLocal(thisDepth, .ref))
        storeReference(boxed, depth: thisDepth)
        stack[thisDepth] = .ref
        return nil
    }

    /// `System.Math` functions wasm has as instructions, with exactly .NET's results: sqrt, abs,
    /// floor, ceiling, truncate, and round-half-to-even (`nearest`).
    private mutating func emitIntrinsic(_ method: MethodHandle, _ shape: MethodShape) throws -> Bool {
        guard method.assembly == types.coreLibrary, shape.parameters.count == 1, !shape.hasThis,
              types[shape.declaringType].name == "System.Math" else { return false }
        let file = types.resolver[method.assembly]
        let name = try file.metadata.string(try file.metadata.methodDef(method.row).name.offset)
        let kind = compiler.stackKind(of: shape.parameters[0])
        guard kind == .f64 || kind == .f32, compiler.stackKind(of: shape.returnType) == kind else { return false }
        let f64 = kind == .f64
        let opcode: Opcode
        switch name {
        case "Sqrt": opcode = f64 ? .f64Sqrt : .f32Sqrt
        case "Abs": opcode = f64 ? .f64Abs : .f32Abs
        case "Floor": opcode = f64 ? .f64Floor : .f32Floor
        case "Ceiling": opcode = f64 ? .f64Ceil : .f32Ceil
        case "Truncate": opcode = f64 ? .f64Trunc : .f32Trunc
        case "Round": opcode = f64 ? .f64Nearest : .f32Nearest
        default: return false
        }
        let value = try pop()
        load(value, as: kind)
        if kind == .f32 && value.kind == .f64 { code.emit(.f32DemoteF64) }
        code.emit(opcode)
        push(kind)
        return true
    }

    /// The core library's string accessors, inline with their exact behaviour: `Length`, the
    /// `Chars` indexer (IndexOutOfRangeException past the end, as mono; NullReferenceException
    /// on null), and
    /// `RuntimeHelpers.OffsetToStringData` (8, Runtime/ABI.md), which `fixed` on a string calls.
    private mutating func emitStringIntrinsic(_ method: MethodHandle) throws -> Bool {
        guard method.assembly == types.coreLibrary else { return false }
        let file = types.resolver[method.assembly]
        let row = try file.metadata.methodDef(method.row)
        let owner = try file.typeDefName(try file.declaringType(ofMethod: method.row))
        let name = try file.metadata.string(row.name.offset)
        switch (owner, name) {
        case ("System.String", "get_Length"):
            try loadLength()
        case ("System.String", "get_Chars"):
            // A string's characters sit like a char[]'s elements: the array path checks the same.
            let (string, index) = try elementAddressOperands()
            elementAddress(array: string, index: index, size: 2)
            let address = compiler.scratchLocal(.i32)
            code.localSet(address)
            try loadThrough(address, offset: 0, type: types.primitive(.char))
        case ("System.Runtime.CompilerServices.RuntimeHelpers", "get_OffsetToStringData"):
            code.i32Const(8)
            push(.i32)
        default:
            return false
        }
        return true
    }

    /// `Array.Empty<T>()`, which mcs calls for an empty `params` argument list: a new zero-length
    /// `T[]` (generic methods are not compiled yet; only the array's identity differs).
    private mutating func emitArrayEmpty(_ token: MetadataToken) throws -> Bool {
        guard token.table == .methodSpec else { return false }
        let file = types.resolver[assembly]
        let (method, instantiation) = try file.methodSpec(token.row)
        guard method.table == .memberRef, instantiation.arguments.count == 1 else { return false }
        let ref = try file.metadata.memberRef(method.row)
        guard file.metadata.stringEquals(ref.name.offset, "Empty"), ref.parent.table == .typeRef,
              try file.typeRefName(ref.parent.row) == "System.Array" else { return false }
        let element = try types.type(of: instantiation.arguments[0], in: assembly)
        code.i32ConstMemoryAddress(symbol: try context.methodTable(types.szArray(of: element)))
        code.i32Const(0)
        callRuntime("r2r_alloc_array", [.i32, .i32], [.i32])
        push(.ref)
        return true
    }

    /// `RuntimeHelpers.InitializeArray`, recognized by name (the core library need not define it).
    private func isInitializeArray(_ token: MetadataToken) throws -> Bool {
        let file = types.resolver[assembly]
        switch token.table {
        case .memberRef:
            let ref = try file.metadata.memberRef(token.row)
            guard file.metadata.stringEquals(ref.name.offset, "InitializeArray"), ref.parent.table == .typeRef else { return false }
            return try file.typeRefName(ref.parent.row) == "System.Runtime.CompilerServices.RuntimeHelpers"
        case .methodDef:
            guard file.metadata.stringEquals(try file.metadata.methodDef(token.row).name.offset, "InitializeArray") else { return false }
            return try file.typeDefName(try file.declaringType(ofMethod: token.row)) == "System.Runtime.CompilerServices.RuntimeHelpers"
        default:
            return false
        }
    }

    private mutating func popArguments(_ shape: MethodShape) throws
        -> (this: (kind: SlotKind, local: UInt32)?, parameters: [(kind: SlotKind, local: UInt32)]) {
        var parameters: [(kind: SlotKind, local: UInt32)] = []
        for _ in shape.parameters { parameters.append(try pop()) }
        parameters.reverse()
        return (shape.hasThis ? try pop() : nil, parameters)
    }

    /// A DllImport: the plain C signature, after publishing the shadow-stack pointer.
    private mutating func callNative(_ method: MethodHandle, _ shape: MethodShape) throws {
        let file = types.resolver[method.assembly]
        guard let mapRow = try file.implMap(of: MetadataToken(.methodDef, row: method.row)) else {
            throw CompileError("P/Invoke \(try file.methodDisplayName(method.row)) has no ImplMap row")
        }
        let name = try file.metadata.string(try file.metadata.implMap(mapRow).importName.offset)
        let type = try types.nativeSignature(shape)
        let arguments = try popArguments(shape)
        publishStackPointer()
        for (argument, parameterType) in zip(arguments.parameters, shape.parameters) {
            code.localGet(argument.local)
            convertForStore(from: argument.kind, to: compiler.stackKind(of: parameterType))
        }
        code.call(functionSymbol: context.nativeFunction(name, type))
        if types[shape.returnType].kind != .void { push(compiler.stackKind(of: shape.returnType)) }
    }

    enum CallTarget {
        case direct(SymbolIndex)
        /// A function-table index in a local, called with this wasm type.
        case indirect(target: UInt32, type: FunctionType)
    }

    /// `(sp, [this], [retbuf], parameters…, 0)`, then the result onto the evaluation stack.
    mutating func emitManagedCall(_ callee: CallTarget, _ shape: MethodShape, this: (kind: SlotKind, local: UInt32)?,
                                  parameters: [(kind: SlotKind, local: UInt32)], site: Int) throws {
        let signature = types.managedSignature(shape)
        code.localGet(fp)
        if let this { code.localGet(this.local) }
        var resultTemp: Int?
        if signature.hasReturnBuffer {
            let temp = compiler.structTemp(depth: stack.count, type: shape.returnType, site: site)
            resultTemp = temp
            code.localGet(fp)
            code.i32Const(Int32(temp))
            code.emit(.i32Add)
        }
        for (argument, (parameterType, lowered)) in zip(parameters, zip(shape.parameters, signature.parameters)) {
            switch lowered {
            case .scalar(let wasmType):
                code.localGet(argument.local)
                if case .value = argument.kind {
                    MemoryAccess.load(wasmType, size: compiler.scalarStoreSize(parameterType), signed: isSigned(parameterType),
                                      offset: 0, into: &code)
                } else {
                    convertForStore(from: argument.kind, to: compiler.stackKind(of: parameterType))
                }
            case .byReference:
                code.localGet(argument.local)
            case .empty:
                break
            }
        }
        code.i32Const(0)
        switch callee {
        case .direct(let symbol): code.call(functionSymbol: symbol)
        case .indirect(let target, let type):
            code.localGet(target)
            code.callIndirect(typeIndex: context.builder.typeIndex(of: type), tableSymbol: nil)
        }
        guard types[shape.returnType].kind != .void else { return }
        let kind = compiler.stackKind(of: shape.returnType)
        switch signature.returnValue {
        case .byReference?:
            code.localGet(fp)
            code.i32Const(Int32(resultTemp ?? 0))
            code.emit(.i32Add)
            push(kind)
        case .scalar(let wasmType)? where kind.isValue:
            // A one-field struct comes back as its field: put it in the struct's frame temp.
            let scalar = compiler.scratchLocal(wasmType)
            code.localSet(scalar)
            let temp = compiler.structTemp(depth: stack.count, type: shape.returnType, site: site)
            code.localGet(fp)
            code.localGet(scalar)
            MemoryAccess.store(wasmType, size: compiler.scalarStoreSize(shape.returnType), offset: temp, into: &code)
            code.localGet(fp)
            code.i32Const(Int32(temp))
            code.emit(.i32Add)
            push(kind)
        case .empty?:
            let temp = compiler.structTemp(depth: stack.count, type: shape.returnType, site: site)
            code.localGet(fp)
            code.i32Const(Int32(temp))
            code.emit(.i32Add)
            push(kind)
        default:
            push(kind)
        }
    }

    mutating func newObject(_ token: MetadataToken, site: Int) throws {
        let constructor = try types.resolveMethod(token, in: assembly)
        let shape = try types.shape(of: constructor)
        let owner = shape.declaringType
        let symbol = try context.methodSymbol(constructor)
        var parameters: [(kind: SlotKind, local: UInt32)] = []
        for _ in shape.parameters { parameters.append(try pop()) }
        parameters.reverse()
        try triggerTypeInitializer(of: owner, forFieldAccess: false)
        // Primitive structs too (`new IntPtr(p)`): built in a frame temporary, then loaded.
        if !types.isReference(owner) {
            let temp = compiler.structTemp(depth: stack.count, type: owner, site: site)
            MemoryAccess.zero(base: fp, range: temp..<(temp + types[owner].size), into: &code)
            let this = compiler.scratchLocal(.i32, 1)
            code.localGet(fp)
            code.i32Const(Int32(temp))
            code.emit(.i32Add)
            code.localSet(this)
            try emitManagedCall(.direct(symbol), shape, this: (.ptr, this), parameters: parameters, site: site)
            if compiler.isValueType(owner) {
                code.localGet(this)
                push(.value(owner))
            } else {
                try loadThrough(this, offset: 0, type: owner)
            }
            return
        }
        guard types[owner].name != "System.String" else { throw CompileError("String constructors are not supported yet") }
        let object = compiler.scratchLocal(.i32, 1)
        emitAllocateObject(table: try context.methodTable(owner), size: types[owner].instanceSize)
        code.localSet(object)
        // The new object is on no evaluation-stack slot while its constructor runs: it waits out
        // the call in the slot above the arguments' (whose slots keep the arguments alive).
        storeReference(object, depth: stack.count + parameters.count)
        try emitManagedCall(.direct(symbol), shape, this: (.ref, object), parameters: parameters, site: site)
        code.localGet(object)
        push(.ref)
    }

    mutating func emitReturn() throws {
        let shape = compiler.shape
        if types[shape.returnType].kind != .void {
            let value = try pop()
            switch compiler.signature.returnValue {
            case .scalar(let wasmType)?:
                code.localGet(value.local)
                if case .value = value.kind {
                    MemoryAccess.load(wasmType, size: compiler.scalarStoreSize(shape.returnType),
                                      signed: isSigned(shape.returnType), offset: 0, into: &code)
                } else {
                    convertForStore(from: value.kind, to: compiler.stackKind(of: shape.returnType))
                }
            case .byReference(let size)?:
                guard let buffer = compiler.returnBufferParameter else { throw CompileError("no return buffer") }
                MemoryAccess.copy(to: buffer, 0, from: value.local, 0, size: size, into: &code)
            default:
                break
            }
        }
        guard stack.isEmpty else { throw CompileError("ret with \(stack.count) values left on the evaluation stack") }
        code.emit(.return)
    }
}
