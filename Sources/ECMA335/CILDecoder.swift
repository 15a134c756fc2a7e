/// A streaming, validating decoder over one method's CIL code bytes.
///
/// Besides the encoding itself it checks what needs the whole body to see:
/// - every branch and switch target lies inside the code, on the first byte of an instruction;
/// - every prefix is followed by an instruction it may prefix (III.2), at most once each, and a
///   `tail.`-prefixed call is followed by `ret` (III.2.4);
/// - tokens name a table the operand kind allows, with a non-null row;
/// - the last instruction ends exactly at the end of the code.
///
/// A prefix and the instruction it prefixes form one unit: only the first prefix's offset is an
/// instruction boundary, so nothing may branch between a prefix and its instruction.
///
/// Errors are `MetadataError`s whose offset is the absolute file offset of the offending byte
/// and whose message begins with the IL offset, e.g. `IL_001a: unknown opcode 0xfe 0x30`.
/// Decoding allocates only the boundary bitmap (once) and switch tables. After an error the
/// decoder does not resynchronize: stop using it.
public struct CILDecoder: Sendable {
    let bytes: [UInt8]
    /// Absolute file offset of IL offset 0.
    public let codeStart: Int
    /// Absolute file offset one past the last code byte.
    public let codeEnd: Int
    /// Absolute file offset of the next instruction.
    var position: Int
    let context: String

    /// Two words per 64 code bytes: instruction starts, then branch targets, one bit per byte.
    var marks: [UInt64]
    /// Prefixes read since the last instruction that was not a prefix.
    var pendingPrefixes: CILPrefixSet = []
    /// IL offset of the first of `pendingPrefixes`.
    var prefixStart = 0
    /// IL offset of a `tail.`-prefixed call whose `ret` has not been seen yet, or -1.
    var tailCall = -1
    var finished = false

    /// A decoder over the cursor's bytes from its position to the end of its window, which must be
    /// exactly the method's code.
    public init(code: ByteCursor) {
        self.init(bytes: code.bytes, codeRange: code.position..<code.end, context: code.context)
    }

    /// A decoder over `codeRange` (absolute file offsets) of `bytes`, clamped to the array.
    public init(bytes: [UInt8], codeRange: Range<Int>, context: String = "") {
        let cursor = ByteCursor(bytes, range: codeRange, context: context)
        self.bytes = bytes
        codeStart = cursor.start
        codeEnd = cursor.end
        position = cursor.start
        self.context = context
        marks = [UInt64](repeating: 0, count: 2 * ((cursor.end - cursor.start) / 64 + 1))
    }

    /// Bytes of code.
    public var codeSize: Int { codeEnd - codeStart }

    /// IL offset of the next instruction (after the last, `codeSize`).
    public var offset: Int { position - codeStart }

    /// Whether `ilOffset` is where an instruction (or its first prefix) starts, or the end of the
    /// code. Answers for the instructions decoded so far; complete once decoding has finished.
    public func isInstructionBoundary(_ ilOffset: Int) -> Bool {
        if ilOffset == codeSize { return true }
        guard ilOffset >= 0, ilOffset < codeSize else { return false }
        return marks[(ilOffset >> 6) << 1] & (1 << UInt64(ilOffset & 63)) != 0
    }

    /// Decodes the rest of the code.
    public mutating func decodeAll() throws -> [CILInstruction] {
        var result: [CILInstruction] = []
        // Most instructions take one to five bytes.
        result.reserveCapacity(codeSize / 3 + 1)
        while let instruction = try next() { result.append(instruction) }
        return result
    }

    /// The next instruction, or nil at the end of the code once the whole-body checks passed.
    public mutating func next() throws -> CILInstruction? {
        guard position < codeEnd else {
            if !finished {
                try finish()
                finished = true
            }
            return nil
        }
        return try decodeOne()
    }

    mutating func decodeOne() throws -> CILInstruction {
        let start = position
        let il = start - codeStart
        let first = bytes[start]
        let opcode: CILOpcode
        let slot: CILOpcodeTable.Slot
        if first == 0xFE {
            guard start + 1 < codeEnd else {
                throw fail(il, "opcode 0xfe is cut off by the end of the code", at: start)
            }
            let second = bytes[start + 1]
            opcode = CILOpcode(fe: second)
            slot = CILOpcodeTable.twoByte[Int(second)]
            position = start + 2
        } else {
            opcode = CILOpcode(first)
            slot = CILOpcodeTable.oneByte[Int(first)]
            position = start + 1
        }
        guard slot.isAssigned else {
            throw fail(il, "unknown opcode \(opcode.encodingDescription)", at: start)
        }
        if tailCall >= 0 {
            guard opcode == .ret else { throw tailCallNotFollowedByRet(il, at: start) }
            tailCall = -1
        }
        if pendingPrefixes.isEmpty {
            marks[(il >> 6) << 1] |= 1 << UInt64(il & 63)
        }
        if !slot.prefix.isEmpty {
            guard !pendingPrefixes.contains(slot.prefix) else {
                throw fail(il, "repeated \(opcode.mnemonic) prefix", at: start)
            }
            if pendingPrefixes.isEmpty { prefixStart = il }
            pendingPrefixes.formUnion(slot.prefix)
        } else if !pendingPrefixes.isEmpty {
            let refused = pendingPrefixes.subtracting(slot.acceptedPrefixes)
            guard refused.isEmpty else { throw prefixMisuse(il, opcode, refused, at: start) }
            if pendingPrefixes.contains(.tail) { tailCall = il }
            pendingPrefixes = []
        }
        return CILInstruction(offset: il, opcode: opcode, operand: try readOperand(slot.operand, opcode, il))
    }

    /// Reads the operand at `position`, which follows the opcode of the instruction at `il`.
    private mutating func readOperand(_ kind: CILOperandKind, _ opcode: CILOpcode, _ il: Int) throws -> CILOperand {
        let at = position
        switch kind {
        case .none:
            return .none
        case .int8:
            try need(1, il, opcode)
            return .int32(Int32(Int8(bitPattern: take1())))
        case .int32:
            try need(4, il, opcode)
            return .int32(Int32(bitPattern: take4()))
        case .int64:
            try need(8, il, opcode)
            return .int64(Int64(bitPattern: take8()))
        case .float32:
            try need(4, il, opcode)
            return .float32(bits: take4())
        case .float64:
            try need(8, il, opcode)
            return .float64(bits: take8())
        case .shortVariable:
            try need(1, il, opcode)
            return .variable(UInt16(take1()))
        case .variable:
            try need(2, il, opcode)
            let low = UInt16(take1())
            return .variable(low | UInt16(take1()) << 8)
        case .method, .field, .type, .token, .string, .signature:
            try need(4, il, opcode)
            let token = MetadataToken(raw: take4())
            try checkToken(token, kind, il, opcode, at: at)
            return .token(token)
        case .shortBranch:
            try need(1, il, opcode)
            let displacement = Int(Int8(bitPattern: take1()))
            return .branchTarget(try target(offset + displacement, il, opcode, at: at))
        case .branch:
            try need(4, il, opcode)
            let displacement = Int(Int32(bitPattern: take4()))
            return .branchTarget(try target(offset + displacement, il, opcode, at: at))
        case .switchTable:
            try need(4, il, opcode)
            let count = Int(take4())
            guard count <= (codeEnd - position) / 4 else {
                throw fail(il, "switch has \(count) targets but only \(codeEnd - position) bytes remain", at: at)
            }
            // Targets are relative to the end of the whole instruction.
            let base = offset + 4 * count
            var targets: [Int] = []
            targets.reserveCapacity(count)
            for _ in 0..<count {
                let entryAt = position
                let displacement = Int(Int32(bitPattern: take4()))
                targets.append(try target(base + displacement, il, opcode, at: entryAt))
            }
            return .switchTargets(targets)
        case .alignment:
            try need(1, il, opcode)
            let alignment = take1()
            guard alignment == 1 || alignment == 2 || alignment == 4 else {
                throw fail(il, "unaligned. alignment \(alignment) is not 1, 2 or 4", at: at)
            }
            return .alignment(alignment)
        case .noChecks:
            try need(1, il, opcode)
            let checks = CILNoChecks(rawValue: take1())
            guard !checks.isEmpty, CILNoChecks.all.isSuperset(of: checks) else {
                throw fail(il, "no. flags 0x\(CILOpcode.hex(checks.rawValue)) are not a nonempty set of "
                    + "typecheck (1), rangecheck (2) and nullcheck (4)", at: at)
            }
            return .noChecks(checks)
        }
    }

    // MARK: - Reading (bounds already checked by `need`)

    @inline(__always) private mutating func take1() -> UInt8 {
        let b = bytes[position]
        position += 1
        return b
    }

    @inline(__always) private mutating func take4() -> UInt32 {
        let p = position
        position += 4
        return UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16 | UInt32(bytes[p + 3]) << 24
    }

    @inline(__always) private mutating func take8() -> UInt64 {
        let low = UInt64(take4())
        return low | UInt64(take4()) << 32
    }

    @inline(__always) private func need(_ count: Int, _ il: Int, _ opcode: CILOpcode) throws {
        guard codeEnd - position >= count else { throw truncated(count, il, opcode) }
    }

    // MARK: - Validation

    /// Checks a branch target's range and records it for the boundary check at the end.
    @inline(__always)
    private mutating func target(_ target: Int, _ il: Int, _ opcode: CILOpcode, at: Int) throws -> Int {
        guard target >= 0, target < codeSize else { throw targetOutside(target, il, opcode, at: at) }
        marks[(target >> 6) << 1 | 1] |= 1 << UInt64(target & 63)
        return target
    }

    /// Tables each token operand kind may name, as bits of the table number.
    private static func allowedTables(_ kind: CILOperandKind) -> UInt64 {
        let typeDefOrRef: UInt64 = 1 << 0x01 | 1 << 0x02 | 1 << 0x1B
        let methods: UInt64 = 1 << 0x06 | 1 << 0x0A | 1 << 0x2B
        let fields: UInt64 = 1 << 0x04 | 1 << 0x0A
        switch kind {
        case .method: return methods
        case .field: return fields
        case .type: return typeDefOrRef
        case .token: return typeDefOrRef | methods | fields
        case .signature: return 1 << 0x11
        default: return 0
        }
    }

    @inline(__always)
    private func checkToken(_ token: MetadataToken, _ kind: CILOperandKind, _ il: Int, _ opcode: CILOpcode,
                            at: Int) throws {
        let table = token.tableNumber
        if kind == .string {
            // A #US heap offset: any value, 0 included, is a position in the heap.
            guard table == MetadataToken.userStringTag else { throw badToken(token, kind, il, opcode, at: at) }
            return
        }
        guard table < 64, Self.allowedTables(kind) & (1 << UInt64(table)) != 0 else {
            throw badToken(token, kind, il, opcode, at: at)
        }
        guard !token.isNull else { throw fail(il, "\(opcode.mnemonic) token \(token) has row 0", at: at) }
    }

    /// The checks that need the whole body: open prefixes, an unfinished tail call, and branch
    /// targets that are inside the code but not on an instruction boundary.
    private func finish() throws {
        if !pendingPrefixes.isEmpty {
            throw fail(prefixStart, "\(opcode(at: codeStart + prefixStart).mnemonic) prefix is not followed by "
                + "an instruction", at: codeStart + prefixStart)
        }
        if tailCall >= 0 {
            throw fail(tailCall, "tail. call is the last instruction; ret must follow", at: codeStart + tailCall)
        }
        var word = 0
        while word < marks.count {
            if marks[word + 1] & ~marks[word] != 0, let error = try misplacedTarget() { throw error }
            word += 2
        }
    }

    /// Finds, by decoding again, the first instruction whose target is not an instruction start.
    private func misplacedTarget() throws -> MetadataError? {
        var walker = CILDecoder(bytes: bytes, codeRange: codeStart..<codeEnd, context: context)
        while walker.position < codeEnd {
            let instruction = try walker.decodeOne()
            let operandAt = codeStart + instruction.offset + (instruction.opcode.isTwoByte ? 2 : 1)
            switch instruction.operand {
            case .branchTarget(let target) where !isInstructionBoundary(target):
                return misplaced(target, instruction, at: operandAt)
            case .switchTargets(let targets):
                if let index = targets.firstIndex(where: { !isInstructionBoundary($0) }) {
                    return misplaced(targets[index], instruction, at: operandAt + 4 + 4 * index)
                }
            default:
                break
            }
        }
        return nil
    }

    // MARK: - Errors (kept out of line: the success path builds no strings)

    /// The opcode of an instruction already decoded at `fileOffset`.
    private func opcode(at fileOffset: Int) -> CILOpcode {
        bytes[fileOffset] == 0xFE ? CILOpcode(fe: bytes[fileOffset + 1]) : CILOpcode(bytes[fileOffset])
    }

    private func fail(_ il: Int, _ message: String, at fileOffset: Int) -> MetadataError {
        MetadataError("\(ilLabel(il)): \(message)", context: context, offset: fileOffset)
    }

    @inline(never)
    private func truncated(_ count: Int, _ il: Int, _ opcode: CILOpcode) -> MetadataError {
        let left = codeEnd - position
        return fail(il, "\(opcode.mnemonic) needs \(count) operand byte\(count == 1 ? "" : "s"), "
            + "\(left) remain\(left == 1 ? "s" : "") in the code", at: position)
    }

    @inline(never)
    private func targetOutside(_ target: Int, _ il: Int, _ opcode: CILOpcode, at: Int) -> MetadataError {
        fail(il, "\(opcode.mnemonic) target \(ilLabel(target)) is outside the code (\(codeSize) bytes)", at: at)
    }

    private func misplaced(_ target: Int, _ instruction: CILInstruction, at: Int) -> MetadataError {
        fail(instruction.offset, "\(instruction.opcode.mnemonic) target \(ilLabel(target)) is not the start "
            + "of an instruction", at: at)
    }

    @inline(never)
    private func badToken(_ token: MetadataToken, _ kind: CILOperandKind, _ il: Int, _ opcode: CILOpcode,
                          at: Int) -> MetadataError {
        let expected = switch kind {
        case .method: "a MethodDef, MemberRef or MethodSpec"
        case .field: "a Field or MemberRef"
        case .type: "a TypeDef, TypeRef or TypeSpec"
        case .token: "a TypeDef, TypeRef, TypeSpec, MethodDef, MemberRef, MethodSpec or Field"
        case .signature: "a StandAloneSig"
        default: "a #US (0x70)"
        }
        return fail(il, "\(opcode.mnemonic) takes \(expected) token, not \(token)", at: at)
    }

    @inline(never)
    private func prefixMisuse(_ il: Int, _ opcode: CILOpcode, _ refused: CILPrefixSet, at: Int) -> MetadataError {
        let prefix = CILOpcodeTable.entries.first { refused.contains($0.prefix) && !$0.prefix.isEmpty }
        return fail(il, "\(opcode.mnemonic) may not follow the \(prefix?.mnemonic ?? "?") prefix", at: at)
    }

    @inline(never)
    private func tailCallNotFollowedByRet(_ il: Int, at: Int) -> MetadataError {
        fail(il, "\(opcode(at: at).mnemonic) follows the tail. call at \(ilLabel(tailCall)); it must be ret", at: at)
    }
}
