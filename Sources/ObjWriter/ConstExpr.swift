/// One instruction of a constant expression (global initializers, segment offsets,
/// element items), including the extended-const arithmetic.
public enum ConstInstruction: Hashable, Sendable {
    case i32Const(Int32)
    case i64Const(Int64)
    case f32Const(bits: UInt32)
    case f64Const(bits: UInt64)
    case v128Const([UInt8])
    case globalGet(UInt32)
    case refNull(HeapType)
    case refFunc(UInt32)
    case i32Add, i32Sub, i32Mul, i64Add, i64Sub, i64Mul
}

/// A constant expression; the terminating `end` is implied.
public struct ConstExpr: Hashable, Sendable {
    public var instructions: [ConstInstruction]

    public init(_ instructions: [ConstInstruction]) {
        self.instructions = instructions
    }

    public static func i32(_ v: Int32) -> ConstExpr { ConstExpr([.i32Const(v)]) }
    public static func i64(_ v: Int64) -> ConstExpr { ConstExpr([.i64Const(v)]) }
}
