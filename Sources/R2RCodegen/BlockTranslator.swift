import ECMA335
import ObjWriter

/// The exceptions compiled code raises through `r2r_throw_builtin` (Runtime/ABI.md).
enum BuiltinException: Int32 {
    case overflow = 1, divideByZero = 2, indexOutOfRange = 3, nullReference = 4, invalidCast = 5
    case arrayTypeMismatch = 6
    /// `ldflda` of a null reference: mono's message then ends with a period.
    case nullFieldAddress = 8
}

/// Translates one IL basic block: each evaluation-stack entry lives in a wasm local chosen
/// by its depth and wasm type, so values left on the stack across branches need no moves.
struct BlockTranslator {
    var compiler: MethodCompiler
    let block: Int
    var stack: [SlotKind]
    var code = WasmCode()
    /// The data size of the field the preceding `ldtoken` named, for `InitializeArray`.
    var tokenFieldSize = 0
    /// The type a `constrained.` prefix names, for the `callvirt` after it.
    var constraint: TypeID?
    /// Stack-entry locals known to hold a non-null reference (`this` of a class's method, which
    /// callvirt checked), so null checks on them are left out. Every write to a local clears it.
    var nonNullLocals: Set<UInt32> = []

    init(compiler: MethodCompiler, block: Int, stack: [SlotKind]) {
        self.compiler = compiler
        self.block = block
        self.stack = stack
    }

    var types: TypeSystem { compiler.types }
    var context: ObjectContext { compiler.context }
    var assembly: AssemblyID { compiler.method.assembly }
    var fp: UInt32 { compiler.framePointer }

    // MARK: Stack

    mutating func local(_ depth: Int) -> UInt32 { compiler.slotLocal(depth, stack[depth]) }

    /// Pops the top entry: its kind and the local holding it.
    mutating func pop() throws -> (kind: SlotKind, local: UInt32) {
        guard let kind = stack.last else { throw CompileError("evaluation stack underflow") }
        let local = compiler.slotLocal(stack.count - 1, kind)
        stack.removeLast()
        return (kind, local)
    }

    /// Pushes an entry and stores the wasm stack's top value into it.
    mutating func push(_ kind: SlotKind) {
        stack.append(kind)
        let local = compiler.slotLocal(stack.count - 1, kind)
        code.localSet(local)
        nonNullLocals.remove(local)
    }

    /// Stores every reference and pointer on the evaluation stack into its depth's frame slot, and
    /// every reference local into its shadow slot, before an instruction that may call (and so
    /// collect): the collector scans frames, not wasm locals. The locals keep their values;
    /// objects do not move.
    mutating func spillReferences() {
        for shadow in compiler.shadowedReferences {
            code.localGet(fp)
            code.localGet(shadow.local)
            MemoryAccess.store(.i32, size: 4, offset: shadow.offset, into: &code)
        }
        for depth in stack.indices where stack[depth] == .ref || stack[depth] == .ptr {
            storeReference(compiler.slotLocal(depth, stack[depth]), depth: depth)
        }
    }

    /// Stores a reference held in `local` into the spill slot of stack depth `depth`.
    mutating func storeReference(_ local: UInt32, depth: Int) {
        code.localGet(fp)
        code.localGet(local)
        MemoryAccess.store(.i32, size: 4, offset: compiler.referenceSpillSlot(depth), into: &code)
    }

    // MARK: Runtime calls

    mutating func publishStackPointer() {
        code.localGet(fp)
        code.globalSet(symbol: context.stackPointer)
    }

    mutating func callRuntime(_ name: String, _ params: [ValueType], _ results: [ValueType]) {
        publishStackPointer()
        code.call(functionSymbol: context.nativeFunction(name, FunctionType(params: params, results: results)))
    }

    /// `if (condition on the wasm stack) throw kind`.
    mutating func throwIf(_ kind: BuiltinException) {
        code.beginIf()
        throwBuiltin(kind)
        code.end()
    }

    /// Raises a builtin exception. The helper does not return: saying so with `unreachable` keeps
    /// the cold path out of the engine's merge points. Creating the exception may collect, and a
    /// handler in this method may still use the locals, so their references are spilled first.
    mutating func throwBuiltin(_ kind: BuiltinException) {
        spillReferences()
        code.i32Const(kind.rawValue)
        callRuntime("r2r_throw_builtin", [.i32], [])
        code.emit(.unreachable)
    }

    mutating func nullCheck(_ local: UInt32) {
        if nonNullLocals.contains(local) { return }
        code.localGet(local)
        code.emit(.i32Eqz)
        throwIf(.nullReference)
    }

    func error(_ instruction: CILInstruction, _ message: String) -> CompileError {
        CompileError("\(ilLabel(instruction.offset)): \(message)",
                     offset: compiler.body.codeRange.lowerBound + instruction.offset)
    }

    // MARK: Translation

    mutating func translate() throws -> BlockExit {
        let blockInfo = compiler.graph.blocks[block]
        for index in blockInfo.instructions {
            let instruction = compiler.instructions[index]
            do {
                if let exit = try translate(instruction, index: index) { return exit }
            } catch let error as CompileError where !error.message.hasPrefix("IL_") {
                throw self.error(instruction, error.message)
            } catch let error as MetadataError {
                throw self.error(instruction, CompileError(error).message)
            }
        }
        let next = blockInfo.instructions.upperBound
        guard next < compiler.instructions.count, let target = compiler.graph.blockAt[compiler.instructions[next].offset] else {
            throw CompileError("\(ilLabel(compiler.instructions[blockInfo.instructions.upperBound - 1].offset)): "
                + "control falls off the end of the method")
        }
        return .jump(target)
    }

    func target(_ instruction: CILInstruction) throws -> Int {
        guard case .branchTarget(let offset) = instruction.operand, let block = compiler.graph.blockAt[offset] else {
            throw CompileError("branch without a target")
        }
        return block
    }

    func fallThrough(_ index: Int) throws -> Int {
        let next = index + 1
        guard next < compiler.instructions.count, let block = compiler.graph.blockAt[compiler.instructions[next].offset] else {
            throw CompileError("control falls off the end of the method")
        }
        return block
    }

    func variable(_ instruction: CILInstruction, implicit: Int) -> Int {
        if case .variable(let index) = instruction.operand { return Int(index) }
        return implicit
    }

    func token(_ instruction: CILInstruction) throws -> MetadataToken {
        guard case .token(let token) = instruction.operand else { throw CompileError("missing token operand") }
        return token
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    mutating func translate(_ instruction: CILInstruction, index: Int) throws -> BlockExit? {
        let op = instruction.opcode
        switch op {
        case .call, .callvirt, .newobj, .newarr, .box, .ldsfld, .ldsflda, .stsfld:
            spillReferences()
        default: break
        }
        switch op {
        case .nop, .break, .volatile, .unaligned, .readonly, .tail:
            break
        case .ldarg0, .ldarg1, .ldarg2, .ldarg3, .ldarg, .ldargS:
            let implicit = Int(op.rawValue) - Int(CILOpcode.ldarg0.rawValue)
            let index = variable(instruction, implicit: implicit)
            try loadVariable(compiler.argumentHomes, index)
            if index == 0, compiler.thisIsNonNull { nonNullLocals.insert(local(stack.count - 1)) }
        case .ldloc0, .ldloc1, .ldloc2, .ldloc3, .ldloc, .ldlocS:
            let implicit = Int(op.rawValue) - Int(CILOpcode.ldloc0.rawValue)
            try loadVariable(compiler.localHomes, variable(instruction, implicit: implicit))
        case .starg, .stargS:
            try storeVariable(compiler.argumentHomes, variable(instruction, implicit: 0), isArgument: true)
        case .stloc0, .stloc1, .stloc2, .stloc3, .stloc, .stlocS:
            let implicit = Int(op.rawValue) - Int(CILOpcode.stloc0.rawValue)
            try storeVariable(compiler.localHomes, variable(instruction, implicit: implicit), isArgument: false)
        case .ldarga, .ldargaS:
            try addressOfVariable(compiler.argumentHomes, variable(instruction, implicit: 0))
        case .ldloca, .ldlocaS:
            try addressOfVariable(compiler.localHomes, variable(instruction, implicit: 0))
        case .ldnull:
            code.i32Const(0)
            push(.ref)
        case .ldcI4M1, .ldcI40, .ldcI41, .ldcI42, .ldcI43, .ldcI44, .ldcI45, .ldcI46, .ldcI47, .ldcI48:
            code.i32Const(Int32(op.rawValue) - Int32(CILOpcode.ldcI40.rawValue))
            push(.i32)
        case .ldcI4, .ldcI4S:
            guard case .int32(let value) = instruction.operand else { throw CompileError("ldc.i4 without a value") }
            code.i32Const(value)
            push(.i32)
        case .ldcI8:
            guard case .int64(let value) = instruction.operand else { throw CompileError("ldc.i8 without a value") }
            code.i64Const(value)
            push(.i64)
        case .ldcR4:
            guard case .float32(let bits) = instruction.operand else { throw CompileError("ldc.r4 without a value") }
            code.f32Const(bits: bits)
            push(.f32)
        case .ldcR8:
            guard case .float64(let bits) = instruction.operand else { throw CompileError("ldc.r8 without a value") }
            code.f64Const(bits: bits)
            push(.f64)
        case .dup:
            guard let top = stack.last else { throw CompileError("evaluation stack underflow") }
            let source = local(stack.count - 1)
            if case .value(let structType) = top {
                // A callee may write to a struct argument's bytes: the copies must not share them.
                let temp = compiler.structTemp(depth: stack.count, type: structType)
                MemoryAccess.copy(to: fp, temp, from: source, 0, size: types[structType].size, into: &code)
                code.localGet(fp)
                code.i32Const(Int32(temp))
                code.emit(.i32Add)
            } else {
                code.localGet(source)
            }
            let sourceIsNonNull = nonNullLocals.contains(source)
            push(top)
            if sourceIsNonNull { nonNullLocals.insert(local(stack.count - 1)) }
        case .pop:
            _ = try pop()
        case .ret:
            try emitReturn()
            return .leave
        case .br, .brS:
            return .jump(try target(instruction))
        case .leave, .leaveS:
            stack.removeAll()
            return .jump(try target(instruction))
        case .endfinally:
            stack.removeAll()
            return .exitRegion
        case .endfilter:
            let verdict = try pop()
            code.localGet(verdict.local)
            code.localSet(compiler.filterResult)
            return .exitRegion
        case .rethrow:
            guard let construct = compiler.regions.enclosingCatchHandler(of: compiler.regions.blockRegion[block]) else {
                throw CompileError("rethrow outside a catch handler")
            }
            compiler.loadException(compiler.exceptionSlot(construct), into: &code)
            code.throw(tagSymbol: context.exceptionTag)
            return .leave
        case .brfalse, .brfalseS, .brtrue, .brtrueS:
            let value = try pop()
            code.localGet(value.local)
            if value.kind == .i64 {
                code.i64Const(0)
                code.emit(.i64Ne)
            } else if value.kind == .f32 || value.kind == .f64 {
                throw CompileError("brtrue on a floating-point value")
            }
            if op == .brfalse || op == .brfalseS { code.emit(.i32Eqz) }
            return .branch(taken: try target(instruction), notTaken: try fallThrough(index))
        case .beq, .beqS, .bneUn, .bneUnS, .bge, .bgeS, .bgeUn, .bgeUnS, .bgt, .bgtS, .bgtUn, .bgtUnS,
             .ble, .bleS, .bleUn, .bleUnS, .blt, .bltS, .bltUn, .bltUnS:
            try compare(Self.branchComparison(op))
            return .branch(taken: try target(instruction), notTaken: try fallThrough(index))
        case .ceq: try compareAndPush(.equal)
        case .cgt: try compareAndPush(.greater(unsigned: false))
        case .cgtUn: try compareAndPush(.greater(unsigned: true))
        case .clt: try compareAndPush(.less(unsigned: false))
        case .cltUn: try compareAndPush(.less(unsigned: true))
        case .switch:
            guard case .switchTargets(let offsets) = instruction.operand else { throw CompileError("switch without targets") }
            let value = try pop()
            guard value.kind.wasmType == .i32 else { throw CompileError("switch on a \(value.kind) value") }
            code.localGet(value.local)
            let targets = try offsets.map { offset -> Int in
                guard let block = compiler.graph.blockAt[offset] else { throw CompileError("switch target is not a block") }
                return block
            }
            return .switchTable(targets: targets, fallThrough: try fallThrough(index))
        case .add, .sub, .mul, .and, .or, .xor, .div, .divUn, .rem, .remUn:
            try arithmetic(op)
        case .shl, .shr, .shrUn:
            try shift(op)
        case .neg:
            let value = try pop()
            switch value.kind {
            case .i64: code.i64Const(0); code.localGet(value.local); code.emit(.i64Sub)
            case .f32: code.localGet(value.local); code.emit(.f32Neg)
            case .f64: code.localGet(value.local); code.emit(.f64Neg)
            default: code.i32Const(0); code.localGet(value.local); code.emit(.i32Sub)
            }
            push(value.kind)
        case .not:
            let value = try pop()
            code.localGet(value.local)
            if value.kind == .i64 { code.i64Const(-1); code.emit(.i64Xor) } else { code.i32Const(-1); code.emit(.i32Xor) }
            push(value.kind)
        case .addOvf, .addOvfUn, .subOvf, .subOvfUn, .mulOvf, .mulOvfUn:
            try checkedArithmetic(op)
        case .convI1, .convI2, .convI4, .convI8, .convU1, .convU2, .convU4, .convU8, .convR4, .convR8, .convRUn,
             .convI, .convU:
            try convert(op)
        case .convOvfI1, .convOvfI2, .convOvfI4, .convOvfI8, .convOvfU1, .convOvfU2, .convOvfU4, .convOvfU8,
             .convOvfI, .convOvfU, .convOvfI1Un, .convOvfI2Un, .convOvfI4Un, .convOvfI8Un, .convOvfU1Un,
             .convOvfU2Un, .convOvfU4Un, .convOvfU8Un, .convOvfIUn, .convOvfUUn:
            try checkedConvert(op)
        case .ldindI1, .ldindU1, .ldindI2, .ldindU2, .ldindI4, .ldindU4, .ldindI8, .ldindI, .ldindR4, .ldindR8, .ldindRef:
            let address = try pop()
            try loadThrough(address.local, offset: 0, type: Self.operandType(op, types))
        case .stindI1, .stindI2, .stindI4, .stindI8, .stindI, .stindR4, .stindR8, .stindRef:
            let value = try pop(), address = try pop()
            try storeThrough(address.local, offset: 0, type: Self.operandType(op, types), value: value)
        case .ldobj:
            let address = try pop()
            try loadThrough(address.local, offset: 0, type: try types.type(token: try token(instruction), in: assembly))
        case .stobj:
            let value = try pop(), address = try pop()
            try storeThrough(address.local, offset: 0, type: try types.type(token: try token(instruction), in: assembly), value: value)
        case .cpobj:
            let type = try types.type(token: try token(instruction), in: assembly)
            let source = try pop(), destination = try pop()
            MemoryAccess.copy(to: destination.local, 0, from: source.local, 0, size: types[type].size, into: &code)
        case .initobj:
            let type = try types.type(token: try token(instruction), in: assembly)
            let address = try pop()
            MemoryAccess.zero(base: address.local, range: 0..<types[type].size, into: &code)
        case .sizeof:
            code.i32Const(Int32(types[try types.type(token: try token(instruction), in: assembly)].size))
            push(.i32)
        case .ldstr:
            let units = try types.resolver[assembly].metadata.userStringUnits(try token(instruction).row)
            code.i32ConstMemoryAddress(symbol: try context.stringLiteral(units))
            push(.ref)
        case .ldfld, .ldflda, .stfld:
            try instanceField(op, try types.resolveField(try token(instruction), in: assembly))
        case .ldsfld, .ldsflda, .stsfld:
            try staticField(op, try types.resolveField(try token(instruction), in: assembly))
        case .newarr:
            let element = try types.type(token: try token(instruction), in: assembly)
            let length = try pop()
            code.i32ConstMemoryAddress(symbol: try context.methodTable(types.szArray(of: element)))
            code.localGet(length.local)
            if length.kind == .i64 { code.emit(.i32WrapI64) }
            callRuntime("r2r_alloc_array", [.i32, .i32], [.i32])
            push(.ref)
        case .ldlen:
            try loadLength()
        case .ldelema:
            let element = try types.type(token: try token(instruction), in: assembly)
            let (array, index) = try elementAddressOperands()
            elementAddress(array: array, index: index, size: types[element].size)
            push(.ptr)
        case .ldelemI1, .ldelemU1, .ldelemI2, .ldelemU2, .ldelemI4, .ldelemU4, .ldelemI8, .ldelemI, .ldelemR4, .ldelemR8,
             .ldelemRef, .ldelem:
            let element = op == .ldelem ? try types.type(token: try token(instruction), in: assembly) : try Self.operandType(op, types)
            let (array, index) = try elementAddressOperands()
            elementAddress(array: array, index: index, size: types[element].size)
            let address = compiler.scratchLocal(.i32)
            code.localSet(address)
            try loadThrough(address, offset: 0, type: element)
        case .stelemI1, .stelemI2, .stelemI4, .stelemI8, .stelemI, .stelemR4, .stelemR8, .stelemRef, .stelem:
            let element = op == .stelem ? try types.type(token: try token(instruction), in: assembly) : try Self.operandType(op, types)
            let value = try pop()
            let (array, index) = try elementAddressOperands()
            elementAddress(array: array, index: index, size: types[element].size)
            let address = compiler.scratchLocal(.i32)
            code.localSet(address)
            if types.isReference(element) { checkArrayStore(array: array, value: value.local) }
            try storeThrough(address, offset: 0, type: element, value: value)
        case .call, .callvirt:
            try call(try token(instruction), virtual: op == .callvirt, site: index)
        case .newobj:
            try newObject(try token(instruction), site: index)
        case .throw:
            try throwException()
            return .leave
        case .constrained:
            constraint = try types.type(token: try token(instruction), in: assembly)
        case .isinst: try isInstance(try token(instruction), throwing: false)
        case .castclass: try isInstance(try token(instruction), throwing: true)
        case .box: try box(try token(instruction))
        case .unbox: try unbox(try token(instruction), loadValue: false)
        case .unboxAny: try unbox(try token(instruction), loadValue: true)
        case .ldtoken:
            let token = try token(instruction)
            guard token.table == .field else { throw CompileError("ldtoken of a type or method is not supported yet") }
            let field = try types.resolveField(token, in: assembly)
            let size = types[try types.fieldInfo(field).type].size
            code.i32ConstMemoryAddress(symbol: try context.fieldRVAData(field, size: size))
            tokenFieldSize = size
            push(.ptr)
        default:
            throw CompileError("\(op.mnemonic) is not supported yet")
        }
        return nil
    }
}
