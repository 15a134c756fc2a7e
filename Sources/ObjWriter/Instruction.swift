/// Decoded instructions: an opcode from `OpcodeTable`, its immediates, and where it was.

/// One instruction.
public struct Instruction: Hashable, Sendable {
    public var opcode: Opcode
    public var immediates: Immediates
    /// Byte offset of the opcode from the start of the decoded bytes (for a function body,
    /// from the start of `FunctionBody.code`); 0 for instructions built by hand.
    public var offset: Int
    /// Encoded widths of LEB128 fields that were not minimally encoded (relocation sites
    /// are padded to 5 or 10 bytes); `.minimal` when every field was minimal.
    public var widths: LEBWidths

    public init(_ opcode: Opcode, _ immediates: Immediates = .none, offset: Int = 0,
                widths: LEBWidths = .minimal) {
        self.opcode = opcode
        self.immediates = immediates
        self.offset = offset
        self.widths = widths
    }

    /// The text-format mnemonic.
    public var name: String { opcode.name }
}

/// The immediates of an instruction, by shape. Which case goes with which opcode is
/// given by the opcode's `ImmediateKind` in `OpcodeTable`.
public enum Immediates: Hashable, Sendable {
    /// `ImmediateKind.none` and `.atomicFence` (whose reserved byte is always zero).
    case none
    case blockType(BlockType)
    /// `.label`, `.function`, `.typeIndex`, `.local`, `.global`, `.table`, `.memory`,
    /// `.dataIndex`, `.elemIndex`, `.tag`.
    case index(UInt32)
    /// `.callIndirect` (type, table), `.memoryInit` (data, memory), `.memoryCopy` (dst, src),
    /// `.tableInit` (elem, table), `.tableCopy` (dst, src): in encoding order.
    case indexPair(UInt32, UInt32)
    case brTable(BrTable)
    case memarg(MemArg)
    case memargLane(MemArg, lane: UInt8)
    case i32(Int32)
    case i64(Int64)
    case f32(bits: UInt32)
    case f64(bits: UInt64)
    case v128(V128)
    case lane(UInt8)
    case shuffle(V128)
    case selectTypes([ValueType])
    case heapType(HeapType)
    case tryTable(TryTable)

    /// Whether these immediates have the shape `kind` calls for.
    public func matches(_ kind: ImmediateKind) -> Bool {
        switch (self, kind) {
        case (.none, .none), (.none, .atomicFence): return true
        case (.blockType, .blockType): return true
        case (.index, .label), (.index, .function), (.index, .typeIndex), (.index, .local),
             (.index, .global), (.index, .table), (.index, .memory), (.index, .dataIndex),
             (.index, .elemIndex), (.index, .tag): return true
        case (.indexPair, .callIndirect), (.indexPair, .memoryInit), (.indexPair, .memoryCopy),
             (.indexPair, .tableInit), (.indexPair, .tableCopy): return true
        case (.brTable, .brTable): return true
        case (.memarg(let m), .memarg(let natural)): return m.align <= UInt32(natural)
        case (.memargLane(let m, let lane), .memargLane(let natural, let lanes)):
            return m.align <= UInt32(natural) && lane < lanes
        case (.i32, .i32), (.i64, .i64), (.f32, .f32), (.f64, .f64), (.v128, .v128): return true
        case (.lane(let lane), .lane(let lanes)): return lane < lanes
        case (.shuffle(let lanes), .shuffle): return lanes.bytes.allSatisfy { $0 < 32 }
        case (.selectTypes, .selectTypes): return true
        case (.heapType, .heapType): return true
        case (.tryTable, .tryTable): return true
        default: return false
        }
    }
}

/// The type of a `block`, `loop`, `if`, `try` or `try_table`.
public enum BlockType: Hashable, Sendable {
    /// 0x40: no parameters, no results.
    case empty
    /// One result.
    case value(ValueType)
    /// A function type from the type section.
    case typeIndex(UInt32)
}

/// The memory operand of loads, stores and atomics.
public struct MemArg: Hashable, Sendable {
    /// The static offset added to the address operand.
    public var offset: UInt64
    /// log2 of the alignment in bytes.
    public var align: UInt32
    /// The memory (multi-memory); encoded only when not 0, by setting bit 6 of the flags.
    public var memory: UInt32

    public init(offset: UInt64 = 0, align: UInt32, memory: UInt32 = 0) {
        self.offset = offset
        self.align = align
        self.memory = memory
    }
}

/// 16 bytes of a `v128.const` or the lane indices of an `i8x16.shuffle`, in encoding order.
public struct V128: Hashable, Sendable {
    /// Bytes 0-7, little-endian.
    public var low: UInt64
    /// Bytes 8-15, little-endian.
    public var high: UInt64

    public init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// `bytes` must hold exactly 16 bytes.
    public init(_ bytes: [UInt8]) {
        precondition(bytes.count == 16, "a v128 is 16 bytes")
        var low: UInt64 = 0
        var high: UInt64 = 0
        for i in 0..<8 {
            low |= UInt64(bytes[i]) << UInt64(8 * i)
            high |= UInt64(bytes[8 + i]) << UInt64(8 * i)
        }
        self.init(low: low, high: high)
    }

    public var bytes: [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(16)
        for word in [low, high] {
            for i: UInt64 in 0..<8 { result.append(UInt8(truncatingIfNeeded: word >> (8 * i))) }
        }
        return result
    }
}

/// The immediates of `br_table`.
public struct BrTable: Hashable, Sendable {
    public var targets: [UInt32]
    public var defaultTarget: UInt32
    /// Encoded widths of `targets` when some were not minimal; empty otherwise.
    public var targetWidths: [UInt8]

    public init(targets: [UInt32], defaultTarget: UInt32, targetWidths: [UInt8] = []) {
        self.targets = targets
        self.defaultTarget = defaultTarget
        self.targetWidths = targetWidths
    }
}

/// The immediates of `try_table`.
public struct TryTable: Hashable, Sendable {
    public var blockType: BlockType
    public var catches: [CatchClause]

    public init(blockType: BlockType = .empty, catches: [CatchClause]) {
        self.blockType = blockType
        self.catches = catches
    }
}

/// One clause of a `try_table`.
public struct CatchClause: Hashable, Sendable {
    public enum Kind: UInt8, Hashable, Sendable {
        case `catch` = 0, catchRef = 1, catchAll = 2, catchAllRef = 3

        /// The text-format keyword.
        public var name: String {
            switch self {
            case .catch: return "catch"
            case .catchRef: return "catch_ref"
            case .catchAll: return "catch_all"
            case .catchAllRef: return "catch_all_ref"
            }
        }

        public var hasTag: Bool { self == .catch || self == .catchRef }
    }

    public var kind: Kind
    /// The tag caught (0 and not encoded for `catch_all` and `catch_all_ref`).
    public var tag: UInt32
    /// The branch depth, relative to the block enclosing the `try_table`.
    public var label: UInt32
    /// Encoded widths of `tag` and `label` when not minimal (0: minimal).
    public var tagWidth: UInt8
    public var labelWidth: UInt8

    public init(_ kind: Kind, tag: UInt32 = 0, label: UInt32, tagWidth: UInt8 = 0, labelWidth: UInt8 = 0) {
        self.kind = kind
        self.tag = kind.hasTag ? tag : 0
        self.label = label
        self.tagWidth = tagWidth
        self.labelWidth = labelWidth
    }

    public static func `catch`(tag: UInt32, label: UInt32) -> CatchClause { CatchClause(.catch, tag: tag, label: label) }
    public static func catchRef(tag: UInt32, label: UInt32) -> CatchClause { CatchClause(.catchRef, tag: tag, label: label) }
    public static func catchAll(label: UInt32) -> CatchClause { CatchClause(.catchAll, label: label) }
    public static func catchAllRef(label: UInt32) -> CatchClause { CatchClause(.catchAllRef, label: label) }
}

/// The encoded widths of up to four LEB128 fields of one instruction; 0 means minimal.
///
/// Slot 0 is the sub-opcode of a prefixed opcode. Slots 1-3 are the instruction's LEB
/// fields in encoding order:
/// - one index, `i32`/`i64` constant, heap type, or block type index: slot 1;
/// - `.indexPair`: slots 1 and 2;
/// - memarg (and memarg + lane): flags 1, offset 2, memory index 3 (a memory index 0 that
///   was encoded explicitly, with flag bit 6, has width 1 or more here);
/// - `br_table`: count 1, default 2 (targets in `BrTable.targetWidths`);
/// - typed `select`: count 1;
/// - `try_table`: block type index 1, count 2 (tags and labels in `CatchClause`).
public struct LEBWidths: Hashable, Sendable {
    public var raw: UInt32

    public init(raw: UInt32 = 0) { self.raw = raw }

    public static let minimal = LEBWidths()

    @inlinable public subscript(slot: Int) -> Int {
        get { Int((raw >> UInt32(8 * slot)) & 0xff) }
        set {
            let shift = UInt32(8 * slot)
            raw = (raw & ~(0xff << shift)) | (UInt32(truncatingIfNeeded: newValue) & 0xff) << shift
        }
    }

    public var isMinimal: Bool { raw == 0 }
}
