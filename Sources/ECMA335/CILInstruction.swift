/// One decoded CIL instruction. Prefixes are instructions of their own, as in the encoding.
public struct CILInstruction: Hashable, Sendable {
    /// IL offset of the opcode's first byte, from the start of the method's code.
    public var offset: Int
    public var opcode: CILOpcode
    public var operand: CILOperand

    public init(offset: Int, opcode: CILOpcode, operand: CILOperand) {
        self.offset = offset
        self.opcode = opcode
        self.operand = operand
    }
}

/// An instruction's inline operand, decoded.
public enum CILOperand: Hashable, Sendable {
    case none
    /// `ldc.i4` and `ldc.i4.s` (sign-extended).
    case int32(Int32)
    case int64(Int64)
    /// `ldc.r4`: the IEEE bits exactly as encoded (NaN payloads included).
    case float32(bits: UInt32)
    /// `ldc.r8`: the IEEE bits exactly as encoded.
    case float64(bits: UInt64)
    /// Method, field, type, `ldtoken`, `calli` signature and `ldstr` (#US, tag 0x70) tokens.
    case token(MetadataToken)
    /// A branch's target as an absolute IL offset.
    case branchTarget(Int)
    /// A `switch`'s targets as absolute IL offsets, in table order.
    case switchTargets([Int])
    /// An argument or local index (`ldarg.s`, `stloc`, ...).
    case variable(UInt16)
    /// The `unaligned.` alignment: 1, 2 or 4.
    case alignment(UInt8)
    /// The checks a `no.` prefix lets the next instruction skip.
    case noChecks(CILNoChecks)
}

/// The `no.` prefix's operand (III.2.2).
public struct CILNoChecks: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let typecheck = CILNoChecks(rawValue: 1)
    public static let rangecheck = CILNoChecks(rawValue: 2)
    public static let nullcheck = CILNoChecks(rawValue: 4)
    public static let all: CILNoChecks = [.typecheck, .rangecheck, .nullcheck]
}

/// `IL_001a`: the label ildasm gives an IL offset (at least four lowercase hex digits).
public func ilLabel(_ offset: Int) -> String {
    guard offset >= 0 else { return "-0x" + String(-offset, radix: 16) }
    let digits = String(offset, radix: 16)
    return "IL_" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
