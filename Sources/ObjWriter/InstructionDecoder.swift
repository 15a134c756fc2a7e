/// Decodes instruction bytes (a function body's code, or a constant expression) into
/// `Instruction`s, driven by `OpcodeTable`.
///
/// It checks as it goes, and throws `DecodeError` (with the file offset) rather than trapping:
/// unknown opcodes and sub-opcodes, truncated or over-long immediates, memarg flags with an
/// alignment above the natural one, lane indices out of range, bad block or value types,
/// bad catch kinds, a non-zero `atomic.fence` byte, and misplaced structure (`else` outside
/// `if`, `catch` outside `try`, `delegate` after `catch`, instructions after the final `end`,
/// or input that ends before it). Types and operand stacks are not validated.
///
/// The encoded width of every LEB128 field that is not minimal (padded relocation sites) is
/// recorded in `Instruction.widths`, so `InstructionEncoder.emit(_:)` reproduces the bytes.
///
/// Like `ByteReader`, it is a view: create it inside `withUnsafeBufferPointer` and do not let
/// it escape; or use the static `decode` / `forEach` functions.
public struct InstructionDecoder {
    public private(set) var reader: ByteReader
    /// Kinds of the open control frames; the function's own frame is at the bottom.
    private var frames: [Frame]

    private let singleByte: [Int16]
    private let prefixFC: [Int16]
    private let prefixFD: [Int16]
    private let prefixFE: [Int16]
    private let kinds: [ImmediateKind]

    private enum Frame: UInt8 {
        case function, block, loop, `if`, `else`, `try`, legacyCatch, legacyCatchAll, tryTable
    }

    /// A decoder over `buffer`, whose first byte sits at `baseOffset` in the file.
    public init(_ buffer: UnsafeBufferPointer<UInt8>, baseOffset: Int = 0, context: String = "code") {
        reader = ByteReader(buffer, baseOffset: baseOffset, context: context)
        frames = [.function]
        frames.reserveCapacity(16)
        singleByte = OpcodeTable.singleByte
        prefixFC = OpcodeTable.prefixFC
        prefixFD = OpcodeTable.prefixFD
        prefixFE = OpcodeTable.prefixFE
        kinds = OpcodeTable.entries.map(\.immediates)
    }

    /// Whether the final `end` has been decoded and the input is used up.
    public var isAtEnd: Bool { frames.isEmpty && reader.isAtEnd }

    /// Current nesting depth: 1 inside the function body, 0 after its final `end`.
    public var depth: Int { frames.count }

    // MARK: Whole-buffer conveniences

    /// All the instructions of `code`, the last being the function's final `end`.
    /// Offsets are relative to `code`; error offsets are `baseOffset` + position.
    public static func decode(_ code: [UInt8], baseOffset: Int = 0) throws -> [Instruction] {
        try code.withUnsafeBufferPointer { buffer in
            var decoder = InstructionDecoder(buffer, baseOffset: baseOffset)
            var result: [Instruction] = []
            result.reserveCapacity(buffer.count / 2)
            while let instruction = try decoder.next() { result.append(instruction) }
            return result
        }
    }

    /// Decodes `code` one instruction at a time, without collecting them.
    public static func forEach(_ code: [UInt8], baseOffset: Int = 0,
                               _ body: (Instruction) throws -> Void) throws {
        try code.withUnsafeBufferPointer { buffer in
            var decoder = InstructionDecoder(buffer, baseOffset: baseOffset)
            while let instruction = try decoder.next() { try body(instruction) }
        }
    }

    // MARK: Streaming

    /// The next instruction, or nil once the final `end` has been decoded and the input is
    /// used up.
    public mutating func next() throws -> Instruction? {
        let start = reader.position
        if frames.isEmpty {
            if reader.isAtEnd { return nil }
            throw reader.error("operators remaining after end of function body")
        }
        if reader.isAtEnd { throw reader.error("function body ends before its final end") }

        let first = try reader.readByte()
        var widths = LEBWidths()
        let opcode: Opcode
        let entry: Int16
        if first >= 0xFC && first <= 0xFE {
            let sub = try readU32(&widths, 0)
            let table = first == 0xFC ? prefixFC : (first == 0xFD ? prefixFD : prefixFE)
            guard sub < UInt32(table.count), table[Int(sub)] >= 0 else {
                throw reader.error("unknown 0x\(String(first, radix: 16)) subopcode: 0x\(String(sub, radix: 16))",
                                   at: start)
            }
            entry = table[Int(sub)]
            opcode = Opcode(prefix: first, code: sub)
        } else {
            entry = singleByte[Int(first)]
            guard entry >= 0 else { throw reader.error("unknown opcode 0x\(String(first, radix: 16))", at: start) }
            opcode = Opcode(first)
            try updateFrames(first, at: start)
        }

        let immediates: Immediates
        switch kinds[Int(entry)] {
        case .none:
            immediates = .none
        case .label, .function, .typeIndex, .local, .global, .table, .memory, .dataIndex, .elemIndex, .tag:
            immediates = .index(try readU32(&widths, 1))
        case .callIndirect, .memoryInit, .memoryCopy, .tableInit, .tableCopy:
            let a = try readU32(&widths, 1)
            immediates = .indexPair(a, try readU32(&widths, 2))
        case .blockType:
            immediates = .blockType(try readBlockType(&widths))
        case .brTable:
            immediates = .brTable(try readBrTable(&widths))
        case .memarg(let natural):
            immediates = .memarg(try readMemArg(natural, &widths))
        case .memargLane(let natural, let lanes):
            let memarg = try readMemArg(natural, &widths)
            immediates = .memargLane(memarg, lane: try readLane(lanes))
        case .i32:
            let fieldStart = reader.position
            let value = try reader.readVarInt32()
            recordSigned(Int64(value), from: fieldStart, &widths, 1)
            immediates = .i32(value)
        case .i64:
            let fieldStart = reader.position
            let value = try reader.readVarInt64()
            recordSigned(value, from: fieldStart, &widths, 1)
            immediates = .i64(value)
        case .f32:
            immediates = .f32(bits: try reader.readU32LE())
        case .f64:
            immediates = .f64(bits: try reader.readU64LE())
        case .v128:
            let low = try reader.readU64LE()
            immediates = .v128(V128(low: low, high: try reader.readU64LE()))
        case .lane(let lanes):
            immediates = .lane(try readLane(lanes))
        case .shuffle:
            let fieldStart = reader.position
            let low = try reader.readU64LE()
            let high = try reader.readU64LE()
            guard (low | high) & 0xE0E0_E0E0_E0E0_E0E0 == 0 else {
                throw reader.error("invalid lane index in i8x16.shuffle (must be below 32)", at: fieldStart)
            }
            immediates = .shuffle(V128(low: low, high: high))
        case .selectTypes:
            let count = try readCount(&widths, 1)
            var types: [ValueType] = []
            types.reserveCapacity(count)
            for _ in 0..<count { types.append(try reader.readValueType()) }
            immediates = .selectTypes(types)
        case .heapType:
            let fieldStart = reader.position
            let heapType = try reader.readHeapType()
            if case .concrete(let index) = heapType {
                recordSigned(Int64(index), from: fieldStart, &widths, 1)
            }
            immediates = .heapType(heapType)
        case .tryTable:
            immediates = .tryTable(try readTryTable(&widths))
        case .atomicFence:
            let fieldStart = reader.position
            guard try reader.readByte() == 0 else {
                throw reader.error("nonzero byte after atomic.fence", at: fieldStart)
            }
            immediates = .none
        }
        return Instruction(opcode, immediates, offset: start, widths: widths)
    }

    // MARK: Structure

    private mutating func updateFrames(_ opcode: UInt8, at start: Int) throws {
        switch opcode {
        case 0x02: frames.append(.block)
        case 0x03: frames.append(.loop)
        case 0x04: frames.append(.if)
        case 0x06: frames.append(.try)
        case 0x1F: frames.append(.tryTable)
        case 0x05:
            guard frames.last == .if else { throw reader.error("else found outside of an if block", at: start) }
            frames[frames.count - 1] = .else
        case 0x07, 0x19:
            let name = opcode == 0x07 ? "catch" : "catch_all"
            guard let top = frames.last, top == .try || top == .legacyCatch else {
                throw reader.error("\(name) found outside of a try block", at: start)
            }
            frames[frames.count - 1] = opcode == 0x07 ? .legacyCatch : .legacyCatchAll
        case 0x18:
            guard frames.last == .try else { throw reader.error("delegate found outside of a try block", at: start) }
            frames.removeLast()
        case 0x0B:
            frames.removeLast()
        default:
            break
        }
    }

    // MARK: Immediates

    @inline(__always)
    private mutating func readU32(_ widths: inout LEBWidths, _ slot: Int) throws -> UInt32 {
        let fieldStart = reader.position
        let value = try reader.readVarUInt32()
        let width = reader.position - fieldStart
        if width > 1 && width != LEB128.unsignedSize(UInt64(value)) { widths[slot] = width }
        return value
    }

    @inline(__always)
    private mutating func readU32(width: inout UInt8) throws -> UInt32 {
        let fieldStart = reader.position
        let value = try reader.readVarUInt32()
        let w = reader.position - fieldStart
        if w > 1 && w != LEB128.unsignedSize(UInt64(value)) { width = UInt8(w) }
        return value
    }

    private mutating func readCount(_ widths: inout LEBWidths, _ slot: Int) throws -> Int {
        let fieldStart = reader.position
        let count = try reader.readCount()
        let width = reader.position - fieldStart
        if width > 1 && width != LEB128.unsignedSize(UInt64(count)) { widths[slot] = width }
        return count
    }

    @inline(__always)
    private func recordSigned(_ value: Int64, from fieldStart: Int, _ widths: inout LEBWidths, _ slot: Int) {
        let width = reader.position - fieldStart
        if width > 1 && width != InstructionDecoder.signedSize(value) { widths[slot] = width }
    }

    /// Bytes of the minimal signed LEB128 encoding of `value`.
    @inlinable
    public static func signedSize(_ value: Int64) -> Int {
        var v = value
        var n = 1
        while true {
            let byte = v & 0x7f
            v >>= 7
            if (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0) { return n }
            n += 1
        }
    }

    private mutating func readLane(_ lanes: UInt8) throws -> UInt8 {
        let fieldStart = reader.position
        let lane = try reader.readByte()
        guard lane < lanes else {
            throw reader.error("invalid lane index \(lane) (must be below \(lanes))", at: fieldStart)
        }
        return lane
    }

    private mutating func readMemArg(_ natural: UInt8, _ widths: inout LEBWidths) throws -> MemArg {
        let flagsStart = reader.position
        var flags = try readU32(&widths, 1)
        var memory: UInt32 = 0
        if flags & 0x40 != 0 {
            flags ^= 0x40
            memory = try readU32(&widths, 3)
            // An explicit memory index 0 is kept by giving its field a width.
            if memory == 0 && widths[3] == 0 { widths[3] = 1 }
        }
        guard flags <= UInt32(natural) else {
            if flags >= 0x40 {
                throw reader.error("malformed memop alignment: alignment too large", at: flagsStart)
            }
            throw reader.error("alignment 2**\(flags) is larger than natural (2**\(natural))", at: flagsStart)
        }
        let offsetStart = reader.position
        let offset = try reader.readVarUInt64()
        let width = reader.position - offsetStart
        if width > 1 && width != LEB128.unsignedSize(offset) { widths[2] = width }
        return MemArg(offset: offset, align: flags, memory: memory)
    }

    private mutating func readBlockType(_ widths: inout LEBWidths) throws -> BlockType {
        let fieldStart = reader.position
        let byte = try reader.peekByte()
        // A negative one-byte s33 is 0x40 or a value type; anything else is a type index.
        if byte & 0x80 == 0 && byte & 0x40 != 0 {
            if byte == 0x40 {
                _ = try reader.readByte()
                return .empty
            }
            return .value(try reader.readValueType())
        }
        let value = try reader.readSignedLEB(bits: 33)
        guard value >= 0 else { throw reader.error("invalid block type", at: fieldStart) }
        recordSigned(value, from: fieldStart, &widths, 1)
        return .typeIndex(UInt32(truncatingIfNeeded: value))
    }

    private mutating func readBrTable(_ widths: inout LEBWidths) throws -> BrTable {
        let count = try readCount(&widths, 1)
        var targets: [UInt32] = []
        targets.reserveCapacity(count)
        var targetWidths: [UInt8] = []
        for i in 0..<count {
            var width: UInt8 = 0
            targets.append(try readU32(width: &width))
            if width != 0 {
                if targetWidths.isEmpty { targetWidths = [UInt8](repeating: 0, count: count) }
                targetWidths[i] = width
            }
        }
        let defaultTarget = try readU32(&widths, 2)
        return BrTable(targets: targets, defaultTarget: defaultTarget, targetWidths: targetWidths)
    }

    private mutating func readTryTable(_ widths: inout LEBWidths) throws -> TryTable {
        let blockType = try readBlockType(&widths)
        let count = try readCount(&widths, 2)
        var catches: [CatchClause] = []
        catches.reserveCapacity(count)
        for _ in 0..<count {
            let kindStart = reader.position
            let kindByte = try reader.readByte()
            guard let kind = CatchClause.Kind(rawValue: kindByte) else {
                throw reader.error("invalid catch kind 0x\(String(kindByte, radix: 16))", at: kindStart)
            }
            var tagWidth: UInt8 = 0
            var labelWidth: UInt8 = 0
            let tag = kind.hasTag ? try readU32(width: &tagWidth) : 0
            let label = try readU32(width: &labelWidth)
            catches.append(CatchClause(kind, tag: tag, label: label, tagWidth: tagWidth, labelWidth: labelWidth))
        }
        return TryTable(blockType: blockType, catches: catches)
    }
}

extension FunctionBody {
    /// The body's instructions, decoded; the last is the function's final `end`.
    public func instructions() throws -> [Instruction] {
        try InstructionDecoder.decode(code)
    }
}
