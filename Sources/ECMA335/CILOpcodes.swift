/// The CIL instruction set of ECMA-335 Partition III (6th edition), declared once.
///
/// `CILOpcodeTable.entries` is the single declaration of every instruction: its encoding
/// (one byte, or 0xFE then one byte), its mnemonic as ilasm spells it, the kind of its inline
/// operand, its control flow (the FLOW column of the spec's opcode.def) and, for the six
/// prefixes, which prefix it is; for the other instructions, which prefixes may precede it
/// (III.2). The two 256-entry decode lookups are derived from it, and the `CILOpcode.ldarg0`
/// style names at the end of this file are generated from it
/// (`CILDecoderTests.testOpcodeNamesAreGenerated` checks they are current).

/// The shape of an instruction's inline operand (the operand column of opcode.def).
public enum CILOperandKind: UInt8, Hashable, Sendable {
    /// InlineNone.
    case none
    /// ShortInlineI: a signed byte (`ldc.i4.s`).
    case int8
    /// InlineI.
    case int32
    /// InlineI8.
    case int64
    /// ShortInlineR: 4 bytes of IEEE bits.
    case float32
    /// InlineR: 8 bytes of IEEE bits.
    case float64
    /// ShortInlineVar: an unsigned byte argument or local index.
    case shortVariable
    /// InlineVar: an unsigned 16-bit argument or local index.
    case variable
    /// InlineMethod: MethodDef, MemberRef or MethodSpec.
    case method
    /// InlineField: Field or MemberRef.
    case field
    /// InlineType: TypeDef, TypeRef or TypeSpec.
    case type
    /// InlineTok (`ldtoken`): a type, method or field token.
    case token
    /// InlineString: a `#US` heap offset tagged 0x70.
    case string
    /// InlineSig (`calli`): a StandAloneSig token.
    case signature
    /// ShortInlineBrTarget: a signed byte, relative to the next instruction.
    case shortBranch
    /// InlineBrTarget: a signed 32-bit value, relative to the next instruction.
    case branch
    /// InlineSwitch: a count N, then N signed 32-bit targets relative to the next instruction.
    case switchTable
    /// The `unaligned.` byte: 1, 2 or 4.
    case alignment
    /// The `no.` byte: a mask of typecheck (1), rangecheck (2) and nullcheck (4).
    case noChecks

    /// Bytes the operand takes, or nil for `switchTable`, whose size depends on its count.
    public var fixedSize: Int? {
        switch self {
        case .none: 0
        case .int8, .shortVariable, .shortBranch, .alignment, .noChecks: 1
        case .variable: 2
        case .int32, .float32, .method, .field, .type, .token, .string, .signature, .branch: 4
        case .int64, .float64: 8
        case .switchTable: nil
        }
    }
}

/// How an instruction passes control (opcode.def's FLOW column).
public enum CILFlowKind: UInt8, Hashable, Sendable {
    /// Falls through to the next instruction.
    case next
    /// `break`: a debugger trap, then the next instruction.
    case `break`
    /// Unconditional transfer to the branch target (`br`, `leave`).
    case branch
    /// Either the target(s) or the next instruction (`brtrue`, `switch`, ...).
    case conditionalBranch
    /// Leaves the method or handler (`ret`, `endfinally`, `endfilter`).
    case `return`
    /// `throw`, `rethrow`.
    case `throw`
    /// Calls, then continues with the next instruction (`jmp` too, as opcode.def has it).
    case call
    /// A prefix: modifies the instruction that follows.
    case meta
}

/// A set of the prefixes of III.2.
public struct CILPrefixSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let constrained = CILPrefixSet(rawValue: 1 << 0)
    public static let no = CILPrefixSet(rawValue: 1 << 1)
    public static let readonly = CILPrefixSet(rawValue: 1 << 2)
    public static let tail = CILPrefixSet(rawValue: 1 << 3)
    public static let unaligned = CILPrefixSet(rawValue: 1 << 4)
    public static let volatile = CILPrefixSet(rawValue: 1 << 5)

    /// The prefixes memory accesses take (III.2.5, III.2.6); `ldsfld`/`stsfld` take only `volatile.`.
    static let memory: CILPrefixSet = [.unaligned, .volatile]
}

/// One CIL opcode, by encoding: `0x00XX` for a one-byte opcode, `0xFEXX` for a two-byte one.
///
/// Static constants name every opcode of the table, so code can `switch` on them.
public struct CILOpcode: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt16

    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }
    /// A one-byte opcode.
    @inlinable public init(_ byte: UInt8) { rawValue = UInt16(byte) }
    /// A two-byte opcode: 0xFE then `second`.
    @inlinable public init(fe second: UInt8) { rawValue = 0xFE00 | UInt16(second) }

    /// True for the 0xFE-prefixed opcodes (0xFE is never a one-byte opcode).
    @inlinable public var isTwoByte: Bool { rawValue >> 8 == 0xFE }

    /// The bytes that encode the opcode.
    public var encoding: [UInt8] {
        isTwoByte ? [0xFE, UInt8(truncatingIfNeeded: rawValue)] : [UInt8(truncatingIfNeeded: rawValue)]
    }

    /// The table entry, or nil for an encoding the table does not assign.
    public var info: CILOpcodeInfo? {
        let slot = CILOpcodeTable.slot(self)
        return slot.isAssigned ? CILOpcodeTable.entries[Int(slot.entry)] : nil
    }

    /// The ilasm mnemonic, e.g. `conv.ovf.i4.un`.
    public var mnemonic: String { info?.mnemonic ?? "<unknown \(encodingDescription)>" }

    public var description: String { mnemonic }

    /// The encoding in hex, e.g. `0x2a` or `0xfe 0x16`.
    public var encodingDescription: String {
        let low = "0x" + Self.hex(UInt8(truncatingIfNeeded: rawValue))
        return isTwoByte ? "0xfe " + low : low
    }

    /// Two lowercase hex digits, as error messages show a byte.
    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16)
        return byte < 0x10 ? "0" + digits : digits
    }
}

/// One row of the table.
public struct CILOpcodeInfo: Hashable, Sendable {
    public let opcode: CILOpcode
    /// The mnemonic as ilasm spells it; prefixes end in a dot (`constrained.`).
    public let mnemonic: String
    public let operand: CILOperandKind
    public let flow: CILFlowKind
    /// For a prefix, the prefix it is; empty for every other instruction.
    public let prefix: CILPrefixSet
    /// The prefixes that may immediately precede this instruction (III.2).
    public let acceptedPrefixes: CILPrefixSet

    /// The name of the static constant on `CILOpcode`: `conv.ovf.i4.un` -> `convOvfI4Un`.
    public var swiftName: String {
        var result = ""
        var upperNext = false
        for ch in mnemonic {
            if ch == "." {
                upperNext = true
            } else if upperNext {
                result += ch.uppercased()
                upperNext = false
            } else {
                result.append(ch)
            }
        }
        return result
    }

    static func op(_ byte: UInt8, _ mnemonic: String, _ operand: CILOperandKind = .none,
                   _ flow: CILFlowKind = .next, accepts: CILPrefixSet = []) -> CILOpcodeInfo {
        CILOpcodeInfo(opcode: CILOpcode(byte), mnemonic: mnemonic, operand: operand, flow: flow,
                      prefix: [], acceptedPrefixes: accepts)
    }

    static func fe(_ second: UInt8, _ mnemonic: String, _ operand: CILOperandKind = .none,
                   _ flow: CILFlowKind = .next, accepts: CILPrefixSet = []) -> CILOpcodeInfo {
        CILOpcodeInfo(opcode: CILOpcode(fe: second), mnemonic: mnemonic, operand: operand, flow: flow,
                      prefix: [], acceptedPrefixes: accepts)
    }

    static func prefix(_ second: UInt8, _ mnemonic: String, _ operand: CILOperandKind,
                       _ prefix: CILPrefixSet) -> CILOpcodeInfo {
        CILOpcodeInfo(opcode: CILOpcode(fe: second), mnemonic: mnemonic, operand: operand, flow: .meta,
                      prefix: prefix, acceptedPrefixes: [])
    }
}

/// The instruction table and the lookups from encoding to entry.
public enum CILOpcodeTable {
    // Prefix rules (III.2), as the `accepts:` column below applies them:
    // - `constrained.` precedes `callvirt`; the static-virtual-member augment to ECMA-335
    //   (.NET 7) also allows `call` and `ldftn`, which System.Private.CoreLib's generic math uses.
    // - `no.` precedes the instructions whose type, range or null check it can drop: castclass,
    //   unbox, ldelema, ldelem*, stelem*, ldfld, stfld, callvirt, ldvirtftn.
    // - `readonly.` precedes `ldelema` and calls to an array's Address method (`call`).
    // - `tail.` precedes call, calli, callvirt.
    // - `unaligned.` and `volatile.` precede ldind*, stind*, ldfld, stfld, ldobj, stobj,
    //   initblk, cpblk; `volatile.` also ldsfld and stsfld.

    /// Every instruction, sorted by encoding: one-byte opcodes, then the 0xFE page.
    public static let entries: [CILOpcodeInfo] = [
        .op(0x00, "nop"),
        .op(0x01, "break", .none, .break),
        .op(0x02, "ldarg.0"),
        .op(0x03, "ldarg.1"),
        .op(0x04, "ldarg.2"),
        .op(0x05, "ldarg.3"),
        .op(0x06, "ldloc.0"),
        .op(0x07, "ldloc.1"),
        .op(0x08, "ldloc.2"),
        .op(0x09, "ldloc.3"),
        .op(0x0A, "stloc.0"),
        .op(0x0B, "stloc.1"),
        .op(0x0C, "stloc.2"),
        .op(0x0D, "stloc.3"),
        .op(0x0E, "ldarg.s", .shortVariable),
        .op(0x0F, "ldarga.s", .shortVariable),
        .op(0x10, "starg.s", .shortVariable),
        .op(0x11, "ldloc.s", .shortVariable),
        .op(0x12, "ldloca.s", .shortVariable),
        .op(0x13, "stloc.s", .shortVariable),
        .op(0x14, "ldnull"),
        .op(0x15, "ldc.i4.m1"),
        .op(0x16, "ldc.i4.0"),
        .op(0x17, "ldc.i4.1"),
        .op(0x18, "ldc.i4.2"),
        .op(0x19, "ldc.i4.3"),
        .op(0x1A, "ldc.i4.4"),
        .op(0x1B, "ldc.i4.5"),
        .op(0x1C, "ldc.i4.6"),
        .op(0x1D, "ldc.i4.7"),
        .op(0x1E, "ldc.i4.8"),
        .op(0x1F, "ldc.i4.s", .int8),
        .op(0x20, "ldc.i4", .int32),
        .op(0x21, "ldc.i8", .int64),
        .op(0x22, "ldc.r4", .float32),
        .op(0x23, "ldc.r8", .float64),
        .op(0x25, "dup"),
        .op(0x26, "pop"),
        .op(0x27, "jmp", .method, .call),
        .op(0x28, "call", .method, .call, accepts: [.constrained, .readonly, .tail]),
        .op(0x29, "calli", .signature, .call, accepts: [.tail]),
        .op(0x2A, "ret", .none, .return),
        .op(0x2B, "br.s", .shortBranch, .branch),
        .op(0x2C, "brfalse.s", .shortBranch, .conditionalBranch),
        .op(0x2D, "brtrue.s", .shortBranch, .conditionalBranch),
        .op(0x2E, "beq.s", .shortBranch, .conditionalBranch),
        .op(0x2F, "bge.s", .shortBranch, .conditionalBranch),
        .op(0x30, "bgt.s", .shortBranch, .conditionalBranch),
        .op(0x31, "ble.s", .shortBranch, .conditionalBranch),
        .op(0x32, "blt.s", .shortBranch, .conditionalBranch),
        .op(0x33, "bne.un.s", .shortBranch, .conditionalBranch),
        .op(0x34, "bge.un.s", .shortBranch, .conditionalBranch),
        .op(0x35, "bgt.un.s", .shortBranch, .conditionalBranch),
        .op(0x36, "ble.un.s", .shortBranch, .conditionalBranch),
        .op(0x37, "blt.un.s", .shortBranch, .conditionalBranch),
        .op(0x38, "br", .branch, .branch),
        .op(0x39, "brfalse", .branch, .conditionalBranch),
        .op(0x3A, "brtrue", .branch, .conditionalBranch),
        .op(0x3B, "beq", .branch, .conditionalBranch),
        .op(0x3C, "bge", .branch, .conditionalBranch),
        .op(0x3D, "bgt", .branch, .conditionalBranch),
        .op(0x3E, "ble", .branch, .conditionalBranch),
        .op(0x3F, "blt", .branch, .conditionalBranch),
        .op(0x40, "bne.un", .branch, .conditionalBranch),
        .op(0x41, "bge.un", .branch, .conditionalBranch),
        .op(0x42, "bgt.un", .branch, .conditionalBranch),
        .op(0x43, "ble.un", .branch, .conditionalBranch),
        .op(0x44, "blt.un", .branch, .conditionalBranch),
        .op(0x45, "switch", .switchTable, .conditionalBranch),
        .op(0x46, "ldind.i1", accepts: .memory),
        .op(0x47, "ldind.u1", accepts: .memory),
        .op(0x48, "ldind.i2", accepts: .memory),
        .op(0x49, "ldind.u2", accepts: .memory),
        .op(0x4A, "ldind.i4", accepts: .memory),
        .op(0x4B, "ldind.u4", accepts: .memory),
        .op(0x4C, "ldind.i8", accepts: .memory),
        .op(0x4D, "ldind.i", accepts: .memory),
        .op(0x4E, "ldind.r4", accepts: .memory),
        .op(0x4F, "ldind.r8", accepts: .memory),
        .op(0x50, "ldind.ref", accepts: .memory),
        .op(0x51, "stind.ref", accepts: .memory),
        .op(0x52, "stind.i1", accepts: .memory),
        .op(0x53, "stind.i2", accepts: .memory),
        .op(0x54, "stind.i4", accepts: .memory),
        .op(0x55, "stind.i8", accepts: .memory),
        .op(0x56, "stind.r4", accepts: .memory),
        .op(0x57, "stind.r8", accepts: .memory),
        .op(0x58, "add"),
        .op(0x59, "sub"),
        .op(0x5A, "mul"),
        .op(0x5B, "div"),
        .op(0x5C, "div.un"),
        .op(0x5D, "rem"),
        .op(0x5E, "rem.un"),
        .op(0x5F, "and"),
        .op(0x60, "or"),
        .op(0x61, "xor"),
        .op(0x62, "shl"),
        .op(0x63, "shr"),
        .op(0x64, "shr.un"),
        .op(0x65, "neg"),
        .op(0x66, "not"),
        .op(0x67, "conv.i1"),
        .op(0x68, "conv.i2"),
        .op(0x69, "conv.i4"),
        .op(0x6A, "conv.i8"),
        .op(0x6B, "conv.r4"),
        .op(0x6C, "conv.r8"),
        .op(0x6D, "conv.u4"),
        .op(0x6E, "conv.u8"),
        .op(0x6F, "callvirt", .method, .call, accepts: [.constrained, .no, .tail]),
        .op(0x70, "cpobj", .type),
        .op(0x71, "ldobj", .type, accepts: .memory),
        .op(0x72, "ldstr", .string),
        .op(0x73, "newobj", .method, .call),
        .op(0x74, "castclass", .type, accepts: [.no]),
        .op(0x75, "isinst", .type),
        .op(0x76, "conv.r.un"),
        .op(0x79, "unbox", .type, accepts: [.no]),
        .op(0x7A, "throw", .none, .throw),
        .op(0x7B, "ldfld", .field, accepts: [.no, .unaligned, .volatile]),
        .op(0x7C, "ldflda", .field),
        .op(0x7D, "stfld", .field, accepts: [.no, .unaligned, .volatile]),
        .op(0x7E, "ldsfld", .field, accepts: [.volatile]),
        .op(0x7F, "ldsflda", .field),
        .op(0x80, "stsfld", .field, accepts: [.volatile]),
        .op(0x81, "stobj", .type, accepts: .memory),
        .op(0x82, "conv.ovf.i1.un"),
        .op(0x83, "conv.ovf.i2.un"),
        .op(0x84, "conv.ovf.i4.un"),
        .op(0x85, "conv.ovf.i8.un"),
        .op(0x86, "conv.ovf.u1.un"),
        .op(0x87, "conv.ovf.u2.un"),
        .op(0x88, "conv.ovf.u4.un"),
        .op(0x89, "conv.ovf.u8.un"),
        .op(0x8A, "conv.ovf.i.un"),
        .op(0x8B, "conv.ovf.u.un"),
        .op(0x8C, "box", .type),
        .op(0x8D, "newarr", .type),
        .op(0x8E, "ldlen"),
        .op(0x8F, "ldelema", .type, accepts: [.no, .readonly]),
        .op(0x90, "ldelem.i1", accepts: [.no]),
        .op(0x91, "ldelem.u1", accepts: [.no]),
        .op(0x92, "ldelem.i2", accepts: [.no]),
        .op(0x93, "ldelem.u2", accepts: [.no]),
        .op(0x94, "ldelem.i4", accepts: [.no]),
        .op(0x95, "ldelem.u4", accepts: [.no]),
        .op(0x96, "ldelem.i8", accepts: [.no]),
        .op(0x97, "ldelem.i", accepts: [.no]),
        .op(0x98, "ldelem.r4", accepts: [.no]),
        .op(0x99, "ldelem.r8", accepts: [.no]),
        .op(0x9A, "ldelem.ref", accepts: [.no]),
        .op(0x9B, "stelem.i", accepts: [.no]),
        .op(0x9C, "stelem.i1", accepts: [.no]),
        .op(0x9D, "stelem.i2", accepts: [.no]),
        .op(0x9E, "stelem.i4", accepts: [.no]),
        .op(0x9F, "stelem.i8", accepts: [.no]),
        .op(0xA0, "stelem.r4", accepts: [.no]),
        .op(0xA1, "stelem.r8", accepts: [.no]),
        .op(0xA2, "stelem.ref", accepts: [.no]),
        .op(0xA3, "ldelem", .type, accepts: [.no]),
        .op(0xA4, "stelem", .type, accepts: [.no]),
        .op(0xA5, "unbox.any", .type),
        .op(0xB3, "conv.ovf.i1"),
        .op(0xB4, "conv.ovf.u1"),
        .op(0xB5, "conv.ovf.i2"),
        .op(0xB6, "conv.ovf.u2"),
        .op(0xB7, "conv.ovf.i4"),
        .op(0xB8, "conv.ovf.u4"),
        .op(0xB9, "conv.ovf.i8"),
        .op(0xBA, "conv.ovf.u8"),
        .op(0xC2, "refanyval", .type),
        .op(0xC3, "ckfinite"),
        .op(0xC6, "mkrefany", .type),
        .op(0xD0, "ldtoken", .token),
        .op(0xD1, "conv.u2"),
        .op(0xD2, "conv.u1"),
        .op(0xD3, "conv.i"),
        .op(0xD4, "conv.ovf.i"),
        .op(0xD5, "conv.ovf.u"),
        .op(0xD6, "add.ovf"),
        .op(0xD7, "add.ovf.un"),
        .op(0xD8, "mul.ovf"),
        .op(0xD9, "mul.ovf.un"),
        .op(0xDA, "sub.ovf"),
        .op(0xDB, "sub.ovf.un"),
        // ilasm also accepts `endfault` for this encoding; ildasm prints `endfinally`.
        .op(0xDC, "endfinally", .none, .return),
        .op(0xDD, "leave", .branch, .branch),
        .op(0xDE, "leave.s", .shortBranch, .branch),
        .op(0xDF, "stind.i", accepts: .memory),
        .op(0xE0, "conv.u"),

        .fe(0x00, "arglist"),
        .fe(0x01, "ceq"),
        .fe(0x02, "cgt"),
        .fe(0x03, "cgt.un"),
        .fe(0x04, "clt"),
        .fe(0x05, "clt.un"),
        .fe(0x06, "ldftn", .method, accepts: [.constrained]),
        .fe(0x07, "ldvirtftn", .method, accepts: [.no]),
        .fe(0x09, "ldarg", .variable),
        .fe(0x0A, "ldarga", .variable),
        .fe(0x0B, "starg", .variable),
        .fe(0x0C, "ldloc", .variable),
        .fe(0x0D, "ldloca", .variable),
        .fe(0x0E, "stloc", .variable),
        .fe(0x0F, "localloc"),
        .fe(0x11, "endfilter", .none, .return),
        .prefix(0x12, "unaligned.", .alignment, .unaligned),
        .prefix(0x13, "volatile.", .none, .volatile),
        .prefix(0x14, "tail.", .none, .tail),
        .fe(0x15, "initobj", .type),
        .prefix(0x16, "constrained.", .type, .constrained),
        .fe(0x17, "cpblk", accepts: .memory),
        .fe(0x18, "initblk", accepts: .memory),
        .prefix(0x19, "no.", .noChecks, .no),
        .fe(0x1A, "rethrow", .none, .throw),
        .fe(0x1C, "sizeof", .type),
        .fe(0x1D, "refanytype"),
        .prefix(0x1E, "readonly.", .none, .readonly),
    ]

    /// What decoding needs of one encoding, trivially copyable so the hot loop never retains.
    struct Slot: Sendable {
        /// Index into `entries`, or `unassigned`.
        let entry: UInt16
        let operand: CILOperandKind
        let prefix: CILPrefixSet
        let acceptedPrefixes: CILPrefixSet

        static let unassigned = UInt16.max
        var isAssigned: Bool { entry != Slot.unassigned }
    }

    /// Indexed by the opcode byte; 0xFE is unassigned here (it introduces the second page).
    static let oneByte: [Slot] = lookup(page: 0x00)
    /// Indexed by the byte after 0xFE.
    static let twoByte: [Slot] = lookup(page: 0xFE)

    private static func lookup(page: UInt8) -> [Slot] {
        var slots = [Slot](repeating: Slot(entry: Slot.unassigned, operand: .none, prefix: [], acceptedPrefixes: []),
                           count: 256)
        for (index, info) in entries.enumerated() where info.opcode.rawValue >> 8 == page {
            slots[Int(info.opcode.rawValue & 0xFF)] = Slot(entry: UInt16(index), operand: info.operand,
                                                           prefix: info.prefix,
                                                           acceptedPrefixes: info.acceptedPrefixes)
        }
        return slots
    }

    static func slot(_ opcode: CILOpcode) -> Slot {
        let low = Int(opcode.rawValue & 0xFF)
        switch opcode.rawValue >> 8 {
        case 0x00: return oneByte[low]
        case 0xFE: return twoByte[low]
        default: return Slot(entry: Slot.unassigned, operand: .none, prefix: [], acceptedPrefixes: [])
        }
    }
}

// BEGIN GENERATED OPCODE NAMES (from CILOpcodeTable.entries; do not edit by hand)
extension CILOpcode {
    /// `nop`
    public static let nop = CILOpcode(0x00)
    /// `break`
    public static let `break` = CILOpcode(0x01)
    /// `ldarg.0`
    public static let ldarg0 = CILOpcode(0x02)
    /// `ldarg.1`
    public static let ldarg1 = CILOpcode(0x03)
    /// `ldarg.2`
    public static let ldarg2 = CILOpcode(0x04)
    /// `ldarg.3`
    public static let ldarg3 = CILOpcode(0x05)
    /// `ldloc.0`
    public static let ldloc0 = CILOpcode(0x06)
    /// `ldloc.1`
    public static let ldloc1 = CILOpcode(0x07)
    /// `ldloc.2`
    public static let ldloc2 = CILOpcode(0x08)
    /// `ldloc.3`
    public static let ldloc3 = CILOpcode(0x09)
    /// `stloc.0`
    public static let stloc0 = CILOpcode(0x0A)
    /// `stloc.1`
    public static let stloc1 = CILOpcode(0x0B)
    /// `stloc.2`
    public static let stloc2 = CILOpcode(0x0C)
    /// `stloc.3`
    public static let stloc3 = CILOpcode(0x0D)
    /// `ldarg.s`
    public static let ldargS = CILOpcode(0x0E)
    /// `ldarga.s`
    public static let ldargaS = CILOpcode(0x0F)
    /// `starg.s`
    public static let stargS = CILOpcode(0x10)
    /// `ldloc.s`
    public static let ldlocS = CILOpcode(0x11)
    /// `ldloca.s`
    public static let ldlocaS = CILOpcode(0x12)
    /// `stloc.s`
    public static let stlocS = CILOpcode(0x13)
    /// `ldnull`
    public static let ldnull = CILOpcode(0x14)
    /// `ldc.i4.m1`
    public static let ldcI4M1 = CILOpcode(0x15)
    /// `ldc.i4.0`
    public static let ldcI40 = CILOpcode(0x16)
    /// `ldc.i4.1`
    public static let ldcI41 = CILOpcode(0x17)
    /// `ldc.i4.2`
    public static let ldcI42 = CILOpcode(0x18)
    /// `ldc.i4.3`
    public static let ldcI43 = CILOpcode(0x19)
    /// `ldc.i4.4`
    public static let ldcI44 = CILOpcode(0x1A)
    /// `ldc.i4.5`
    public static let ldcI45 = CILOpcode(0x1B)
    /// `ldc.i4.6`
    public static let ldcI46 = CILOpcode(0x1C)
    /// `ldc.i4.7`
    public static let ldcI47 = CILOpcode(0x1D)
    /// `ldc.i4.8`
    public static let ldcI48 = CILOpcode(0x1E)
    /// `ldc.i4.s`
    public static let ldcI4S = CILOpcode(0x1F)
    /// `ldc.i4`
    public static let ldcI4 = CILOpcode(0x20)
    /// `ldc.i8`
    public static let ldcI8 = CILOpcode(0x21)
    /// `ldc.r4`
    public static let ldcR4 = CILOpcode(0x22)
    /// `ldc.r8`
    public static let ldcR8 = CILOpcode(0x23)
    /// `dup`
    public static let dup = CILOpcode(0x25)
    /// `pop`
    public static let pop = CILOpcode(0x26)
    /// `jmp`
    public static let jmp = CILOpcode(0x27)
    /// `call`
    public static let call = CILOpcode(0x28)
    /// `calli`
    public static let calli = CILOpcode(0x29)
    /// `ret`
    public static let ret = CILOpcode(0x2A)
    /// `br.s`
    public static let brS = CILOpcode(0x2B)
    /// `brfalse.s`
    public static let brfalseS = CILOpcode(0x2C)
    /// `brtrue.s`
    public static let brtrueS = CILOpcode(0x2D)
    /// `beq.s`
    public static let beqS = CILOpcode(0x2E)
    /// `bge.s`
    public static let bgeS = CILOpcode(0x2F)
    /// `bgt.s`
    public static let bgtS = CILOpcode(0x30)
    /// `ble.s`
    public static let bleS = CILOpcode(0x31)
    /// `blt.s`
    public static let bltS = CILOpcode(0x32)
    /// `bne.un.s`
    public static let bneUnS = CILOpcode(0x33)
    /// `bge.un.s`
    public static let bgeUnS = CILOpcode(0x34)
    /// `bgt.un.s`
    public static let bgtUnS = CILOpcode(0x35)
    /// `ble.un.s`
    public static let bleUnS = CILOpcode(0x36)
    /// `blt.un.s`
    public static let bltUnS = CILOpcode(0x37)
    /// `br`
    public static let br = CILOpcode(0x38)
    /// `brfalse`
    public static let brfalse = CILOpcode(0x39)
    /// `brtrue`
    public static let brtrue = CILOpcode(0x3A)
    /// `beq`
    public static let beq = CILOpcode(0x3B)
    /// `bge`
    public static let bge = CILOpcode(0x3C)
    /// `bgt`
    public static let bgt = CILOpcode(0x3D)
    /// `ble`
    public static let ble = CILOpcode(0x3E)
    /// `blt`
    public static let blt = CILOpcode(0x3F)
    /// `bne.un`
    public static let bneUn = CILOpcode(0x40)
    /// `bge.un`
    public static let bgeUn = CILOpcode(0x41)
    /// `bgt.un`
    public static let bgtUn = CILOpcode(0x42)
    /// `ble.un`
    public static let bleUn = CILOpcode(0x43)
    /// `blt.un`
    public static let bltUn = CILOpcode(0x44)
    /// `switch`
    public static let `switch` = CILOpcode(0x45)
    /// `ldind.i1`
    public static let ldindI1 = CILOpcode(0x46)
    /// `ldind.u1`
    public static let ldindU1 = CILOpcode(0x47)
    /// `ldind.i2`
    public static let ldindI2 = CILOpcode(0x48)
    /// `ldind.u2`
    public static let ldindU2 = CILOpcode(0x49)
    /// `ldind.i4`
    public static let ldindI4 = CILOpcode(0x4A)
    /// `ldind.u4`
    public static let ldindU4 = CILOpcode(0x4B)
    /// `ldind.i8`
    public static let ldindI8 = CILOpcode(0x4C)
    /// `ldind.i`
    public static let ldindI = CILOpcode(0x4D)
    /// `ldind.r4`
    public static let ldindR4 = CILOpcode(0x4E)
    /// `ldind.r8`
    public static let ldindR8 = CILOpcode(0x4F)
    /// `ldind.ref`
    public static let ldindRef = CILOpcode(0x50)
    /// `stind.ref`
    public static let stindRef = CILOpcode(0x51)
    /// `stind.i1`
    public static let stindI1 = CILOpcode(0x52)
    /// `stind.i2`
    public static let stindI2 = CILOpcode(0x53)
    /// `stind.i4`
    public static let stindI4 = CILOpcode(0x54)
    /// `stind.i8`
    public static let stindI8 = CILOpcode(0x55)
    /// `stind.r4`
    public static let stindR4 = CILOpcode(0x56)
    /// `stind.r8`
    public static let stindR8 = CILOpcode(0x57)
    /// `add`
    public static let add = CILOpcode(0x58)
    /// `sub`
    public static let sub = CILOpcode(0x59)
    /// `mul`
    public static let mul = CILOpcode(0x5A)
    /// `div`
    public static let div = CILOpcode(0x5B)
    /// `div.un`
    public static let divUn = CILOpcode(0x5C)
    /// `rem`
    public static let rem = CILOpcode(0x5D)
    /// `rem.un`
    public static let remUn = CILOpcode(0x5E)
    /// `and`
    public static let and = CILOpcode(0x5F)
    /// `or`
    public static let or = CILOpcode(0x60)
    /// `xor`
    public static let xor = CILOpcode(0x61)
    /// `shl`
    public static let shl = CILOpcode(0x62)
    /// `shr`
    public static let shr = CILOpcode(0x63)
    /// `shr.un`
    public static let shrUn = CILOpcode(0x64)
    /// `neg`
    public static let neg = CILOpcode(0x65)
    /// `not`
    public static let not = CILOpcode(0x66)
    /// `conv.i1`
    public static let convI1 = CILOpcode(0x67)
    /// `conv.i2`
    public static let convI2 = CILOpcode(0x68)
    /// `conv.i4`
    public static let convI4 = CILOpcode(0x69)
    /// `conv.i8`
    public static let convI8 = CILOpcode(0x6A)
    /// `conv.r4`
    public static let convR4 = CILOpcode(0x6B)
    /// `conv.r8`
    public static let convR8 = CILOpcode(0x6C)
    /// `conv.u4`
    public static let convU4 = CILOpcode(0x6D)
    /// `conv.u8`
    public static let convU8 = CILOpcode(0x6E)
    /// `callvirt`
    public static let callvirt = CILOpcode(0x6F)
    /// `cpobj`
    public static let cpobj = CILOpcode(0x70)
    /// `ldobj`
    public static let ldobj = CILOpcode(0x71)
    /// `ldstr`
    public static let ldstr = CILOpcode(0x72)
    /// `newobj`
    public static let newobj = CILOpcode(0x73)
    /// `castclass`
    public static let castclass = CILOpcode(0x74)
    /// `isinst`
    public static let isinst = CILOpcode(0x75)
    /// `conv.r.un`
    public static let convRUn = CILOpcode(0x76)
    /// `unbox`
    public static let unbox = CILOpcode(0x79)
    /// `throw`
    public static let `throw` = CILOpcode(0x7A)
    /// `ldfld`
    public static let ldfld = CILOpcode(0x7B)
    /// `ldflda`
    public static let ldflda = CILOpcode(0x7C)
    /// `stfld`
    public static let stfld = CILOpcode(0x7D)
    /// `ldsfld`
    public static let ldsfld = CILOpcode(0x7E)
    /// `ldsflda`
    public static let ldsflda = CILOpcode(0x7F)
    /// `stsfld`
    public static let stsfld = CILOpcode(0x80)
    /// `stobj`
    public static let stobj = CILOpcode(0x81)
    /// `conv.ovf.i1.un`
    public static let convOvfI1Un = CILOpcode(0x82)
    /// `conv.ovf.i2.un`
    public static let convOvfI2Un = CILOpcode(0x83)
    /// `conv.ovf.i4.un`
    public static let convOvfI4Un = CILOpcode(0x84)
    /// `conv.ovf.i8.un`
    public static let convOvfI8Un = CILOpcode(0x85)
    /// `conv.ovf.u1.un`
    public static let convOvfU1Un = CILOpcode(0x86)
    /// `conv.ovf.u2.un`
    public static let convOvfU2Un = CILOpcode(0x87)
    /// `conv.ovf.u4.un`
    public static let convOvfU4Un = CILOpcode(0x88)
    /// `conv.ovf.u8.un`
    public static let convOvfU8Un = CILOpcode(0x89)
    /// `conv.ovf.i.un`
    public static let convOvfIUn = CILOpcode(0x8A)
    /// `conv.ovf.u.un`
    public static let convOvfUUn = CILOpcode(0x8B)
    /// `box`
    public static let box = CILOpcode(0x8C)
    /// `newarr`
    public static let newarr = CILOpcode(0x8D)
    /// `ldlen`
    public static let ldlen = CILOpcode(0x8E)
    /// `ldelema`
    public static let ldelema = CILOpcode(0x8F)
    /// `ldelem.i1`
    public static let ldelemI1 = CILOpcode(0x90)
    /// `ldelem.u1`
    public static let ldelemU1 = CILOpcode(0x91)
    /// `ldelem.i2`
    public static let ldelemI2 = CILOpcode(0x92)
    /// `ldelem.u2`
    public static let ldelemU2 = CILOpcode(0x93)
    /// `ldelem.i4`
    public static let ldelemI4 = CILOpcode(0x94)
    /// `ldelem.u4`
    public static let ldelemU4 = CILOpcode(0x95)
    /// `ldelem.i8`
    public static let ldelemI8 = CILOpcode(0x96)
    /// `ldelem.i`
    public static let ldelemI = CILOpcode(0x97)
    /// `ldelem.r4`
    public static let ldelemR4 = CILOpcode(0x98)
    /// `ldelem.r8`
    public static let ldelemR8 = CILOpcode(0x99)
    /// `ldelem.ref`
    public static let ldelemRef = CILOpcode(0x9A)
    /// `stelem.i`
    public static let stelemI = CILOpcode(0x9B)
    /// `stelem.i1`
    public static let stelemI1 = CILOpcode(0x9C)
    /// `stelem.i2`
    public static let stelemI2 = CILOpcode(0x9D)
    /// `stelem.i4`
    public static let stelemI4 = CILOpcode(0x9E)
    /// `stelem.i8`
    public static let stelemI8 = CILOpcode(0x9F)
    /// `stelem.r4`
    public static let stelemR4 = CILOpcode(0xA0)
    /// `stelem.r8`
    public static let stelemR8 = CILOpcode(0xA1)
    /// `stelem.ref`
    public static let stelemRef = CILOpcode(0xA2)
    /// `ldelem`
    public static let ldelem = CILOpcode(0xA3)
    /// `stelem`
    public static let stelem = CILOpcode(0xA4)
    /// `unbox.any`
    public static let unboxAny = CILOpcode(0xA5)
    /// `conv.ovf.i1`
    public static let convOvfI1 = CILOpcode(0xB3)
    /// `conv.ovf.u1`
    public static let convOvfU1 = CILOpcode(0xB4)
    /// `conv.ovf.i2`
    public static let convOvfI2 = CILOpcode(0xB5)
    /// `conv.ovf.u2`
    public static let convOvfU2 = CILOpcode(0xB6)
    /// `conv.ovf.i4`
    public static let convOvfI4 = CILOpcode(0xB7)
    /// `conv.ovf.u4`
    public static let convOvfU4 = CILOpcode(0xB8)
    /// `conv.ovf.i8`
    public static let convOvfI8 = CILOpcode(0xB9)
    /// `conv.ovf.u8`
    public static let convOvfU8 = CILOpcode(0xBA)
    /// `refanyval`
    public static let refanyval = CILOpcode(0xC2)
    /// `ckfinite`
    public static let ckfinite = CILOpcode(0xC3)
    /// `mkrefany`
    public static let mkrefany = CILOpcode(0xC6)
    /// `ldtoken`
    public static let ldtoken = CILOpcode(0xD0)
    /// `conv.u2`
    public static let convU2 = CILOpcode(0xD1)
    /// `conv.u1`
    public static let convU1 = CILOpcode(0xD2)
    /// `conv.i`
    public static let convI = CILOpcode(0xD3)
    /// `conv.ovf.i`
    public static let convOvfI = CILOpcode(0xD4)
    /// `conv.ovf.u`
    public static let convOvfU = CILOpcode(0xD5)
    /// `add.ovf`
    public static let addOvf = CILOpcode(0xD6)
    /// `add.ovf.un`
    public static let addOvfUn = CILOpcode(0xD7)
    /// `mul.ovf`
    public static let mulOvf = CILOpcode(0xD8)
    /// `mul.ovf.un`
    public static let mulOvfUn = CILOpcode(0xD9)
    /// `sub.ovf`
    public static let subOvf = CILOpcode(0xDA)
    /// `sub.ovf.un`
    public static let subOvfUn = CILOpcode(0xDB)
    /// `endfinally`
    public static let endfinally = CILOpcode(0xDC)
    /// `leave`
    public static let leave = CILOpcode(0xDD)
    /// `leave.s`
    public static let leaveS = CILOpcode(0xDE)
    /// `stind.i`
    public static let stindI = CILOpcode(0xDF)
    /// `conv.u`
    public static let convU = CILOpcode(0xE0)
    /// `arglist`
    public static let arglist = CILOpcode(fe: 0x00)
    /// `ceq`
    public static let ceq = CILOpcode(fe: 0x01)
    /// `cgt`
    public static let cgt = CILOpcode(fe: 0x02)
    /// `cgt.un`
    public static let cgtUn = CILOpcode(fe: 0x03)
    /// `clt`
    public static let clt = CILOpcode(fe: 0x04)
    /// `clt.un`
    public static let cltUn = CILOpcode(fe: 0x05)
    /// `ldftn`
    public static let ldftn = CILOpcode(fe: 0x06)
    /// `ldvirtftn`
    public static let ldvirtftn = CILOpcode(fe: 0x07)
    /// `ldarg`
    public static let ldarg = CILOpcode(fe: 0x09)
    /// `ldarga`
    public static let ldarga = CILOpcode(fe: 0x0A)
    /// `starg`
    public static let starg = CILOpcode(fe: 0x0B)
    /// `ldloc`
    public static let ldloc = CILOpcode(fe: 0x0C)
    /// `ldloca`
    public static let ldloca = CILOpcode(fe: 0x0D)
    /// `stloc`
    public static let stloc = CILOpcode(fe: 0x0E)
    /// `localloc`
    public static let localloc = CILOpcode(fe: 0x0F)
    /// `endfilter`
    public static let endfilter = CILOpcode(fe: 0x11)
    /// `unaligned.`
    public static let unaligned = CILOpcode(fe: 0x12)
    /// `volatile.`
    public static let volatile = CILOpcode(fe: 0x13)
    /// `tail.`
    public static let tail = CILOpcode(fe: 0x14)
    /// `initobj`
    public static let initobj = CILOpcode(fe: 0x15)
    /// `constrained.`
    public static let constrained = CILOpcode(fe: 0x16)
    /// `cpblk`
    public static let cpblk = CILOpcode(fe: 0x17)
    /// `initblk`
    public static let initblk = CILOpcode(fe: 0x18)
    /// `no.`
    public static let no = CILOpcode(fe: 0x19)
    /// `rethrow`
    public static let rethrow = CILOpcode(fe: 0x1A)
    /// `sizeof`
    public static let sizeof = CILOpcode(fe: 0x1C)
    /// `refanytype`
    public static let refanytype = CILOpcode(fe: 0x1D)
    /// `readonly.`
    public static let readonly = CILOpcode(fe: 0x1E)
}
// END GENERATED OPCODE NAMES
