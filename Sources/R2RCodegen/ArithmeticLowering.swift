import ECMA335
import ObjWriter

/// Arithmetic, comparisons and conversions with .NET's semantics: division checks for zero and
/// overflow, `.ovf` forms check ranges, float → int conversions saturate instead of trapping.
extension BlockTranslator {
    enum Comparison: Equatable {
        case equal, notEqualUnordered
        case greater(unsigned: Bool), greaterOrEqual(unsigned: Bool), less(unsigned: Bool), lessOrEqual(unsigned: Bool)
    }

    static func branchComparison(_ op: CILOpcode) -> Comparison {
        switch op {
        case .beq, .beqS: .equal
        case .bneUn, .bneUnS: .notEqualUnordered
        case .bge, .bgeS: .greaterOrEqual(unsigned: false)
        case .bgeUn, .bgeUnS: .greaterOrEqual(unsigned: true)
        case .bgt, .bgtS: .greater(unsigned: false)
        case .bgtUn, .bgtUnS: .greater(unsigned: true)
        case .ble, .bleS: .lessOrEqual(unsigned: false)
        case .bleUn, .bleUnS: .lessOrEqual(unsigned: true)
        case .blt, .bltS: .less(unsigned: false)
        default: .less(unsigned: true)
        }
    }

    /// The common kind of two operands (ECMA-335 III.1.5): F32 op F64 widens to F64.
    func common(_ a: SlotKind, _ b: SlotKind) throws -> SlotKind {
        switch (a, b) {
        case (.f32, .f32): return .f32
        case (.f64, .f64), (.f32, .f64), (.f64, .f32): return .f64
        case (.i64, .i64): return .i64
        case (.ptr, .ptr), (.ptr, .i32), (.i32, .ptr), (.ptr, .ref), (.ref, .ptr): return .ptr
        case (.i32, .i32), (.ref, .ref), (.i32, .ref), (.ref, .i32): return .i32
        default: throw CompileError("operands of kinds \(a) and \(b) cannot be combined")
        }
    }

    /// Loads an operand converted to `kind` (only F32 → F64 needs code).
    mutating func load(_ operand: (kind: SlotKind, local: UInt32), as kind: SlotKind) {
        code.localGet(operand.local)
        if kind == .f64 && operand.kind == .f32 { code.emit(.f64PromoteF32) }
    }

    /// Leaves the comparison's i32 result on the wasm stack.
    mutating func compare(_ comparison: Comparison) throws {
        let b = try pop(), a = try pop()
        let kind = try common(a.kind, b.kind)
        load(a, as: kind)
        load(b, as: kind)
        switch kind {
        case .f32, .f64:
            let f64 = kind == .f64
            // `.un` on floats means "or unordered": the negation of the opposite ordered test.
            switch comparison {
            case .equal: code.emit(f64 ? .f64Eq : .f32Eq)
            case .notEqualUnordered: code.emit(f64 ? .f64Ne : .f32Ne)
            case .greater(let un): floatTest(un, ordered: f64 ? .f64Gt : .f32Gt, negatedOpposite: f64 ? .f64Le : .f32Le)
            case .greaterOrEqual(let un): floatTest(un, ordered: f64 ? .f64Ge : .f32Ge, negatedOpposite: f64 ? .f64Lt : .f32Lt)
            case .less(let un): floatTest(un, ordered: f64 ? .f64Lt : .f32Lt, negatedOpposite: f64 ? .f64Ge : .f32Ge)
            case .lessOrEqual(let un): floatTest(un, ordered: f64 ? .f64Le : .f32Le, negatedOpposite: f64 ? .f64Gt : .f32Gt)
            }
        case .i64:
            switch comparison {
            case .equal: code.emit(.i64Eq)
            case .notEqualUnordered: code.emit(.i64Ne)
            case .greater(let un): code.emit(un ? .i64GtU : .i64GtS)
            case .greaterOrEqual(let un): code.emit(un ? .i64GeU : .i64GeS)
            case .less(let un): code.emit(un ? .i64LtU : .i64LtS)
            case .lessOrEqual(let un): code.emit(un ? .i64LeU : .i64LeS)
            }
        default:
            switch comparison {
            case .equal: code.emit(.i32Eq)
            case .notEqualUnordered: code.emit(.i32Ne)
            case .greater(let un): code.emit(un ? .i32GtU : .i32GtS)
            case .greaterOrEqual(let un): code.emit(un ? .i32GeU : .i32GeS)
            case .less(let un): code.emit(un ? .i32LtU : .i32LtS)
            case .lessOrEqual(let un): code.emit(un ? .i32LeU : .i32LeS)
            }
        }
    }

    /// An ordered test, or for `.un` "unordered or …": the negation of the opposite ordered test.
    private mutating func floatTest(_ unordered: Bool, ordered: Opcode, negatedOpposite: Opcode) {
        if unordered {
            code.emit(negatedOpposite)
            code.emit(.i32Eqz)
        } else {
            code.emit(ordered)
        }
    }

    mutating func compareAndPush(_ comparison: Comparison) throws {
        try compare(comparison)
        push(.i32)
    }

    mutating func arithmetic(_ op: CILOpcode) throws {
        let b = try pop(), a = try pop()
        let kind = try common(a.kind, b.kind)
        let isFloat = kind == .f32 || kind == .f64
        if !isFloat, [.div, .divUn, .rem, .remUn].contains(op) { try checkDivisor(a, b, kind: kind, signed: op == .div || op == .rem) }
        if isFloat, op == .rem {
            // wasm has no float remainder; C's fmod is .NET's `%` on floating point.
            load(a, as: kind)
            load(b, as: kind)
            let type: ValueType = kind == .f64 ? .f64 : .f32
            code.call(functionSymbol: context.nativeFunction(kind == .f64 ? "fmod" : "fmodf",
                                                              FunctionType(params: [type, type], results: [type])))
            push(kind)
            return
        }
        load(a, as: kind)
        load(b, as: kind)
        let opcode: Opcode
        switch (op, kind) {
        case (.add, .i64): opcode = .i64Add
        case (.add, .f32): opcode = .f32Add
        case (.add, .f64): opcode = .f64Add
        case (.add, _): opcode = .i32Add
        case (.sub, .i64): opcode = .i64Sub
        case (.sub, .f32): opcode = .f32Sub
        case (.sub, .f64): opcode = .f64Sub
        case (.sub, _): opcode = .i32Sub
        case (.mul, .i64): opcode = .i64Mul
        case (.mul, .f32): opcode = .f32Mul
        case (.mul, .f64): opcode = .f64Mul
        case (.mul, _): opcode = .i32Mul
        case (.div, .i64): opcode = .i64DivS
        case (.div, .f32): opcode = .f32Div
        case (.div, .f64): opcode = .f64Div
        case (.div, _): opcode = .i32DivS
        case (.divUn, .i64): opcode = .i64DivU
        case (.divUn, _): opcode = .i32DivU
        case (.rem, .i64): opcode = .i64RemS
        case (.rem, _): opcode = .i32RemS
        case (.remUn, .i64): opcode = .i64RemU
        case (.remUn, _): opcode = .i32RemU
        case (.and, .i64): opcode = .i64And
        case (.and, _): opcode = .i32And
        case (.or, .i64): opcode = .i64Or
        case (.or, _): opcode = .i32Or
        case (.xor, .i64): opcode = .i64Xor
        case (.xor, _): opcode = .i32Xor
        default: throw CompileError("\(op.mnemonic) on \(kind) operands")
        }
        if isFloat, [.and, .or, .xor, .divUn, .remUn].contains(op) { throw CompileError("\(op.mnemonic) on floating point") }
        code.emit(opcode)
        push(kind)
    }

    /// Division by zero throws DivideByZeroException; MinValue / -1 throws OverflowException (as .NET does
    /// for both `/` and `%`; wasm would trap or return 0).
    mutating func checkDivisor(_ a: (kind: SlotKind, local: UInt32), _ b: (kind: SlotKind, local: UInt32),
                               kind: SlotKind, signed: Bool) throws {
        let is64 = kind == .i64
        code.localGet(b.local)
        code.emit(is64 ? .i64Eqz : .i32Eqz)
        throwIf(.divideByZero)
        guard signed else { return }
        code.localGet(b.local)
        if is64 { code.i64Const(-1); code.emit(.i64Eq) } else { code.i32Const(-1); code.emit(.i32Eq) }
        code.localGet(a.local)
        if is64 { code.i64Const(Int64.min); code.emit(.i64Eq) } else { code.i32Const(Int32.min); code.emit(.i32Eq) }
        code.emit(.i32And)
        throwIf(.overflow)
    }

    mutating func shift(_ op: CILOpcode) throws {
        let count = try pop(), value = try pop()
        code.localGet(value.local)
        code.localGet(count.local)
        if value.kind == .i64 {
            if count.kind != .i64 { code.emit(.i64ExtendI32U) }
            code.emit(op == .shl ? .i64Shl : op == .shr ? .i64ShrS : .i64ShrU)
        } else {
            if count.kind == .i64 { code.emit(.i32WrapI64) }
            code.emit(op == .shl ? .i32Shl : op == .shr ? .i32ShrS : .i32ShrU)
        }
        push(value.kind == .i64 ? .i64 : value.kind == .ptr ? .ptr : .i32)
    }

    mutating func checkedArithmetic(_ op: CILOpcode) throws {
        let b = try pop(), a = try pop()
        let kind = try common(a.kind, b.kind)
        let unsigned = op == .addOvfUn || op == .subOvfUn || op == .mulOvfUn
        if kind == .i64 {
            try checkedArithmetic64(op, a.local, b.local, unsigned: unsigned)
            push(.i64)
            return
        }
        guard kind != .f32, kind != .f64 else { throw CompileError("\(op.mnemonic) on floating point") }
        // 32-bit: compute exactly in 64 bits, then check the range.
        let wide = compiler.scratchLocal(.i64)
        for operand in [a, b] {
            code.localGet(operand.local)
            code.emit(unsigned ? .i64ExtendI32U : .i64ExtendI32S)
        }
        code.emit(op == .addOvf || op == .addOvfUn ? .i64Add : op == .subOvf || op == .subOvfUn ? .i64Sub : .i64Mul)
        code.localTee(wide)
        if unsigned {
            code.i64Const(0xFFFF_FFFF)
            code.emit(.i64GtU)
        } else {
            code.i64Const(Int64(Int32.max))
            code.emit(.i64GtS)
            code.localGet(wide)
            code.i64Const(Int64(Int32.min))
            code.emit(.i64LtS)
            code.emit(.i32Or)
        }
        throwIf(.overflow)
        code.localGet(wide)
        code.emit(.i32WrapI64)
        push(kind)
    }

    private mutating func checkedArithmetic64(_ op: CILOpcode, _ a: UInt32, _ b: UInt32, unsigned: Bool) throws {
        let result = compiler.scratchLocal(.i64)
        code.localGet(a)
        code.localGet(b)
        switch op {
        case .addOvf, .addOvfUn: code.emit(.i64Add)
        case .subOvf, .subOvfUn: code.emit(.i64Sub)
        default: code.emit(.i64Mul)
        }
        code.localSet(result)
        switch op {
        case .addOvf:
            // Overflow iff both operands' signs differ from the result's.
            code.localGet(a); code.localGet(result); code.emit(.i64Xor)
            code.localGet(b); code.localGet(result); code.emit(.i64Xor)
            code.emit(.i64And); code.i64Const(0); code.emit(.i64LtS)
        case .addOvfUn:
            code.localGet(result); code.localGet(a); code.emit(.i64LtU)
        case .subOvf:
            code.localGet(a); code.localGet(b); code.emit(.i64Xor)
            code.localGet(a); code.localGet(result); code.emit(.i64Xor)
            code.emit(.i64And); code.i64Const(0); code.emit(.i64LtS)
        case .subOvfUn:
            code.localGet(a); code.localGet(b); code.emit(.i64LtU)
        default:
            // a != 0 && result / a != b, except that MinValue / -1 must not be divided.
            code.localGet(a); code.emit(.i64Eqz)
            code.emit(.if, blockType: .value(.i32)); code.i32Const(0)
            code.beginElse()
            if unsigned {
                code.localGet(result); code.localGet(a); code.emit(.i64DivU); code.localGet(b); code.emit(.i64Ne)
            } else {
                code.localGet(a); code.i64Const(-1); code.emit(.i64Eq)
                code.emit(.if, blockType: .value(.i32))
                code.localGet(b); code.i64Const(Int64.min); code.emit(.i64Eq)
                code.beginElse()
                code.localGet(result); code.localGet(a); code.emit(.i64DivS); code.localGet(b); code.emit(.i64Ne)
                code.end()
            }
            code.end()
        }
        throwIf(.overflow)
        code.localGet(result)
    }
}
