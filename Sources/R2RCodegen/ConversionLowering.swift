import ECMA335
import ObjWriter

/// `conv.*` and `conv.ovf.*`. Unchecked float → integer conversions of NaN and out-of-range
/// values, which ECMA-335 leaves unspecified, give what mono on x86-64 gives (the
/// `cvttsd2si` "integer indefinite" value), so programs print the same.
extension BlockTranslator {
    enum IntegerTarget {
        case i8, u8, i16, u16, i32, u32, i64, u64

        var is64: Bool { self == .i64 || self == .u64 }
        var range: (min: Int64, max: UInt64) {
            switch self {
            case .i8: (-128, 127)
            case .u8: (0, 255)
            case .i16: (-32768, 32767)
            case .u16: (0, 65535)
            case .i32: (Int64(Int32.min), UInt64(Int32.max))
            case .u32: (0, UInt64(UInt32.max))
            case .i64: (Int64.min, UInt64(Int64.max))
            case .u64: (0, UInt64.max)
            }
        }
    }

    mutating func convert(_ op: CILOpcode) throws {
        let value = try pop()
        code.localGet(value.local)
        switch op {
        case .convR4:
            switch value.kind {
            case .i64: code.emit(.f32ConvertI64S)
            case .f32: break
            case .f64: code.emit(.f32DemoteF64)
            default: code.emit(.f32ConvertI32S)
            }
            push(.f32)
        case .convR8:
            switch value.kind {
            case .i64: code.emit(.f64ConvertI64S)
            case .f32: code.emit(.f64PromoteF32)
            case .f64: break
            default: code.emit(.f64ConvertI32S)
            }
            push(.f64)
        case .convRUn:
            switch value.kind {
            case .i64: code.emit(.f64ConvertI64U)
            case .f32: code.emit(.f64PromoteF32)
            case .f64: break
            default: code.emit(.f64ConvertI32U)
            }
            push(.f64)
        case .convI8, .convU8:
            switch value.kind {
            case .i64: break
            case .f32, .f64:
                if op == .convI8 { truncateLikeX64(value.kind, bits: 64) } else {
                    code.emit(value.kind == .f32 ? .i64TruncSatF32U : .i64TruncSatF64U)
                }
            default: code.emit(op == .convI8 ? .i64ExtendI32S : .i64ExtendI32U)
            }
            push(.i64)
        default:
            // To a 32-bit (or narrower) integer: first to i32, then narrow.
            switch value.kind {
            case .i64: code.emit(.i32WrapI64)
            case .f32, .f64:
                // mono converts to uint through a 64-bit conversion, to the rest through a 32-bit one.
                if op == .convU4 || op == .convU {
                    truncateLikeX64(value.kind, bits: 64)
                    code.emit(.i32WrapI64)
                } else {
                    truncateLikeX64(value.kind, bits: 32)
                }
            default: break
            }
            switch op {
            case .convI1: code.emit(.i32Extend8S)
            case .convI2: code.emit(.i32Extend16S)
            case .convU1: code.i32Const(0xFF); code.emit(.i32And)
            case .convU2: code.i32Const(0xFFFF); code.emit(.i32And)
            default: break
            }
            push((op == .convI || op == .convU) && value.kind == .ptr ? .ptr : .i32)
        }
    }

    /// Truncates the float on the wasm stack to a signed integer of `bits`; NaN and values out of
    /// range give the minimum value, as x86-64's truncating conversions do.
    private mutating func truncateLikeX64(_ kind: SlotKind, bits: Int) {
        let value = compiler.scratchLocal(.f64)
        if kind == .f32 { code.emit(.f64PromoteF32) }
        code.localSet(value)
        code.localGet(value)
        code.emit(bits == 64 ? .i64TruncSatF64S : .i32TruncSatF64S)
        if bits == 64 { code.i64Const(Int64.min) } else { code.i32Const(Int32.min) }
        let limit = bits == 64 ? 9_223_372_036_854_775_808.0 : 2_147_483_648.0
        code.localGet(value)
        code.f64Const(-limit)
        code.emit(.f64Ge)
        code.localGet(value)
        code.f64Const(limit)
        code.emit(.f64Lt)
        code.emit(.i32And)
        code.emit(.select)
    }

    static func checkedTarget(_ op: CILOpcode) -> (target: IntegerTarget, unsignedSource: Bool) {
        switch op {
        case .convOvfI1: (.i8, false)
        case .convOvfI2: (.i16, false)
        case .convOvfI4, .convOvfI: (.i32, false)
        case .convOvfI8: (.i64, false)
        case .convOvfU1: (.u8, false)
        case .convOvfU2: (.u16, false)
        case .convOvfU4, .convOvfU: (.u32, false)
        case .convOvfU8: (.u64, false)
        case .convOvfI1Un: (.i8, true)
        case .convOvfI2Un: (.i16, true)
        case .convOvfI4Un, .convOvfIUn: (.i32, true)
        case .convOvfI8Un: (.i64, true)
        case .convOvfU1Un: (.u8, true)
        case .convOvfU2Un: (.u16, true)
        case .convOvfU4Un, .convOvfUUn: (.u32, true)
        default: (.u64, true)
        }
    }

    mutating func checkedConvert(_ op: CILOpcode) throws {
        let (target, unsignedSource) = Self.checkedTarget(op)
        let value = try pop()
        switch value.kind {
        case .f32, .f64:
            try checkedFromFloat(value, target)
        default:
            // Widen to i64 (the source's signedness), check the range, narrow.
            let wide = compiler.scratchLocal(.i64)
            code.localGet(value.local)
            if value.kind != .i64 { code.emit(unsignedSource ? .i64ExtendI32U : .i64ExtendI32S) }
            code.localSet(wide)
            let (min, max) = target.range
            let sourceIsUnsigned64 = unsignedSource && value.kind == .i64
            if sourceIsUnsigned64 {
                // The source may exceed Int64.max: compare unsigned against the maximum only.
                code.localGet(wide); code.i64Const(Int64(bitPattern: max)); code.emit(.i64GtU)
            } else {
                code.localGet(wide); code.i64Const(min); code.emit(.i64LtS)
                if max <= UInt64(Int64.max) {
                    code.localGet(wide); code.i64Const(Int64(max)); code.emit(.i64GtS)
                    code.emit(.i32Or)
                }
            }
            throwIf(.overflow)
            code.localGet(wide)
            if !target.is64 { code.emit(.i32WrapI64) }
        }
        push(target.is64 ? .i64 : .i32)
    }

    /// NaN and values outside (min - 1, max + 1) overflow; the rest truncate toward zero.
    private mutating func checkedFromFloat(_ value: (kind: SlotKind, local: UInt32), _ target: IntegerTarget) throws {
        let (min, max) = target.range
        let f64 = compiler.scratchLocal(.f64)
        code.localGet(value.local)
        if value.kind == .f32 { code.emit(.f64PromoteF32) }
        code.localTee(f64)
        // Bounds exactly representable as doubles: -2^63 - 1 rounds to -2^63, so use > -2^63 - 1 ≡ >= -2^63.
        let lower = Double(min) - 1, upper = Double(max) + 1
        code.f64Const(lower)
        code.emit(lower == Double(min) ? .f64Ge : .f64Gt)
        code.localGet(f64)
        code.f64Const(upper)
        code.emit(.f64Lt)
        code.emit(.i32And)
        code.emit(.i32Eqz)
        throwIf(.overflow)
        code.localGet(f64)
        switch target {
        case .i64: code.emit(.i64TruncF64S)
        case .u64: code.emit(.i64TruncF64U)
        case .u32: code.emit(.i64TruncF64S); code.emit(.i32WrapI64)
        default: code.emit(.i32TruncF64S)
        }
    }
}
