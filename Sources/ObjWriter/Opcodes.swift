/// The wasm instruction set, declared once.
///
/// `OpcodeTable.entries` is the single declaration of every instruction this module knows:
/// its text-format mnemonic (as `wasm-tools print` spells it), its encoding (a single byte,
/// or a prefix byte 0xFC/0xFD/0xFE followed by a LEB128 sub-opcode) and the kind of its
/// immediates. `InstructionDecoder`, `InstructionEncoder` and `InstructionPrinter` are all
/// driven by it, and the `Opcode.i32Add`-style names at the end of this file are generated
/// from it (`InstructionTests.testOpcodeNamesAreGenerated` checks they are up to date and
/// prints the replacement text when they are not).
///
/// Covered: MVP, sign extension, non-trapping float-to-int, bulk memory, reference types
/// (typed `select`, `ref.*`, `table.*`), multi-memory, tail calls, function references
/// (`call_ref`, `br_on_null`, ...), exception handling (legacy `try`/`catch`/`delegate` and
/// exnref `throw_ref`/`try_table`), fixed-width and relaxed SIMD, threads, wide arithmetic and
/// `memory.discard`. Not covered: GC (0xFB), stack switching, shared-everything threads.

/// The shape of an instruction's immediates, as the table declares it.
public enum ImmediateKind: Hashable, Sendable {
    /// No immediates.
    case none
    /// A block type: empty (0x40), one value type, or a type index (s33).
    case blockType
    /// A branch depth (`br`, `br_if`, `rethrow`, `delegate`, `br_on_null`, ...).
    case label
    /// A vector of branch depths and a default depth.
    case brTable
    /// A function index (`call`, `return_call`, `ref.func`).
    case function
    /// A type index then a table index (`call_indirect`, `return_call_indirect`).
    case callIndirect
    /// A type index (`call_ref`, `return_call_ref`).
    case typeIndex
    case local
    case global
    /// A table index (`table.get`, `table.set`, `table.size`, `table.grow`, `table.fill`).
    case table
    /// A memory index (`memory.size`, `memory.grow`, `memory.fill`, `memory.discard`).
    case memory
    /// A memarg whose natural alignment is `1 << naturalAlignment` bytes.
    case memarg(UInt8)
    /// A memarg then a lane index below `lanes` (`v128.load8_lane`, ...).
    case memargLane(UInt8, lanes: UInt8)
    case i32
    case i64
    /// 4 bytes, little-endian IEEE bits.
    case f32
    /// 8 bytes, little-endian IEEE bits.
    case f64
    /// 16 bytes.
    case v128
    /// One byte: a lane index below the given count.
    case lane(UInt8)
    /// 16 bytes: lane indices below 32 (`i8x16.shuffle`).
    case shuffle
    /// A data segment index then a memory index.
    case memoryInit
    /// Destination then source memory index.
    case memoryCopy
    /// A data segment index (`data.drop`).
    case dataIndex
    /// An element segment index then a table index.
    case tableInit
    /// Destination then source table index.
    case tableCopy
    /// An element segment index (`elem.drop`).
    case elemIndex
    /// A vector of value types (the typed `select`).
    case selectTypes
    /// A heap type (`ref.null`).
    case heapType
    /// A tag index (`throw`, legacy `catch`).
    case tag
    /// A block type then a vector of catch clauses.
    case tryTable
    /// One reserved byte that must be zero (`atomic.fence`).
    case atomicFence
}

/// Names one instruction of the table by its encoding.
///
/// `prefix` is nil for single-byte opcodes; otherwise it is 0xFC, 0xFD or 0xFE and `code` is
/// the sub-opcode that follows it as a LEB128.
public struct Opcode: Hashable, Sendable, CustomStringConvertible {
    /// The prefix byte, or 0 for a single-byte opcode (0x00 is `unreachable`, never a prefix).
    public let rawPrefix: UInt8
    public let code: UInt32

    /// A single-byte opcode.
    @inlinable public init(_ code: UInt8) {
        rawPrefix = 0
        self.code = UInt32(code)
    }

    /// A prefixed opcode (`prefix` is 0xFC, 0xFD or 0xFE).
    @inlinable public init(prefix: UInt8, code: UInt32) {
        rawPrefix = prefix
        self.code = code
    }

    /// The prefix byte of a prefixed opcode.
    @inlinable public var prefix: UInt8? { rawPrefix == 0 ? nil : rawPrefix }

    /// The table entry for this opcode, or nil when the table has none.
    @inlinable public var info: OpcodeInfo? {
        guard let index = OpcodeTable.index(of: self) else { return nil }
        return OpcodeTable.entries[index]
    }

    /// The text-format mnemonic, e.g. `i32.add`.
    public var name: String { info?.name ?? "<unknown \(encodingDescription)>" }

    /// The shape of this opcode's immediates.
    public var immediateKind: ImmediateKind? { info?.immediates }

    public var description: String { name }

    /// The encoding in hex, e.g. `0x6a` or `0xfd 0x10c`.
    public var encodingDescription: String {
        let code = "0x" + String(self.code, radix: 16)
        guard let prefix else { return code }
        return "0x" + String(prefix, radix: 16) + " " + code
    }

    public static let prefixFC: UInt8 = 0xFC
    public static let prefixFD: UInt8 = 0xFD
    public static let prefixFE: UInt8 = 0xFE
}

/// One row of the table.
public struct OpcodeInfo: Hashable, Sendable {
    /// The text-format mnemonic, e.g. `i32.load`, `memory.atomic.notify`, `i8x16.shuffle`.
    public let name: String
    public let opcode: Opcode
    public let immediates: ImmediateKind
    /// The name of the static constant on `Opcode`, e.g. `i32Load`.
    public let swiftName: String

    public var prefix: UInt8? { opcode.prefix }
    public var code: UInt32 { opcode.code }

    init(_ name: String, _ opcode: Opcode, _ immediates: ImmediateKind, swiftName: String?) {
        self.name = name
        self.opcode = opcode
        self.immediates = immediates
        self.swiftName = swiftName ?? OpcodeInfo.camelCase(name)
    }

    static func op(_ code: UInt8, _ name: String, _ immediates: ImmediateKind,
                   swiftName: String? = nil) -> OpcodeInfo {
        OpcodeInfo(name, Opcode(code), immediates, swiftName: swiftName)
    }

    static func fc(_ code: UInt32, _ name: String, _ immediates: ImmediateKind) -> OpcodeInfo {
        OpcodeInfo(name, Opcode(prefix: 0xFC, code: code), immediates, swiftName: nil)
    }

    static func fd(_ code: UInt32, _ name: String, _ immediates: ImmediateKind) -> OpcodeInfo {
        OpcodeInfo(name, Opcode(prefix: 0xFD, code: code), immediates, swiftName: nil)
    }

    static func fe(_ code: UInt32, _ name: String, _ immediates: ImmediateKind) -> OpcodeInfo {
        OpcodeInfo(name, Opcode(prefix: 0xFE, code: code), immediates, swiftName: nil)
    }

    /// `i32.load8_s` -> `i32Load8S`, `memory.atomic.notify` -> `memoryAtomicNotify`.
    static func camelCase(_ mnemonic: String) -> String {
        var result = ""
        var upperNext = false
        for ch in mnemonic {
            if ch == "." || ch == "_" {
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
}

/// The instruction table and the lookups from encoding to entry.
public enum OpcodeTable {
    /// Every instruction, sorted by encoding: single bytes, then 0xFC, 0xFD, 0xFE sub-opcodes.
    public static let entries: [OpcodeInfo] = [
        // Single-byte opcodes.
        .op(0x00, "unreachable", .none),
        .op(0x01, "nop", .none),
        .op(0x02, "block", .blockType),
        .op(0x03, "loop", .blockType),
        .op(0x04, "if", .blockType),
        .op(0x05, "else", .none),
        .op(0x06, "try", .blockType),
        .op(0x07, "catch", .tag),
        .op(0x08, "throw", .tag),
        .op(0x09, "rethrow", .label),
        .op(0x0A, "throw_ref", .none),
        .op(0x0B, "end", .none),
        .op(0x0C, "br", .label),
        .op(0x0D, "br_if", .label),
        .op(0x0E, "br_table", .brTable),
        .op(0x0F, "return", .none),
        .op(0x10, "call", .function),
        .op(0x11, "call_indirect", .callIndirect),
        .op(0x12, "return_call", .function),
        .op(0x13, "return_call_indirect", .callIndirect),
        .op(0x14, "call_ref", .typeIndex),
        .op(0x15, "return_call_ref", .typeIndex),
        .op(0x18, "delegate", .label),
        .op(0x19, "catch_all", .none),
        .op(0x1A, "drop", .none),
        .op(0x1B, "select", .none),
        .op(0x1C, "select", .selectTypes, swiftName: "typedSelect"),
        .op(0x1F, "try_table", .tryTable),
        .op(0x20, "local.get", .local),
        .op(0x21, "local.set", .local),
        .op(0x22, "local.tee", .local),
        .op(0x23, "global.get", .global),
        .op(0x24, "global.set", .global),
        .op(0x25, "table.get", .table),
        .op(0x26, "table.set", .table),
        .op(0x28, "i32.load", .memarg(2)),
        .op(0x29, "i64.load", .memarg(3)),
        .op(0x2A, "f32.load", .memarg(2)),
        .op(0x2B, "f64.load", .memarg(3)),
        .op(0x2C, "i32.load8_s", .memarg(0)),
        .op(0x2D, "i32.load8_u", .memarg(0)),
        .op(0x2E, "i32.load16_s", .memarg(1)),
        .op(0x2F, "i32.load16_u", .memarg(1)),
        .op(0x30, "i64.load8_s", .memarg(0)),
        .op(0x31, "i64.load8_u", .memarg(0)),
        .op(0x32, "i64.load16_s", .memarg(1)),
        .op(0x33, "i64.load16_u", .memarg(1)),
        .op(0x34, "i64.load32_s", .memarg(2)),
        .op(0x35, "i64.load32_u", .memarg(2)),
        .op(0x36, "i32.store", .memarg(2)),
        .op(0x37, "i64.store", .memarg(3)),
        .op(0x38, "f32.store", .memarg(2)),
        .op(0x39, "f64.store", .memarg(3)),
        .op(0x3A, "i32.store8", .memarg(0)),
        .op(0x3B, "i32.store16", .memarg(1)),
        .op(0x3C, "i64.store8", .memarg(0)),
        .op(0x3D, "i64.store16", .memarg(1)),
        .op(0x3E, "i64.store32", .memarg(2)),
        .op(0x3F, "memory.size", .memory),
        .op(0x40, "memory.grow", .memory),
        .op(0x41, "i32.const", .i32),
        .op(0x42, "i64.const", .i64),
        .op(0x43, "f32.const", .f32),
        .op(0x44, "f64.const", .f64),
        .op(0x45, "i32.eqz", .none),
        .op(0x46, "i32.eq", .none),
        .op(0x47, "i32.ne", .none),
        .op(0x48, "i32.lt_s", .none),
        .op(0x49, "i32.lt_u", .none),
        .op(0x4A, "i32.gt_s", .none),
        .op(0x4B, "i32.gt_u", .none),
        .op(0x4C, "i32.le_s", .none),
        .op(0x4D, "i32.le_u", .none),
        .op(0x4E, "i32.ge_s", .none),
        .op(0x4F, "i32.ge_u", .none),
        .op(0x50, "i64.eqz", .none),
        .op(0x51, "i64.eq", .none),
        .op(0x52, "i64.ne", .none),
        .op(0x53, "i64.lt_s", .none),
        .op(0x54, "i64.lt_u", .none),
        .op(0x55, "i64.gt_s", .none),
        .op(0x56, "i64.gt_u", .none),
        .op(0x57, "i64.le_s", .none),
        .op(0x58, "i64.le_u", .none),
        .op(0x59, "i64.ge_s", .none),
        .op(0x5A, "i64.ge_u", .none),
        .op(0x5B, "f32.eq", .none),
        .op(0x5C, "f32.ne", .none),
        .op(0x5D, "f32.lt", .none),
        .op(0x5E, "f32.gt", .none),
        .op(0x5F, "f32.le", .none),
        .op(0x60, "f32.ge", .none),
        .op(0x61, "f64.eq", .none),
        .op(0x62, "f64.ne", .none),
        .op(0x63, "f64.lt", .none),
        .op(0x64, "f64.gt", .none),
        .op(0x65, "f64.le", .none),
        .op(0x66, "f64.ge", .none),
        .op(0x67, "i32.clz", .none),
        .op(0x68, "i32.ctz", .none),
        .op(0x69, "i32.popcnt", .none),
        .op(0x6A, "i32.add", .none),
        .op(0x6B, "i32.sub", .none),
        .op(0x6C, "i32.mul", .none),
        .op(0x6D, "i32.div_s", .none),
        .op(0x6E, "i32.div_u", .none),
        .op(0x6F, "i32.rem_s", .none),
        .op(0x70, "i32.rem_u", .none),
        .op(0x71, "i32.and", .none),
        .op(0x72, "i32.or", .none),
        .op(0x73, "i32.xor", .none),
        .op(0x74, "i32.shl", .none),
        .op(0x75, "i32.shr_s", .none),
        .op(0x76, "i32.shr_u", .none),
        .op(0x77, "i32.rotl", .none),
        .op(0x78, "i32.rotr", .none),
        .op(0x79, "i64.clz", .none),
        .op(0x7A, "i64.ctz", .none),
        .op(0x7B, "i64.popcnt", .none),
        .op(0x7C, "i64.add", .none),
        .op(0x7D, "i64.sub", .none),
        .op(0x7E, "i64.mul", .none),
        .op(0x7F, "i64.div_s", .none),
        .op(0x80, "i64.div_u", .none),
        .op(0x81, "i64.rem_s", .none),
        .op(0x82, "i64.rem_u", .none),
        .op(0x83, "i64.and", .none),
        .op(0x84, "i64.or", .none),
        .op(0x85, "i64.xor", .none),
        .op(0x86, "i64.shl", .none),
        .op(0x87, "i64.shr_s", .none),
        .op(0x88, "i64.shr_u", .none),
        .op(0x89, "i64.rotl", .none),
        .op(0x8A, "i64.rotr", .none),
        .op(0x8B, "f32.abs", .none),
        .op(0x8C, "f32.neg", .none),
        .op(0x8D, "f32.ceil", .none),
        .op(0x8E, "f32.floor", .none),
        .op(0x8F, "f32.trunc", .none),
        .op(0x90, "f32.nearest", .none),
        .op(0x91, "f32.sqrt", .none),
        .op(0x92, "f32.add", .none),
        .op(0x93, "f32.sub", .none),
        .op(0x94, "f32.mul", .none),
        .op(0x95, "f32.div", .none),
        .op(0x96, "f32.min", .none),
        .op(0x97, "f32.max", .none),
        .op(0x98, "f32.copysign", .none),
        .op(0x99, "f64.abs", .none),
        .op(0x9A, "f64.neg", .none),
        .op(0x9B, "f64.ceil", .none),
        .op(0x9C, "f64.floor", .none),
        .op(0x9D, "f64.trunc", .none),
        .op(0x9E, "f64.nearest", .none),
        .op(0x9F, "f64.sqrt", .none),
        .op(0xA0, "f64.add", .none),
        .op(0xA1, "f64.sub", .none),
        .op(0xA2, "f64.mul", .none),
        .op(0xA3, "f64.div", .none),
        .op(0xA4, "f64.min", .none),
        .op(0xA5, "f64.max", .none),
        .op(0xA6, "f64.copysign", .none),
        .op(0xA7, "i32.wrap_i64", .none),
        .op(0xA8, "i32.trunc_f32_s", .none),
        .op(0xA9, "i32.trunc_f32_u", .none),
        .op(0xAA, "i32.trunc_f64_s", .none),
        .op(0xAB, "i32.trunc_f64_u", .none),
        .op(0xAC, "i64.extend_i32_s", .none),
        .op(0xAD, "i64.extend_i32_u", .none),
        .op(0xAE, "i64.trunc_f32_s", .none),
        .op(0xAF, "i64.trunc_f32_u", .none),
        .op(0xB0, "i64.trunc_f64_s", .none),
        .op(0xB1, "i64.trunc_f64_u", .none),
        .op(0xB2, "f32.convert_i32_s", .none),
        .op(0xB3, "f32.convert_i32_u", .none),
        .op(0xB4, "f32.convert_i64_s", .none),
        .op(0xB5, "f32.convert_i64_u", .none),
        .op(0xB6, "f32.demote_f64", .none),
        .op(0xB7, "f64.convert_i32_s", .none),
        .op(0xB8, "f64.convert_i32_u", .none),
        .op(0xB9, "f64.convert_i64_s", .none),
        .op(0xBA, "f64.convert_i64_u", .none),
        .op(0xBB, "f64.promote_f32", .none),
        .op(0xBC, "i32.reinterpret_f32", .none),
        .op(0xBD, "i64.reinterpret_f64", .none),
        .op(0xBE, "f32.reinterpret_i32", .none),
        .op(0xBF, "f64.reinterpret_i64", .none),
        .op(0xC0, "i32.extend8_s", .none),
        .op(0xC1, "i32.extend16_s", .none),
        .op(0xC2, "i64.extend8_s", .none),
        .op(0xC3, "i64.extend16_s", .none),
        .op(0xC4, "i64.extend32_s", .none),
        .op(0xD0, "ref.null", .heapType),
        .op(0xD1, "ref.is_null", .none),
        .op(0xD2, "ref.func", .function),
        .op(0xD4, "ref.as_non_null", .none),
        .op(0xD5, "br_on_null", .label),
        .op(0xD6, "br_on_non_null", .label),

        // 0xFC: saturating truncation, bulk memory, reference-type tables, wide arithmetic.
        .fc(0x00, "i32.trunc_sat_f32_s", .none),
        .fc(0x01, "i32.trunc_sat_f32_u", .none),
        .fc(0x02, "i32.trunc_sat_f64_s", .none),
        .fc(0x03, "i32.trunc_sat_f64_u", .none),
        .fc(0x04, "i64.trunc_sat_f32_s", .none),
        .fc(0x05, "i64.trunc_sat_f32_u", .none),
        .fc(0x06, "i64.trunc_sat_f64_s", .none),
        .fc(0x07, "i64.trunc_sat_f64_u", .none),
        .fc(0x08, "memory.init", .memoryInit),
        .fc(0x09, "data.drop", .dataIndex),
        .fc(0x0A, "memory.copy", .memoryCopy),
        .fc(0x0B, "memory.fill", .memory),
        .fc(0x0C, "table.init", .tableInit),
        .fc(0x0D, "elem.drop", .elemIndex),
        .fc(0x0E, "table.copy", .tableCopy),
        .fc(0x0F, "table.grow", .table),
        .fc(0x10, "table.size", .table),
        .fc(0x11, "table.fill", .table),
        .fc(0x12, "memory.discard", .memory),
        .fc(0x13, "i64.add128", .none),
        .fc(0x14, "i64.sub128", .none),
        .fc(0x15, "i64.mul_wide_s", .none),
        .fc(0x16, "i64.mul_wide_u", .none),

        // 0xFD: fixed-width SIMD (0x00-0xFF) and relaxed SIMD (0x100-0x113).
        .fd(0x00, "v128.load", .memarg(4)),
        .fd(0x01, "v128.load8x8_s", .memarg(3)),
        .fd(0x02, "v128.load8x8_u", .memarg(3)),
        .fd(0x03, "v128.load16x4_s", .memarg(3)),
        .fd(0x04, "v128.load16x4_u", .memarg(3)),
        .fd(0x05, "v128.load32x2_s", .memarg(3)),
        .fd(0x06, "v128.load32x2_u", .memarg(3)),
        .fd(0x07, "v128.load8_splat", .memarg(0)),
        .fd(0x08, "v128.load16_splat", .memarg(1)),
        .fd(0x09, "v128.load32_splat", .memarg(2)),
        .fd(0x0A, "v128.load64_splat", .memarg(3)),
        .fd(0x0B, "v128.store", .memarg(4)),
        .fd(0x0C, "v128.const", .v128),
        .fd(0x0D, "i8x16.shuffle", .shuffle),
        .fd(0x0E, "i8x16.swizzle", .none),
        .fd(0x0F, "i8x16.splat", .none),
        .fd(0x10, "i16x8.splat", .none),
        .fd(0x11, "i32x4.splat", .none),
        .fd(0x12, "i64x2.splat", .none),
        .fd(0x13, "f32x4.splat", .none),
        .fd(0x14, "f64x2.splat", .none),
        .fd(0x15, "i8x16.extract_lane_s", .lane(16)),
        .fd(0x16, "i8x16.extract_lane_u", .lane(16)),
        .fd(0x17, "i8x16.replace_lane", .lane(16)),
        .fd(0x18, "i16x8.extract_lane_s", .lane(8)),
        .fd(0x19, "i16x8.extract_lane_u", .lane(8)),
        .fd(0x1A, "i16x8.replace_lane", .lane(8)),
        .fd(0x1B, "i32x4.extract_lane", .lane(4)),
        .fd(0x1C, "i32x4.replace_lane", .lane(4)),
        .fd(0x1D, "i64x2.extract_lane", .lane(2)),
        .fd(0x1E, "i64x2.replace_lane", .lane(2)),
        .fd(0x1F, "f32x4.extract_lane", .lane(4)),
        .fd(0x20, "f32x4.replace_lane", .lane(4)),
        .fd(0x21, "f64x2.extract_lane", .lane(2)),
        .fd(0x22, "f64x2.replace_lane", .lane(2)),
        .fd(0x23, "i8x16.eq", .none),
        .fd(0x24, "i8x16.ne", .none),
        .fd(0x25, "i8x16.lt_s", .none),
        .fd(0x26, "i8x16.lt_u", .none),
        .fd(0x27, "i8x16.gt_s", .none),
        .fd(0x28, "i8x16.gt_u", .none),
        .fd(0x29, "i8x16.le_s", .none),
        .fd(0x2A, "i8x16.le_u", .none),
        .fd(0x2B, "i8x16.ge_s", .none),
        .fd(0x2C, "i8x16.ge_u", .none),
        .fd(0x2D, "i16x8.eq", .none),
        .fd(0x2E, "i16x8.ne", .none),
        .fd(0x2F, "i16x8.lt_s", .none),
        .fd(0x30, "i16x8.lt_u", .none),
        .fd(0x31, "i16x8.gt_s", .none),
        .fd(0x32, "i16x8.gt_u", .none),
        .fd(0x33, "i16x8.le_s", .none),
        .fd(0x34, "i16x8.le_u", .none),
        .fd(0x35, "i16x8.ge_s", .none),
        .fd(0x36, "i16x8.ge_u", .none),
        .fd(0x37, "i32x4.eq", .none),
        .fd(0x38, "i32x4.ne", .none),
        .fd(0x39, "i32x4.lt_s", .none),
        .fd(0x3A, "i32x4.lt_u", .none),
        .fd(0x3B, "i32x4.gt_s", .none),
        .fd(0x3C, "i32x4.gt_u", .none),
        .fd(0x3D, "i32x4.le_s", .none),
        .fd(0x3E, "i32x4.le_u", .none),
        .fd(0x3F, "i32x4.ge_s", .none),
        .fd(0x40, "i32x4.ge_u", .none),
        .fd(0x41, "f32x4.eq", .none),
        .fd(0x42, "f32x4.ne", .none),
        .fd(0x43, "f32x4.lt", .none),
        .fd(0x44, "f32x4.gt", .none),
        .fd(0x45, "f32x4.le", .none),
        .fd(0x46, "f32x4.ge", .none),
        .fd(0x47, "f64x2.eq", .none),
        .fd(0x48, "f64x2.ne", .none),
        .fd(0x49, "f64x2.lt", .none),
        .fd(0x4A, "f64x2.gt", .none),
        .fd(0x4B, "f64x2.le", .none),
        .fd(0x4C, "f64x2.ge", .none),
        .fd(0x4D, "v128.not", .none),
        .fd(0x4E, "v128.and", .none),
        .fd(0x4F, "v128.andnot", .none),
        .fd(0x50, "v128.or", .none),
        .fd(0x51, "v128.xor", .none),
        .fd(0x52, "v128.bitselect", .none),
        .fd(0x53, "v128.any_true", .none),
        .fd(0x54, "v128.load8_lane", .memargLane(0, lanes: 16)),
        .fd(0x55, "v128.load16_lane", .memargLane(1, lanes: 8)),
        .fd(0x56, "v128.load32_lane", .memargLane(2, lanes: 4)),
        .fd(0x57, "v128.load64_lane", .memargLane(3, lanes: 2)),
        .fd(0x58, "v128.store8_lane", .memargLane(0, lanes: 16)),
        .fd(0x59, "v128.store16_lane", .memargLane(1, lanes: 8)),
        .fd(0x5A, "v128.store32_lane", .memargLane(2, lanes: 4)),
        .fd(0x5B, "v128.store64_lane", .memargLane(3, lanes: 2)),
        .fd(0x5C, "v128.load32_zero", .memarg(2)),
        .fd(0x5D, "v128.load64_zero", .memarg(3)),
        .fd(0x5E, "f32x4.demote_f64x2_zero", .none),
        .fd(0x5F, "f64x2.promote_low_f32x4", .none),
        .fd(0x60, "i8x16.abs", .none),
        .fd(0x61, "i8x16.neg", .none),
        .fd(0x62, "i8x16.popcnt", .none),
        .fd(0x63, "i8x16.all_true", .none),
        .fd(0x64, "i8x16.bitmask", .none),
        .fd(0x65, "i8x16.narrow_i16x8_s", .none),
        .fd(0x66, "i8x16.narrow_i16x8_u", .none),
        .fd(0x67, "f32x4.ceil", .none),
        .fd(0x68, "f32x4.floor", .none),
        .fd(0x69, "f32x4.trunc", .none),
        .fd(0x6A, "f32x4.nearest", .none),
        .fd(0x6B, "i8x16.shl", .none),
        .fd(0x6C, "i8x16.shr_s", .none),
        .fd(0x6D, "i8x16.shr_u", .none),
        .fd(0x6E, "i8x16.add", .none),
        .fd(0x6F, "i8x16.add_sat_s", .none),
        .fd(0x70, "i8x16.add_sat_u", .none),
        .fd(0x71, "i8x16.sub", .none),
        .fd(0x72, "i8x16.sub_sat_s", .none),
        .fd(0x73, "i8x16.sub_sat_u", .none),
        .fd(0x74, "f64x2.ceil", .none),
        .fd(0x75, "f64x2.floor", .none),
        .fd(0x76, "i8x16.min_s", .none),
        .fd(0x77, "i8x16.min_u", .none),
        .fd(0x78, "i8x16.max_s", .none),
        .fd(0x79, "i8x16.max_u", .none),
        .fd(0x7A, "f64x2.trunc", .none),
        .fd(0x7B, "i8x16.avgr_u", .none),
        .fd(0x7C, "i16x8.extadd_pairwise_i8x16_s", .none),
        .fd(0x7D, "i16x8.extadd_pairwise_i8x16_u", .none),
        .fd(0x7E, "i32x4.extadd_pairwise_i16x8_s", .none),
        .fd(0x7F, "i32x4.extadd_pairwise_i16x8_u", .none),
        .fd(0x80, "i16x8.abs", .none),
        .fd(0x81, "i16x8.neg", .none),
        .fd(0x82, "i16x8.q15mulr_sat_s", .none),
        .fd(0x83, "i16x8.all_true", .none),
        .fd(0x84, "i16x8.bitmask", .none),
        .fd(0x85, "i16x8.narrow_i32x4_s", .none),
        .fd(0x86, "i16x8.narrow_i32x4_u", .none),
        .fd(0x87, "i16x8.extend_low_i8x16_s", .none),
        .fd(0x88, "i16x8.extend_high_i8x16_s", .none),
        .fd(0x89, "i16x8.extend_low_i8x16_u", .none),
        .fd(0x8A, "i16x8.extend_high_i8x16_u", .none),
        .fd(0x8B, "i16x8.shl", .none),
        .fd(0x8C, "i16x8.shr_s", .none),
        .fd(0x8D, "i16x8.shr_u", .none),
        .fd(0x8E, "i16x8.add", .none),
        .fd(0x8F, "i16x8.add_sat_s", .none),
        .fd(0x90, "i16x8.add_sat_u", .none),
        .fd(0x91, "i16x8.sub", .none),
        .fd(0x92, "i16x8.sub_sat_s", .none),
        .fd(0x93, "i16x8.sub_sat_u", .none),
        .fd(0x94, "f64x2.nearest", .none),
        .fd(0x95, "i16x8.mul", .none),
        .fd(0x96, "i16x8.min_s", .none),
        .fd(0x97, "i16x8.min_u", .none),
        .fd(0x98, "i16x8.max_s", .none),
        .fd(0x99, "i16x8.max_u", .none),
        .fd(0x9B, "i16x8.avgr_u", .none),
        .fd(0x9C, "i16x8.extmul_low_i8x16_s", .none),
        .fd(0x9D, "i16x8.extmul_high_i8x16_s", .none),
        .fd(0x9E, "i16x8.extmul_low_i8x16_u", .none),
        .fd(0x9F, "i16x8.extmul_high_i8x16_u", .none),
        .fd(0xA0, "i32x4.abs", .none),
        .fd(0xA1, "i32x4.neg", .none),
        .fd(0xA3, "i32x4.all_true", .none),
        .fd(0xA4, "i32x4.bitmask", .none),
        .fd(0xA7, "i32x4.extend_low_i16x8_s", .none),
        .fd(0xA8, "i32x4.extend_high_i16x8_s", .none),
        .fd(0xA9, "i32x4.extend_low_i16x8_u", .none),
        .fd(0xAA, "i32x4.extend_high_i16x8_u", .none),
        .fd(0xAB, "i32x4.shl", .none),
        .fd(0xAC, "i32x4.shr_s", .none),
        .fd(0xAD, "i32x4.shr_u", .none),
        .fd(0xAE, "i32x4.add", .none),
        .fd(0xB1, "i32x4.sub", .none),
        .fd(0xB5, "i32x4.mul", .none),
        .fd(0xB6, "i32x4.min_s", .none),
        .fd(0xB7, "i32x4.min_u", .none),
        .fd(0xB8, "i32x4.max_s", .none),
        .fd(0xB9, "i32x4.max_u", .none),
        .fd(0xBA, "i32x4.dot_i16x8_s", .none),
        .fd(0xBC, "i32x4.extmul_low_i16x8_s", .none),
        .fd(0xBD, "i32x4.extmul_high_i16x8_s", .none),
        .fd(0xBE, "i32x4.extmul_low_i16x8_u", .none),
        .fd(0xBF, "i32x4.extmul_high_i16x8_u", .none),
        .fd(0xC0, "i64x2.abs", .none),
        .fd(0xC1, "i64x2.neg", .none),
        .fd(0xC3, "i64x2.all_true", .none),
        .fd(0xC4, "i64x2.bitmask", .none),
        .fd(0xC7, "i64x2.extend_low_i32x4_s", .none),
        .fd(0xC8, "i64x2.extend_high_i32x4_s", .none),
        .fd(0xC9, "i64x2.extend_low_i32x4_u", .none),
        .fd(0xCA, "i64x2.extend_high_i32x4_u", .none),
        .fd(0xCB, "i64x2.shl", .none),
        .fd(0xCC, "i64x2.shr_s", .none),
        .fd(0xCD, "i64x2.shr_u", .none),
        .fd(0xCE, "i64x2.add", .none),
        .fd(0xD1, "i64x2.sub", .none),
        .fd(0xD5, "i64x2.mul", .none),
        .fd(0xD6, "i64x2.eq", .none),
        .fd(0xD7, "i64x2.ne", .none),
        .fd(0xD8, "i64x2.lt_s", .none),
        .fd(0xD9, "i64x2.gt_s", .none),
        .fd(0xDA, "i64x2.le_s", .none),
        .fd(0xDB, "i64x2.ge_s", .none),
        .fd(0xDC, "i64x2.extmul_low_i32x4_s", .none),
        .fd(0xDD, "i64x2.extmul_high_i32x4_s", .none),
        .fd(0xDE, "i64x2.extmul_low_i32x4_u", .none),
        .fd(0xDF, "i64x2.extmul_high_i32x4_u", .none),
        .fd(0xE0, "f32x4.abs", .none),
        .fd(0xE1, "f32x4.neg", .none),
        .fd(0xE3, "f32x4.sqrt", .none),
        .fd(0xE4, "f32x4.add", .none),
        .fd(0xE5, "f32x4.sub", .none),
        .fd(0xE6, "f32x4.mul", .none),
        .fd(0xE7, "f32x4.div", .none),
        .fd(0xE8, "f32x4.min", .none),
        .fd(0xE9, "f32x4.max", .none),
        .fd(0xEA, "f32x4.pmin", .none),
        .fd(0xEB, "f32x4.pmax", .none),
        .fd(0xEC, "f64x2.abs", .none),
        .fd(0xED, "f64x2.neg", .none),
        .fd(0xEF, "f64x2.sqrt", .none),
        .fd(0xF0, "f64x2.add", .none),
        .fd(0xF1, "f64x2.sub", .none),
        .fd(0xF2, "f64x2.mul", .none),
        .fd(0xF3, "f64x2.div", .none),
        .fd(0xF4, "f64x2.min", .none),
        .fd(0xF5, "f64x2.max", .none),
        .fd(0xF6, "f64x2.pmin", .none),
        .fd(0xF7, "f64x2.pmax", .none),
        .fd(0xF8, "i32x4.trunc_sat_f32x4_s", .none),
        .fd(0xF9, "i32x4.trunc_sat_f32x4_u", .none),
        .fd(0xFA, "f32x4.convert_i32x4_s", .none),
        .fd(0xFB, "f32x4.convert_i32x4_u", .none),
        .fd(0xFC, "i32x4.trunc_sat_f64x2_s_zero", .none),
        .fd(0xFD, "i32x4.trunc_sat_f64x2_u_zero", .none),
        .fd(0xFE, "f64x2.convert_low_i32x4_s", .none),
        .fd(0xFF, "f64x2.convert_low_i32x4_u", .none),
        .fd(0x100, "i8x16.relaxed_swizzle", .none),
        .fd(0x101, "i32x4.relaxed_trunc_f32x4_s", .none),
        .fd(0x102, "i32x4.relaxed_trunc_f32x4_u", .none),
        .fd(0x103, "i32x4.relaxed_trunc_f64x2_s_zero", .none),
        .fd(0x104, "i32x4.relaxed_trunc_f64x2_u_zero", .none),
        .fd(0x105, "f32x4.relaxed_madd", .none),
        .fd(0x106, "f32x4.relaxed_nmadd", .none),
        .fd(0x107, "f64x2.relaxed_madd", .none),
        .fd(0x108, "f64x2.relaxed_nmadd", .none),
        .fd(0x109, "i8x16.relaxed_laneselect", .none),
        .fd(0x10A, "i16x8.relaxed_laneselect", .none),
        .fd(0x10B, "i32x4.relaxed_laneselect", .none),
        .fd(0x10C, "i64x2.relaxed_laneselect", .none),
        .fd(0x10D, "f32x4.relaxed_min", .none),
        .fd(0x10E, "f32x4.relaxed_max", .none),
        .fd(0x10F, "f64x2.relaxed_min", .none),
        .fd(0x110, "f64x2.relaxed_max", .none),
        .fd(0x111, "i16x8.relaxed_q15mulr_s", .none),
        .fd(0x112, "i16x8.relaxed_dot_i8x16_i7x16_s", .none),
        .fd(0x113, "i32x4.relaxed_dot_i8x16_i7x16_add_s", .none),

        // 0xFE: threads (atomics).
        .fe(0x00, "memory.atomic.notify", .memarg(2)),
        .fe(0x01, "memory.atomic.wait32", .memarg(2)),
        .fe(0x02, "memory.atomic.wait64", .memarg(3)),
        .fe(0x03, "atomic.fence", .atomicFence),
        .fe(0x10, "i32.atomic.load", .memarg(2)),
        .fe(0x11, "i64.atomic.load", .memarg(3)),
        .fe(0x12, "i32.atomic.load8_u", .memarg(0)),
        .fe(0x13, "i32.atomic.load16_u", .memarg(1)),
        .fe(0x14, "i64.atomic.load8_u", .memarg(0)),
        .fe(0x15, "i64.atomic.load16_u", .memarg(1)),
        .fe(0x16, "i64.atomic.load32_u", .memarg(2)),
        .fe(0x17, "i32.atomic.store", .memarg(2)),
        .fe(0x18, "i64.atomic.store", .memarg(3)),
        .fe(0x19, "i32.atomic.store8", .memarg(0)),
        .fe(0x1A, "i32.atomic.store16", .memarg(1)),
        .fe(0x1B, "i64.atomic.store8", .memarg(0)),
        .fe(0x1C, "i64.atomic.store16", .memarg(1)),
        .fe(0x1D, "i64.atomic.store32", .memarg(2)),
        .fe(0x1E, "i32.atomic.rmw.add", .memarg(2)),
        .fe(0x1F, "i64.atomic.rmw.add", .memarg(3)),
        .fe(0x20, "i32.atomic.rmw8.add_u", .memarg(0)),
        .fe(0x21, "i32.atomic.rmw16.add_u", .memarg(1)),
        .fe(0x22, "i64.atomic.rmw8.add_u", .memarg(0)),
        .fe(0x23, "i64.atomic.rmw16.add_u", .memarg(1)),
        .fe(0x24, "i64.atomic.rmw32.add_u", .memarg(2)),
        .fe(0x25, "i32.atomic.rmw.sub", .memarg(2)),
        .fe(0x26, "i64.atomic.rmw.sub", .memarg(3)),
        .fe(0x27, "i32.atomic.rmw8.sub_u", .memarg(0)),
        .fe(0x28, "i32.atomic.rmw16.sub_u", .memarg(1)),
        .fe(0x29, "i64.atomic.rmw8.sub_u", .memarg(0)),
        .fe(0x2A, "i64.atomic.rmw16.sub_u", .memarg(1)),
        .fe(0x2B, "i64.atomic.rmw32.sub_u", .memarg(2)),
        .fe(0x2C, "i32.atomic.rmw.and", .memarg(2)),
        .fe(0x2D, "i64.atomic.rmw.and", .memarg(3)),
        .fe(0x2E, "i32.atomic.rmw8.and_u", .memarg(0)),
        .fe(0x2F, "i32.atomic.rmw16.and_u", .memarg(1)),
        .fe(0x30, "i64.atomic.rmw8.and_u", .memarg(0)),
        .fe(0x31, "i64.atomic.rmw16.and_u", .memarg(1)),
        .fe(0x32, "i64.atomic.rmw32.and_u", .memarg(2)),
        .fe(0x33, "i32.atomic.rmw.or", .memarg(2)),
        .fe(0x34, "i64.atomic.rmw.or", .memarg(3)),
        .fe(0x35, "i32.atomic.rmw8.or_u", .memarg(0)),
        .fe(0x36, "i32.atomic.rmw16.or_u", .memarg(1)),
        .fe(0x37, "i64.atomic.rmw8.or_u", .memarg(0)),
        .fe(0x38, "i64.atomic.rmw16.or_u", .memarg(1)),
        .fe(0x39, "i64.atomic.rmw32.or_u", .memarg(2)),
        .fe(0x3A, "i32.atomic.rmw.xor", .memarg(2)),
        .fe(0x3B, "i64.atomic.rmw.xor", .memarg(3)),
        .fe(0x3C, "i32.atomic.rmw8.xor_u", .memarg(0)),
        .fe(0x3D, "i32.atomic.rmw16.xor_u", .memarg(1)),
        .fe(0x3E, "i64.atomic.rmw8.xor_u", .memarg(0)),
        .fe(0x3F, "i64.atomic.rmw16.xor_u", .memarg(1)),
        .fe(0x40, "i64.atomic.rmw32.xor_u", .memarg(2)),
        .fe(0x41, "i32.atomic.rmw.xchg", .memarg(2)),
        .fe(0x42, "i64.atomic.rmw.xchg", .memarg(3)),
        .fe(0x43, "i32.atomic.rmw8.xchg_u", .memarg(0)),
        .fe(0x44, "i32.atomic.rmw16.xchg_u", .memarg(1)),
        .fe(0x45, "i64.atomic.rmw8.xchg_u", .memarg(0)),
        .fe(0x46, "i64.atomic.rmw16.xchg_u", .memarg(1)),
        .fe(0x47, "i64.atomic.rmw32.xchg_u", .memarg(2)),
        .fe(0x48, "i32.atomic.rmw.cmpxchg", .memarg(2)),
        .fe(0x49, "i64.atomic.rmw.cmpxchg", .memarg(3)),
        .fe(0x4A, "i32.atomic.rmw8.cmpxchg_u", .memarg(0)),
        .fe(0x4B, "i32.atomic.rmw16.cmpxchg_u", .memarg(1)),
        .fe(0x4C, "i64.atomic.rmw8.cmpxchg_u", .memarg(0)),
        .fe(0x4D, "i64.atomic.rmw16.cmpxchg_u", .memarg(1)),
        .fe(0x4E, "i64.atomic.rmw32.cmpxchg_u", .memarg(2)),
    ]

    /// Entry index by single-byte opcode (-1: none; the prefix bytes map to -1 too).
    @usableFromInline static let singleByte: [Int16] = build(prefix: 0, count: 256)
    /// Entry index by sub-opcode, for each prefix.
    @usableFromInline static let prefixFC: [Int16] = build(prefix: 0xFC)
    @usableFromInline static let prefixFD: [Int16] = build(prefix: 0xFD)
    @usableFromInline static let prefixFE: [Int16] = build(prefix: 0xFE)

    private static func build(prefix: UInt8, count: Int? = nil) -> [Int16] {
        let codes = entries.filter { $0.opcode.rawPrefix == prefix }.map { Int($0.code) }
        var table = [Int16](repeating: -1, count: count ?? ((codes.max() ?? -1) + 1))
        for (index, entry) in entries.enumerated() where entry.opcode.rawPrefix == prefix {
            precondition(table[Int(entry.code)] == -1, "duplicate opcode \(entry.name)")
            table[Int(entry.code)] = Int16(index)
        }
        return table
    }

    /// The sub-opcode table of a prefix byte, or nil when `byte` is not a prefix.
    @inlinable static func subTable(_ prefix: UInt8) -> [Int16]? {
        switch prefix {
        case 0xFC: return prefixFC
        case 0xFD: return prefixFD
        case 0xFE: return prefixFE
        default: return nil
        }
    }

    /// Whether `byte` introduces a prefixed opcode.
    @inlinable public static func isPrefix(_ byte: UInt8) -> Bool {
        byte == 0xFC || byte == 0xFD || byte == 0xFE
    }

    /// Index in `entries` of `opcode`, or nil when the table has none.
    @inlinable public static func index(of opcode: Opcode) -> Int? {
        let table: [Int16]
        if opcode.rawPrefix == 0 {
            table = singleByte
        } else if let sub = subTable(opcode.rawPrefix) {
            table = sub
        } else {
            return nil
        }
        guard opcode.code < UInt32(table.count) else { return nil }
        let index = table[Int(opcode.code)]
        return index < 0 ? nil : Int(index)
    }

    /// The entry for `opcode`, or nil.
    public static func info(_ opcode: Opcode) -> OpcodeInfo? {
        index(of: opcode).map { entries[$0] }
    }

    /// The entries with a mnemonic (two for `select`: untyped 0x1B and typed 0x1C).
    public static func entries(named name: String) -> [OpcodeInfo] {
        entriesByName[name] ?? []
    }

    private static let entriesByName: [String: [OpcodeInfo]] = {
        var map: [String: [OpcodeInfo]] = [:]
        for entry in entries { map[entry.name, default: []].append(entry) }
        return map
    }()
}

// BEGIN GENERATED OPCODE NAMES (from OpcodeTable.entries; do not edit by hand)
extension Opcode {
    /// `unreachable`
    public static let unreachable = Opcode(0x00)
    /// `nop`
    public static let nop = Opcode(0x01)
    /// `block`
    public static let block = Opcode(0x02)
    /// `loop`
    public static let loop = Opcode(0x03)
    /// `if`
    public static let `if` = Opcode(0x04)
    /// `else`
    public static let `else` = Opcode(0x05)
    /// `try`
    public static let `try` = Opcode(0x06)
    /// `catch`
    public static let `catch` = Opcode(0x07)
    /// `throw`
    public static let `throw` = Opcode(0x08)
    /// `rethrow`
    public static let rethrow = Opcode(0x09)
    /// `throw_ref`
    public static let throwRef = Opcode(0x0A)
    /// `end`
    public static let end = Opcode(0x0B)
    /// `br`
    public static let br = Opcode(0x0C)
    /// `br_if`
    public static let brIf = Opcode(0x0D)
    /// `br_table`
    public static let brTable = Opcode(0x0E)
    /// `return`
    public static let `return` = Opcode(0x0F)
    /// `call`
    public static let call = Opcode(0x10)
    /// `call_indirect`
    public static let callIndirect = Opcode(0x11)
    /// `return_call`
    public static let returnCall = Opcode(0x12)
    /// `return_call_indirect`
    public static let returnCallIndirect = Opcode(0x13)
    /// `call_ref`
    public static let callRef = Opcode(0x14)
    /// `return_call_ref`
    public static let returnCallRef = Opcode(0x15)
    /// `delegate`
    public static let delegate = Opcode(0x18)
    /// `catch_all`
    public static let catchAll = Opcode(0x19)
    /// `drop`
    public static let drop = Opcode(0x1A)
    /// `select`
    public static let select = Opcode(0x1B)
    /// `select`
    public static let typedSelect = Opcode(0x1C)
    /// `try_table`
    public static let tryTable = Opcode(0x1F)
    /// `local.get`
    public static let localGet = Opcode(0x20)
    /// `local.set`
    public static let localSet = Opcode(0x21)
    /// `local.tee`
    public static let localTee = Opcode(0x22)
    /// `global.get`
    public static let globalGet = Opcode(0x23)
    /// `global.set`
    public static let globalSet = Opcode(0x24)
    /// `table.get`
    public static let tableGet = Opcode(0x25)
    /// `table.set`
    public static let tableSet = Opcode(0x26)
    /// `i32.load`
    public static let i32Load = Opcode(0x28)
    /// `i64.load`
    public static let i64Load = Opcode(0x29)
    /// `f32.load`
    public static let f32Load = Opcode(0x2A)
    /// `f64.load`
    public static let f64Load = Opcode(0x2B)
    /// `i32.load8_s`
    public static let i32Load8S = Opcode(0x2C)
    /// `i32.load8_u`
    public static let i32Load8U = Opcode(0x2D)
    /// `i32.load16_s`
    public static let i32Load16S = Opcode(0x2E)
    /// `i32.load16_u`
    public static let i32Load16U = Opcode(0x2F)
    /// `i64.load8_s`
    public static let i64Load8S = Opcode(0x30)
    /// `i64.load8_u`
    public static let i64Load8U = Opcode(0x31)
    /// `i64.load16_s`
    public static let i64Load16S = Opcode(0x32)
    /// `i64.load16_u`
    public static let i64Load16U = Opcode(0x33)
    /// `i64.load32_s`
    public static let i64Load32S = Opcode(0x34)
    /// `i64.load32_u`
    public static let i64Load32U = Opcode(0x35)
    /// `i32.store`
    public static let i32Store = Opcode(0x36)
    /// `i64.store`
    public static let i64Store = Opcode(0x37)
    /// `f32.store`
    public static let f32Store = Opcode(0x38)
    /// `f64.store`
    public static let f64Store = Opcode(0x39)
    /// `i32.store8`
    public static let i32Store8 = Opcode(0x3A)
    /// `i32.store16`
    public static let i32Store16 = Opcode(0x3B)
    /// `i64.store8`
    public static let i64Store8 = Opcode(0x3C)
    /// `i64.store16`
    public static let i64Store16 = Opcode(0x3D)
    /// `i64.store32`
    public static let i64Store32 = Opcode(0x3E)
    /// `memory.size`
    public static let memorySize = Opcode(0x3F)
    /// `memory.grow`
    public static let memoryGrow = Opcode(0x40)
    /// `i32.const`
    public static let i32Const = Opcode(0x41)
    /// `i64.const`
    public static let i64Const = Opcode(0x42)
    /// `f32.const`
    public static let f32Const = Opcode(0x43)
    /// `f64.const`
    public static let f64Const = Opcode(0x44)
    /// `i32.eqz`
    public static let i32Eqz = Opcode(0x45)
    /// `i32.eq`
    public static let i32Eq = Opcode(0x46)
    /// `i32.ne`
    public static let i32Ne = Opcode(0x47)
    /// `i32.lt_s`
    public static let i32LtS = Opcode(0x48)
    /// `i32.lt_u`
    public static let i32LtU = Opcode(0x49)
    /// `i32.gt_s`
    public static let i32GtS = Opcode(0x4A)
    /// `i32.gt_u`
    public static let i32GtU = Opcode(0x4B)
    /// `i32.le_s`
    public static let i32LeS = Opcode(0x4C)
    /// `i32.le_u`
    public static let i32LeU = Opcode(0x4D)
    /// `i32.ge_s`
    public static let i32GeS = Opcode(0x4E)
    /// `i32.ge_u`
    public static let i32GeU = Opcode(0x4F)
    /// `i64.eqz`
    public static let i64Eqz = Opcode(0x50)
    /// `i64.eq`
    public static let i64Eq = Opcode(0x51)
    /// `i64.ne`
    public static let i64Ne = Opcode(0x52)
    /// `i64.lt_s`
    public static let i64LtS = Opcode(0x53)
    /// `i64.lt_u`
    public static let i64LtU = Opcode(0x54)
    /// `i64.gt_s`
    public static let i64GtS = Opcode(0x55)
    /// `i64.gt_u`
    public static let i64GtU = Opcode(0x56)
    /// `i64.le_s`
    public static let i64LeS = Opcode(0x57)
    /// `i64.le_u`
    public static let i64LeU = Opcode(0x58)
    /// `i64.ge_s`
    public static let i64GeS = Opcode(0x59)
    /// `i64.ge_u`
    public static let i64GeU = Opcode(0x5A)
    /// `f32.eq`
    public static let f32Eq = Opcode(0x5B)
    /// `f32.ne`
    public static let f32Ne = Opcode(0x5C)
    /// `f32.lt`
    public static let f32Lt = Opcode(0x5D)
    /// `f32.gt`
    public static let f32Gt = Opcode(0x5E)
    /// `f32.le`
    public static let f32Le = Opcode(0x5F)
    /// `f32.ge`
    public static let f32Ge = Opcode(0x60)
    /// `f64.eq`
    public static let f64Eq = Opcode(0x61)
    /// `f64.ne`
    public static let f64Ne = Opcode(0x62)
    /// `f64.lt`
    public static let f64Lt = Opcode(0x63)
    /// `f64.gt`
    public static let f64Gt = Opcode(0x64)
    /// `f64.le`
    public static let f64Le = Opcode(0x65)
    /// `f64.ge`
    public static let f64Ge = Opcode(0x66)
    /// `i32.clz`
    public static let i32Clz = Opcode(0x67)
    /// `i32.ctz`
    public static let i32Ctz = Opcode(0x68)
    /// `i32.popcnt`
    public static let i32Popcnt = Opcode(0x69)
    /// `i32.add`
    public static let i32Add = Opcode(0x6A)
    /// `i32.sub`
    public static let i32Sub = Opcode(0x6B)
    /// `i32.mul`
    public static let i32Mul = Opcode(0x6C)
    /// `i32.div_s`
    public static let i32DivS = Opcode(0x6D)
    /// `i32.div_u`
    public static let i32DivU = Opcode(0x6E)
    /// `i32.rem_s`
    public static let i32RemS = Opcode(0x6F)
    /// `i32.rem_u`
    public static let i32RemU = Opcode(0x70)
    /// `i32.and`
    public static let i32And = Opcode(0x71)
    /// `i32.or`
    public static let i32Or = Opcode(0x72)
    /// `i32.xor`
    public static let i32Xor = Opcode(0x73)
    /// `i32.shl`
    public static let i32Shl = Opcode(0x74)
    /// `i32.shr_s`
    public static let i32ShrS = Opcode(0x75)
    /// `i32.shr_u`
    public static let i32ShrU = Opcode(0x76)
    /// `i32.rotl`
    public static let i32Rotl = Opcode(0x77)
    /// `i32.rotr`
    public static let i32Rotr = Opcode(0x78)
    /// `i64.clz`
    public static let i64Clz = Opcode(0x79)
    /// `i64.ctz`
    public static let i64Ctz = Opcode(0x7A)
    /// `i64.popcnt`
    public static let i64Popcnt = Opcode(0x7B)
    /// `i64.add`
    public static let i64Add = Opcode(0x7C)
    /// `i64.sub`
    public static let i64Sub = Opcode(0x7D)
    /// `i64.mul`
    public static let i64Mul = Opcode(0x7E)
    /// `i64.div_s`
    public static let i64DivS = Opcode(0x7F)
    /// `i64.div_u`
    public static let i64DivU = Opcode(0x80)
    /// `i64.rem_s`
    public static let i64RemS = Opcode(0x81)
    /// `i64.rem_u`
    public static let i64RemU = Opcode(0x82)
    /// `i64.and`
    public static let i64And = Opcode(0x83)
    /// `i64.or`
    public static let i64Or = Opcode(0x84)
    /// `i64.xor`
    public static let i64Xor = Opcode(0x85)
    /// `i64.shl`
    public static let i64Shl = Opcode(0x86)
    /// `i64.shr_s`
    public static let i64ShrS = Opcode(0x87)
    /// `i64.shr_u`
    public static let i64ShrU = Opcode(0x88)
    /// `i64.rotl`
    public static let i64Rotl = Opcode(0x89)
    /// `i64.rotr`
    public static let i64Rotr = Opcode(0x8A)
    /// `f32.abs`
    public static let f32Abs = Opcode(0x8B)
    /// `f32.neg`
    public static let f32Neg = Opcode(0x8C)
    /// `f32.ceil`
    public static let f32Ceil = Opcode(0x8D)
    /// `f32.floor`
    public static let f32Floor = Opcode(0x8E)
    /// `f32.trunc`
    public static let f32Trunc = Opcode(0x8F)
    /// `f32.nearest`
    public static let f32Nearest = Opcode(0x90)
    /// `f32.sqrt`
    public static let f32Sqrt = Opcode(0x91)
    /// `f32.add`
    public static let f32Add = Opcode(0x92)
    /// `f32.sub`
    public static let f32Sub = Opcode(0x93)
    /// `f32.mul`
    public static let f32Mul = Opcode(0x94)
    /// `f32.div`
    public static let f32Div = Opcode(0x95)
    /// `f32.min`
    public static let f32Min = Opcode(0x96)
    /// `f32.max`
    public static let f32Max = Opcode(0x97)
    /// `f32.copysign`
    public static let f32Copysign = Opcode(0x98)
    /// `f64.abs`
    public static let f64Abs = Opcode(0x99)
    /// `f64.neg`
    public static let f64Neg = Opcode(0x9A)
    /// `f64.ceil`
    public static let f64Ceil = Opcode(0x9B)
    /// `f64.floor`
    public static let f64Floor = Opcode(0x9C)
    /// `f64.trunc`
    public static let f64Trunc = Opcode(0x9D)
    /// `f64.nearest`
    public static let f64Nearest = Opcode(0x9E)
    /// `f64.sqrt`
    public static let f64Sqrt = Opcode(0x9F)
    /// `f64.add`
    public static let f64Add = Opcode(0xA0)
    /// `f64.sub`
    public static let f64Sub = Opcode(0xA1)
    /// `f64.mul`
    public static let f64Mul = Opcode(0xA2)
    /// `f64.div`
    public static let f64Div = Opcode(0xA3)
    /// `f64.min`
    public static let f64Min = Opcode(0xA4)
    /// `f64.max`
    public static let f64Max = Opcode(0xA5)
    /// `f64.copysign`
    public static let f64Copysign = Opcode(0xA6)
    /// `i32.wrap_i64`
    public static let i32WrapI64 = Opcode(0xA7)
    /// `i32.trunc_f32_s`
    public static let i32TruncF32S = Opcode(0xA8)
    /// `i32.trunc_f32_u`
    public static let i32TruncF32U = Opcode(0xA9)
    /// `i32.trunc_f64_s`
    public static let i32TruncF64S = Opcode(0xAA)
    /// `i32.trunc_f64_u`
    public static let i32TruncF64U = Opcode(0xAB)
    /// `i64.extend_i32_s`
    public static let i64ExtendI32S = Opcode(0xAC)
    /// `i64.extend_i32_u`
    public static let i64ExtendI32U = Opcode(0xAD)
    /// `i64.trunc_f32_s`
    public static let i64TruncF32S = Opcode(0xAE)
    /// `i64.trunc_f32_u`
    public static let i64TruncF32U = Opcode(0xAF)
    /// `i64.trunc_f64_s`
    public static let i64TruncF64S = Opcode(0xB0)
    /// `i64.trunc_f64_u`
    public static let i64TruncF64U = Opcode(0xB1)
    /// `f32.convert_i32_s`
    public static let f32ConvertI32S = Opcode(0xB2)
    /// `f32.convert_i32_u`
    public static let f32ConvertI32U = Opcode(0xB3)
    /// `f32.convert_i64_s`
    public static let f32ConvertI64S = Opcode(0xB4)
    /// `f32.convert_i64_u`
    public static let f32ConvertI64U = Opcode(0xB5)
    /// `f32.demote_f64`
    public static let f32DemoteF64 = Opcode(0xB6)
    /// `f64.convert_i32_s`
    public static let f64ConvertI32S = Opcode(0xB7)
    /// `f64.convert_i32_u`
    public static let f64ConvertI32U = Opcode(0xB8)
    /// `f64.convert_i64_s`
    public static let f64ConvertI64S = Opcode(0xB9)
    /// `f64.convert_i64_u`
    public static let f64ConvertI64U = Opcode(0xBA)
    /// `f64.promote_f32`
    public static let f64PromoteF32 = Opcode(0xBB)
    /// `i32.reinterpret_f32`
    public static let i32ReinterpretF32 = Opcode(0xBC)
    /// `i64.reinterpret_f64`
    public static let i64ReinterpretF64 = Opcode(0xBD)
    /// `f32.reinterpret_i32`
    public static let f32ReinterpretI32 = Opcode(0xBE)
    /// `f64.reinterpret_i64`
    public static let f64ReinterpretI64 = Opcode(0xBF)
    /// `i32.extend8_s`
    public static let i32Extend8S = Opcode(0xC0)
    /// `i32.extend16_s`
    public static let i32Extend16S = Opcode(0xC1)
    /// `i64.extend8_s`
    public static let i64Extend8S = Opcode(0xC2)
    /// `i64.extend16_s`
    public static let i64Extend16S = Opcode(0xC3)
    /// `i64.extend32_s`
    public static let i64Extend32S = Opcode(0xC4)
    /// `ref.null`
    public static let refNull = Opcode(0xD0)
    /// `ref.is_null`
    public static let refIsNull = Opcode(0xD1)
    /// `ref.func`
    public static let refFunc = Opcode(0xD2)
    /// `ref.as_non_null`
    public static let refAsNonNull = Opcode(0xD4)
    /// `br_on_null`
    public static let brOnNull = Opcode(0xD5)
    /// `br_on_non_null`
    public static let brOnNonNull = Opcode(0xD6)
    /// `i32.trunc_sat_f32_s`
    public static let i32TruncSatF32S = Opcode(prefix: 0xFC, code: 0x00)
    /// `i32.trunc_sat_f32_u`
    public static let i32TruncSatF32U = Opcode(prefix: 0xFC, code: 0x01)
    /// `i32.trunc_sat_f64_s`
    public static let i32TruncSatF64S = Opcode(prefix: 0xFC, code: 0x02)
    /// `i32.trunc_sat_f64_u`
    public static let i32TruncSatF64U = Opcode(prefix: 0xFC, code: 0x03)
    /// `i64.trunc_sat_f32_s`
    public static let i64TruncSatF32S = Opcode(prefix: 0xFC, code: 0x04)
    /// `i64.trunc_sat_f32_u`
    public static let i64TruncSatF32U = Opcode(prefix: 0xFC, code: 0x05)
    /// `i64.trunc_sat_f64_s`
    public static let i64TruncSatF64S = Opcode(prefix: 0xFC, code: 0x06)
    /// `i64.trunc_sat_f64_u`
    public static let i64TruncSatF64U = Opcode(prefix: 0xFC, code: 0x07)
    /// `memory.init`
    public static let memoryInit = Opcode(prefix: 0xFC, code: 0x08)
    /// `data.drop`
    public static let dataDrop = Opcode(prefix: 0xFC, code: 0x09)
    /// `memory.copy`
    public static let memoryCopy = Opcode(prefix: 0xFC, code: 0x0A)
    /// `memory.fill`
    public static let memoryFill = Opcode(prefix: 0xFC, code: 0x0B)
    /// `table.init`
    public static let tableInit = Opcode(prefix: 0xFC, code: 0x0C)
    /// `elem.drop`
    public static let elemDrop = Opcode(prefix: 0xFC, code: 0x0D)
    /// `table.copy`
    public static let tableCopy = Opcode(prefix: 0xFC, code: 0x0E)
    /// `table.grow`
    public static let tableGrow = Opcode(prefix: 0xFC, code: 0x0F)
    /// `table.size`
    public static let tableSize = Opcode(prefix: 0xFC, code: 0x10)
    /// `table.fill`
    public static let tableFill = Opcode(prefix: 0xFC, code: 0x11)
    /// `memory.discard`
    public static let memoryDiscard = Opcode(prefix: 0xFC, code: 0x12)
    /// `i64.add128`
    public static let i64Add128 = Opcode(prefix: 0xFC, code: 0x13)
    /// `i64.sub128`
    public static let i64Sub128 = Opcode(prefix: 0xFC, code: 0x14)
    /// `i64.mul_wide_s`
    public static let i64MulWideS = Opcode(prefix: 0xFC, code: 0x15)
    /// `i64.mul_wide_u`
    public static let i64MulWideU = Opcode(prefix: 0xFC, code: 0x16)
    /// `v128.load`
    public static let v128Load = Opcode(prefix: 0xFD, code: 0x00)
    /// `v128.load8x8_s`
    public static let v128Load8x8S = Opcode(prefix: 0xFD, code: 0x01)
    /// `v128.load8x8_u`
    public static let v128Load8x8U = Opcode(prefix: 0xFD, code: 0x02)
    /// `v128.load16x4_s`
    public static let v128Load16x4S = Opcode(prefix: 0xFD, code: 0x03)
    /// `v128.load16x4_u`
    public static let v128Load16x4U = Opcode(prefix: 0xFD, code: 0x04)
    /// `v128.load32x2_s`
    public static let v128Load32x2S = Opcode(prefix: 0xFD, code: 0x05)
    /// `v128.load32x2_u`
    public static let v128Load32x2U = Opcode(prefix: 0xFD, code: 0x06)
    /// `v128.load8_splat`
    public static let v128Load8Splat = Opcode(prefix: 0xFD, code: 0x07)
    /// `v128.load16_splat`
    public static let v128Load16Splat = Opcode(prefix: 0xFD, code: 0x08)
    /// `v128.load32_splat`
    public static let v128Load32Splat = Opcode(prefix: 0xFD, code: 0x09)
    /// `v128.load64_splat`
    public static let v128Load64Splat = Opcode(prefix: 0xFD, code: 0x0A)
    /// `v128.store`
    public static let v128Store = Opcode(prefix: 0xFD, code: 0x0B)
    /// `v128.const`
    public static let v128Const = Opcode(prefix: 0xFD, code: 0x0C)
    /// `i8x16.shuffle`
    public static let i8x16Shuffle = Opcode(prefix: 0xFD, code: 0x0D)
    /// `i8x16.swizzle`
    public static let i8x16Swizzle = Opcode(prefix: 0xFD, code: 0x0E)
    /// `i8x16.splat`
    public static let i8x16Splat = Opcode(prefix: 0xFD, code: 0x0F)
    /// `i16x8.splat`
    public static let i16x8Splat = Opcode(prefix: 0xFD, code: 0x10)
    /// `i32x4.splat`
    public static let i32x4Splat = Opcode(prefix: 0xFD, code: 0x11)
    /// `i64x2.splat`
    public static let i64x2Splat = Opcode(prefix: 0xFD, code: 0x12)
    /// `f32x4.splat`
    public static let f32x4Splat = Opcode(prefix: 0xFD, code: 0x13)
    /// `f64x2.splat`
    public static let f64x2Splat = Opcode(prefix: 0xFD, code: 0x14)
    /// `i8x16.extract_lane_s`
    public static let i8x16ExtractLaneS = Opcode(prefix: 0xFD, code: 0x15)
    /// `i8x16.extract_lane_u`
    public static let i8x16ExtractLaneU = Opcode(prefix: 0xFD, code: 0x16)
    /// `i8x16.replace_lane`
    public static let i8x16ReplaceLane = Opcode(prefix: 0xFD, code: 0x17)
    /// `i16x8.extract_lane_s`
    public static let i16x8ExtractLaneS = Opcode(prefix: 0xFD, code: 0x18)
    /// `i16x8.extract_lane_u`
    public static let i16x8ExtractLaneU = Opcode(prefix: 0xFD, code: 0x19)
    /// `i16x8.replace_lane`
    public static let i16x8ReplaceLane = Opcode(prefix: 0xFD, code: 0x1A)
    /// `i32x4.extract_lane`
    public static let i32x4ExtractLane = Opcode(prefix: 0xFD, code: 0x1B)
    /// `i32x4.replace_lane`
    public static let i32x4ReplaceLane = Opcode(prefix: 0xFD, code: 0x1C)
    /// `i64x2.extract_lane`
    public static let i64x2ExtractLane = Opcode(prefix: 0xFD, code: 0x1D)
    /// `i64x2.replace_lane`
    public static let i64x2ReplaceLane = Opcode(prefix: 0xFD, code: 0x1E)
    /// `f32x4.extract_lane`
    public static let f32x4ExtractLane = Opcode(prefix: 0xFD, code: 0x1F)
    /// `f32x4.replace_lane`
    public static let f32x4ReplaceLane = Opcode(prefix: 0xFD, code: 0x20)
    /// `f64x2.extract_lane`
    public static let f64x2ExtractLane = Opcode(prefix: 0xFD, code: 0x21)
    /// `f64x2.replace_lane`
    public static let f64x2ReplaceLane = Opcode(prefix: 0xFD, code: 0x22)
    /// `i8x16.eq`
    public static let i8x16Eq = Opcode(prefix: 0xFD, code: 0x23)
    /// `i8x16.ne`
    public static let i8x16Ne = Opcode(prefix: 0xFD, code: 0x24)
    /// `i8x16.lt_s`
    public static let i8x16LtS = Opcode(prefix: 0xFD, code: 0x25)
    /// `i8x16.lt_u`
    public static let i8x16LtU = Opcode(prefix: 0xFD, code: 0x26)
    /// `i8x16.gt_s`
    public static let i8x16GtS = Opcode(prefix: 0xFD, code: 0x27)
    /// `i8x16.gt_u`
    public static let i8x16GtU = Opcode(prefix: 0xFD, code: 0x28)
    /// `i8x16.le_s`
    public static let i8x16LeS = Opcode(prefix: 0xFD, code: 0x29)
    /// `i8x16.le_u`
    public static let i8x16LeU = Opcode(prefix: 0xFD, code: 0x2A)
    /// `i8x16.ge_s`
    public static let i8x16GeS = Opcode(prefix: 0xFD, code: 0x2B)
    /// `i8x16.ge_u`
    public static let i8x16GeU = Opcode(prefix: 0xFD, code: 0x2C)
    /// `i16x8.eq`
    public static let i16x8Eq = Opcode(prefix: 0xFD, code: 0x2D)
    /// `i16x8.ne`
    public static let i16x8Ne = Opcode(prefix: 0xFD, code: 0x2E)
    /// `i16x8.lt_s`
    public static let i16x8LtS = Opcode(prefix: 0xFD, code: 0x2F)
    /// `i16x8.lt_u`
    public static let i16x8LtU = Opcode(prefix: 0xFD, code: 0x30)
    /// `i16x8.gt_s`
    public static let i16x8GtS = Opcode(prefix: 0xFD, code: 0x31)
    /// `i16x8.gt_u`
    public static let i16x8GtU = Opcode(prefix: 0xFD, code: 0x32)
    /// `i16x8.le_s`
    public static let i16x8LeS = Opcode(prefix: 0xFD, code: 0x33)
    /// `i16x8.le_u`
    public static let i16x8LeU = Opcode(prefix: 0xFD, code: 0x34)
    /// `i16x8.ge_s`
    public static let i16x8GeS = Opcode(prefix: 0xFD, code: 0x35)
    /// `i16x8.ge_u`
    public static let i16x8GeU = Opcode(prefix: 0xFD, code: 0x36)
    /// `i32x4.eq`
    public static let i32x4Eq = Opcode(prefix: 0xFD, code: 0x37)
    /// `i32x4.ne`
    public static let i32x4Ne = Opcode(prefix: 0xFD, code: 0x38)
    /// `i32x4.lt_s`
    public static let i32x4LtS = Opcode(prefix: 0xFD, code: 0x39)
    /// `i32x4.lt_u`
    public static let i32x4LtU = Opcode(prefix: 0xFD, code: 0x3A)
    /// `i32x4.gt_s`
    public static let i32x4GtS = Opcode(prefix: 0xFD, code: 0x3B)
    /// `i32x4.gt_u`
    public static let i32x4GtU = Opcode(prefix: 0xFD, code: 0x3C)
    /// `i32x4.le_s`
    public static let i32x4LeS = Opcode(prefix: 0xFD, code: 0x3D)
    /// `i32x4.le_u`
    public static let i32x4LeU = Opcode(prefix: 0xFD, code: 0x3E)
    /// `i32x4.ge_s`
    public static let i32x4GeS = Opcode(prefix: 0xFD, code: 0x3F)
    /// `i32x4.ge_u`
    public static let i32x4GeU = Opcode(prefix: 0xFD, code: 0x40)
    /// `f32x4.eq`
    public static let f32x4Eq = Opcode(prefix: 0xFD, code: 0x41)
    /// `f32x4.ne`
    public static let f32x4Ne = Opcode(prefix: 0xFD, code: 0x42)
    /// `f32x4.lt`
    public static let f32x4Lt = Opcode(prefix: 0xFD, code: 0x43)
    /// `f32x4.gt`
    public static let f32x4Gt = Opcode(prefix: 0xFD, code: 0x44)
    /// `f32x4.le`
    public static let f32x4Le = Opcode(prefix: 0xFD, code: 0x45)
    /// `f32x4.ge`
    public static let f32x4Ge = Opcode(prefix: 0xFD, code: 0x46)
    /// `f64x2.eq`
    public static let f64x2Eq = Opcode(prefix: 0xFD, code: 0x47)
    /// `f64x2.ne`
    public static let f64x2Ne = Opcode(prefix: 0xFD, code: 0x48)
    /// `f64x2.lt`
    public static let f64x2Lt = Opcode(prefix: 0xFD, code: 0x49)
    /// `f64x2.gt`
    public static let f64x2Gt = Opcode(prefix: 0xFD, code: 0x4A)
    /// `f64x2.le`
    public static let f64x2Le = Opcode(prefix: 0xFD, code: 0x4B)
    /// `f64x2.ge`
    public static let f64x2Ge = Opcode(prefix: 0xFD, code: 0x4C)
    /// `v128.not`
    public static let v128Not = Opcode(prefix: 0xFD, code: 0x4D)
    /// `v128.and`
    public static let v128And = Opcode(prefix: 0xFD, code: 0x4E)
    /// `v128.andnot`
    public static let v128Andnot = Opcode(prefix: 0xFD, code: 0x4F)
    /// `v128.or`
    public static let v128Or = Opcode(prefix: 0xFD, code: 0x50)
    /// `v128.xor`
    public static let v128Xor = Opcode(prefix: 0xFD, code: 0x51)
    /// `v128.bitselect`
    public static let v128Bitselect = Opcode(prefix: 0xFD, code: 0x52)
    /// `v128.any_true`
    public static let v128AnyTrue = Opcode(prefix: 0xFD, code: 0x53)
    /// `v128.load8_lane`
    public static let v128Load8Lane = Opcode(prefix: 0xFD, code: 0x54)
    /// `v128.load16_lane`
    public static let v128Load16Lane = Opcode(prefix: 0xFD, code: 0x55)
    /// `v128.load32_lane`
    public static let v128Load32Lane = Opcode(prefix: 0xFD, code: 0x56)
    /// `v128.load64_lane`
    public static let v128Load64Lane = Opcode(prefix: 0xFD, code: 0x57)
    /// `v128.store8_lane`
    public static let v128Store8Lane = Opcode(prefix: 0xFD, code: 0x58)
    /// `v128.store16_lane`
    public static let v128Store16Lane = Opcode(prefix: 0xFD, code: 0x59)
    /// `v128.store32_lane`
    public static let v128Store32Lane = Opcode(prefix: 0xFD, code: 0x5A)
    /// `v128.store64_lane`
    public static let v128Store64Lane = Opcode(prefix: 0xFD, code: 0x5B)
    /// `v128.load32_zero`
    public static let v128Load32Zero = Opcode(prefix: 0xFD, code: 0x5C)
    /// `v128.load64_zero`
    public static let v128Load64Zero = Opcode(prefix: 0xFD, code: 0x5D)
    /// `f32x4.demote_f64x2_zero`
    public static let f32x4DemoteF64x2Zero = Opcode(prefix: 0xFD, code: 0x5E)
    /// `f64x2.promote_low_f32x4`
    public static let f64x2PromoteLowF32x4 = Opcode(prefix: 0xFD, code: 0x5F)
    /// `i8x16.abs`
    public static let i8x16Abs = Opcode(prefix: 0xFD, code: 0x60)
    /// `i8x16.neg`
    public static let i8x16Neg = Opcode(prefix: 0xFD, code: 0x61)
    /// `i8x16.popcnt`
    public static let i8x16Popcnt = Opcode(prefix: 0xFD, code: 0x62)
    /// `i8x16.all_true`
    public static let i8x16AllTrue = Opcode(prefix: 0xFD, code: 0x63)
    /// `i8x16.bitmask`
    public static let i8x16Bitmask = Opcode(prefix: 0xFD, code: 0x64)
    /// `i8x16.narrow_i16x8_s`
    public static let i8x16NarrowI16x8S = Opcode(prefix: 0xFD, code: 0x65)
    /// `i8x16.narrow_i16x8_u`
    public static let i8x16NarrowI16x8U = Opcode(prefix: 0xFD, code: 0x66)
    /// `f32x4.ceil`
    public static let f32x4Ceil = Opcode(prefix: 0xFD, code: 0x67)
    /// `f32x4.floor`
    public static let f32x4Floor = Opcode(prefix: 0xFD, code: 0x68)
    /// `f32x4.trunc`
    public static let f32x4Trunc = Opcode(prefix: 0xFD, code: 0x69)
    /// `f32x4.nearest`
    public static let f32x4Nearest = Opcode(prefix: 0xFD, code: 0x6A)
    /// `i8x16.shl`
    public static let i8x16Shl = Opcode(prefix: 0xFD, code: 0x6B)
    /// `i8x16.shr_s`
    public static let i8x16ShrS = Opcode(prefix: 0xFD, code: 0x6C)
    /// `i8x16.shr_u`
    public static let i8x16ShrU = Opcode(prefix: 0xFD, code: 0x6D)
    /// `i8x16.add`
    public static let i8x16Add = Opcode(prefix: 0xFD, code: 0x6E)
    /// `i8x16.add_sat_s`
    public static let i8x16AddSatS = Opcode(prefix: 0xFD, code: 0x6F)
    /// `i8x16.add_sat_u`
    public static let i8x16AddSatU = Opcode(prefix: 0xFD, code: 0x70)
    /// `i8x16.sub`
    public static let i8x16Sub = Opcode(prefix: 0xFD, code: 0x71)
    /// `i8x16.sub_sat_s`
    public static let i8x16SubSatS = Opcode(prefix: 0xFD, code: 0x72)
    /// `i8x16.sub_sat_u`
    public static let i8x16SubSatU = Opcode(prefix: 0xFD, code: 0x73)
    /// `f64x2.ceil`
    public static let f64x2Ceil = Opcode(prefix: 0xFD, code: 0x74)
    /// `f64x2.floor`
    public static let f64x2Floor = Opcode(prefix: 0xFD, code: 0x75)
    /// `i8x16.min_s`
    public static let i8x16MinS = Opcode(prefix: 0xFD, code: 0x76)
    /// `i8x16.min_u`
    public static let i8x16MinU = Opcode(prefix: 0xFD, code: 0x77)
    /// `i8x16.max_s`
    public static let i8x16MaxS = Opcode(prefix: 0xFD, code: 0x78)
    /// `i8x16.max_u`
    public static let i8x16MaxU = Opcode(prefix: 0xFD, code: 0x79)
    /// `f64x2.trunc`
    public static let f64x2Trunc = Opcode(prefix: 0xFD, code: 0x7A)
    /// `i8x16.avgr_u`
    public static let i8x16AvgrU = Opcode(prefix: 0xFD, code: 0x7B)
    /// `i16x8.extadd_pairwise_i8x16_s`
    public static let i16x8ExtaddPairwiseI8x16S = Opcode(prefix: 0xFD, code: 0x7C)
    /// `i16x8.extadd_pairwise_i8x16_u`
    public static let i16x8ExtaddPairwiseI8x16U = Opcode(prefix: 0xFD, code: 0x7D)
    /// `i32x4.extadd_pairwise_i16x8_s`
    public static let i32x4ExtaddPairwiseI16x8S = Opcode(prefix: 0xFD, code: 0x7E)
    /// `i32x4.extadd_pairwise_i16x8_u`
    public static let i32x4ExtaddPairwiseI16x8U = Opcode(prefix: 0xFD, code: 0x7F)
    /// `i16x8.abs`
    public static let i16x8Abs = Opcode(prefix: 0xFD, code: 0x80)
    /// `i16x8.neg`
    public static let i16x8Neg = Opcode(prefix: 0xFD, code: 0x81)
    /// `i16x8.q15mulr_sat_s`
    public static let i16x8Q15mulrSatS = Opcode(prefix: 0xFD, code: 0x82)
    /// `i16x8.all_true`
    public static let i16x8AllTrue = Opcode(prefix: 0xFD, code: 0x83)
    /// `i16x8.bitmask`
    public static let i16x8Bitmask = Opcode(prefix: 0xFD, code: 0x84)
    /// `i16x8.narrow_i32x4_s`
    public static let i16x8NarrowI32x4S = Opcode(prefix: 0xFD, code: 0x85)
    /// `i16x8.narrow_i32x4_u`
    public static let i16x8NarrowI32x4U = Opcode(prefix: 0xFD, code: 0x86)
    /// `i16x8.extend_low_i8x16_s`
    public static let i16x8ExtendLowI8x16S = Opcode(prefix: 0xFD, code: 0x87)
    /// `i16x8.extend_high_i8x16_s`
    public static let i16x8ExtendHighI8x16S = Opcode(prefix: 0xFD, code: 0x88)
    /// `i16x8.extend_low_i8x16_u`
    public static let i16x8ExtendLowI8x16U = Opcode(prefix: 0xFD, code: 0x89)
    /// `i16x8.extend_high_i8x16_u`
    public static let i16x8ExtendHighI8x16U = Opcode(prefix: 0xFD, code: 0x8A)
    /// `i16x8.shl`
    public static let i16x8Shl = Opcode(prefix: 0xFD, code: 0x8B)
    /// `i16x8.shr_s`
    public static let i16x8ShrS = Opcode(prefix: 0xFD, code: 0x8C)
    /// `i16x8.shr_u`
    public static let i16x8ShrU = Opcode(prefix: 0xFD, code: 0x8D)
    /// `i16x8.add`
    public static let i16x8Add = Opcode(prefix: 0xFD, code: 0x8E)
    /// `i16x8.add_sat_s`
    public static let i16x8AddSatS = Opcode(prefix: 0xFD, code: 0x8F)
    /// `i16x8.add_sat_u`
    public static let i16x8AddSatU = Opcode(prefix: 0xFD, code: 0x90)
    /// `i16x8.sub`
    public static let i16x8Sub = Opcode(prefix: 0xFD, code: 0x91)
    /// `i16x8.sub_sat_s`
    public static let i16x8SubSatS = Opcode(prefix: 0xFD, code: 0x92)
    /// `i16x8.sub_sat_u`
    public static let i16x8SubSatU = Opcode(prefix: 0xFD, code: 0x93)
    /// `f64x2.nearest`
    public static let f64x2Nearest = Opcode(prefix: 0xFD, code: 0x94)
    /// `i16x8.mul`
    public static let i16x8Mul = Opcode(prefix: 0xFD, code: 0x95)
    /// `i16x8.min_s`
    public static let i16x8MinS = Opcode(prefix: 0xFD, code: 0x96)
    /// `i16x8.min_u`
    public static let i16x8MinU = Opcode(prefix: 0xFD, code: 0x97)
    /// `i16x8.max_s`
    public static let i16x8MaxS = Opcode(prefix: 0xFD, code: 0x98)
    /// `i16x8.max_u`
    public static let i16x8MaxU = Opcode(prefix: 0xFD, code: 0x99)
    /// `i16x8.avgr_u`
    public static let i16x8AvgrU = Opcode(prefix: 0xFD, code: 0x9B)
    /// `i16x8.extmul_low_i8x16_s`
    public static let i16x8ExtmulLowI8x16S = Opcode(prefix: 0xFD, code: 0x9C)
    /// `i16x8.extmul_high_i8x16_s`
    public static let i16x8ExtmulHighI8x16S = Opcode(prefix: 0xFD, code: 0x9D)
    /// `i16x8.extmul_low_i8x16_u`
    public static let i16x8ExtmulLowI8x16U = Opcode(prefix: 0xFD, code: 0x9E)
    /// `i16x8.extmul_high_i8x16_u`
    public static let i16x8ExtmulHighI8x16U = Opcode(prefix: 0xFD, code: 0x9F)
    /// `i32x4.abs`
    public static let i32x4Abs = Opcode(prefix: 0xFD, code: 0xA0)
    /// `i32x4.neg`
    public static let i32x4Neg = Opcode(prefix: 0xFD, code: 0xA1)
    /// `i32x4.all_true`
    public static let i32x4AllTrue = Opcode(prefix: 0xFD, code: 0xA3)
    /// `i32x4.bitmask`
    public static let i32x4Bitmask = Opcode(prefix: 0xFD, code: 0xA4)
    /// `i32x4.extend_low_i16x8_s`
    public static let i32x4ExtendLowI16x8S = Opcode(prefix: 0xFD, code: 0xA7)
    /// `i32x4.extend_high_i16x8_s`
    public static let i32x4ExtendHighI16x8S = Opcode(prefix: 0xFD, code: 0xA8)
    /// `i32x4.extend_low_i16x8_u`
    public static let i32x4ExtendLowI16x8U = Opcode(prefix: 0xFD, code: 0xA9)
    /// `i32x4.extend_high_i16x8_u`
    public static let i32x4ExtendHighI16x8U = Opcode(prefix: 0xFD, code: 0xAA)
    /// `i32x4.shl`
    public static let i32x4Shl = Opcode(prefix: 0xFD, code: 0xAB)
    /// `i32x4.shr_s`
    public static let i32x4ShrS = Opcode(prefix: 0xFD, code: 0xAC)
    /// `i32x4.shr_u`
    public static let i32x4ShrU = Opcode(prefix: 0xFD, code: 0xAD)
    /// `i32x4.add`
    public static let i32x4Add = Opcode(prefix: 0xFD, code: 0xAE)
    /// `i32x4.sub`
    public static let i32x4Sub = Opcode(prefix: 0xFD, code: 0xB1)
    /// `i32x4.mul`
    public static let i32x4Mul = Opcode(prefix: 0xFD, code: 0xB5)
    /// `i32x4.min_s`
    public static let i32x4MinS = Opcode(prefix: 0xFD, code: 0xB6)
    /// `i32x4.min_u`
    public static let i32x4MinU = Opcode(prefix: 0xFD, code: 0xB7)
    /// `i32x4.max_s`
    public static let i32x4MaxS = Opcode(prefix: 0xFD, code: 0xB8)
    /// `i32x4.max_u`
    public static let i32x4MaxU = Opcode(prefix: 0xFD, code: 0xB9)
    /// `i32x4.dot_i16x8_s`
    public static let i32x4DotI16x8S = Opcode(prefix: 0xFD, code: 0xBA)
    /// `i32x4.extmul_low_i16x8_s`
    public static let i32x4ExtmulLowI16x8S = Opcode(prefix: 0xFD, code: 0xBC)
    /// `i32x4.extmul_high_i16x8_s`
    public static let i32x4ExtmulHighI16x8S = Opcode(prefix: 0xFD, code: 0xBD)
    /// `i32x4.extmul_low_i16x8_u`
    public static let i32x4ExtmulLowI16x8U = Opcode(prefix: 0xFD, code: 0xBE)
    /// `i32x4.extmul_high_i16x8_u`
    public static let i32x4ExtmulHighI16x8U = Opcode(prefix: 0xFD, code: 0xBF)
    /// `i64x2.abs`
    public static let i64x2Abs = Opcode(prefix: 0xFD, code: 0xC0)
    /// `i64x2.neg`
    public static let i64x2Neg = Opcode(prefix: 0xFD, code: 0xC1)
    /// `i64x2.all_true`
    public static let i64x2AllTrue = Opcode(prefix: 0xFD, code: 0xC3)
    /// `i64x2.bitmask`
    public static let i64x2Bitmask = Opcode(prefix: 0xFD, code: 0xC4)
    /// `i64x2.extend_low_i32x4_s`
    public static let i64x2ExtendLowI32x4S = Opcode(prefix: 0xFD, code: 0xC7)
    /// `i64x2.extend_high_i32x4_s`
    public static let i64x2ExtendHighI32x4S = Opcode(prefix: 0xFD, code: 0xC8)
    /// `i64x2.extend_low_i32x4_u`
    public static let i64x2ExtendLowI32x4U = Opcode(prefix: 0xFD, code: 0xC9)
    /// `i64x2.extend_high_i32x4_u`
    public static let i64x2ExtendHighI32x4U = Opcode(prefix: 0xFD, code: 0xCA)
    /// `i64x2.shl`
    public static let i64x2Shl = Opcode(prefix: 0xFD, code: 0xCB)
    /// `i64x2.shr_s`
    public static let i64x2ShrS = Opcode(prefix: 0xFD, code: 0xCC)
    /// `i64x2.shr_u`
    public static let i64x2ShrU = Opcode(prefix: 0xFD, code: 0xCD)
    /// `i64x2.add`
    public static let i64x2Add = Opcode(prefix: 0xFD, code: 0xCE)
    /// `i64x2.sub`
    public static let i64x2Sub = Opcode(prefix: 0xFD, code: 0xD1)
    /// `i64x2.mul`
    public static let i64x2Mul = Opcode(prefix: 0xFD, code: 0xD5)
    /// `i64x2.eq`
    public static let i64x2Eq = Opcode(prefix: 0xFD, code: 0xD6)
    /// `i64x2.ne`
    public static let i64x2Ne = Opcode(prefix: 0xFD, code: 0xD7)
    /// `i64x2.lt_s`
    public static let i64x2LtS = Opcode(prefix: 0xFD, code: 0xD8)
    /// `i64x2.gt_s`
    public static let i64x2GtS = Opcode(prefix: 0xFD, code: 0xD9)
    /// `i64x2.le_s`
    public static let i64x2LeS = Opcode(prefix: 0xFD, code: 0xDA)
    /// `i64x2.ge_s`
    public static let i64x2GeS = Opcode(prefix: 0xFD, code: 0xDB)
    /// `i64x2.extmul_low_i32x4_s`
    public static let i64x2ExtmulLowI32x4S = Opcode(prefix: 0xFD, code: 0xDC)
    /// `i64x2.extmul_high_i32x4_s`
    public static let i64x2ExtmulHighI32x4S = Opcode(prefix: 0xFD, code: 0xDD)
    /// `i64x2.extmul_low_i32x4_u`
    public static let i64x2ExtmulLowI32x4U = Opcode(prefix: 0xFD, code: 0xDE)
    /// `i64x2.extmul_high_i32x4_u`
    public static let i64x2ExtmulHighI32x4U = Opcode(prefix: 0xFD, code: 0xDF)
    /// `f32x4.abs`
    public static let f32x4Abs = Opcode(prefix: 0xFD, code: 0xE0)
    /// `f32x4.neg`
    public static let f32x4Neg = Opcode(prefix: 0xFD, code: 0xE1)
    /// `f32x4.sqrt`
    public static let f32x4Sqrt = Opcode(prefix: 0xFD, code: 0xE3)
    /// `f32x4.add`
    public static let f32x4Add = Opcode(prefix: 0xFD, code: 0xE4)
    /// `f32x4.sub`
    public static let f32x4Sub = Opcode(prefix: 0xFD, code: 0xE5)
    /// `f32x4.mul`
    public static let f32x4Mul = Opcode(prefix: 0xFD, code: 0xE6)
    /// `f32x4.div`
    public static let f32x4Div = Opcode(prefix: 0xFD, code: 0xE7)
    /// `f32x4.min`
    public static let f32x4Min = Opcode(prefix: 0xFD, code: 0xE8)
    /// `f32x4.max`
    public static let f32x4Max = Opcode(prefix: 0xFD, code: 0xE9)
    /// `f32x4.pmin`
    public static let f32x4Pmin = Opcode(prefix: 0xFD, code: 0xEA)
    /// `f32x4.pmax`
    public static let f32x4Pmax = Opcode(prefix: 0xFD, code: 0xEB)
    /// `f64x2.abs`
    public static let f64x2Abs = Opcode(prefix: 0xFD, code: 0xEC)
    /// `f64x2.neg`
    public static let f64x2Neg = Opcode(prefix: 0xFD, code: 0xED)
    /// `f64x2.sqrt`
    public static let f64x2Sqrt = Opcode(prefix: 0xFD, code: 0xEF)
    /// `f64x2.add`
    public static let f64x2Add = Opcode(prefix: 0xFD, code: 0xF0)
    /// `f64x2.sub`
    public static let f64x2Sub = Opcode(prefix: 0xFD, code: 0xF1)
    /// `f64x2.mul`
    public static let f64x2Mul = Opcode(prefix: 0xFD, code: 0xF2)
    /// `f64x2.div`
    public static let f64x2Div = Opcode(prefix: 0xFD, code: 0xF3)
    /// `f64x2.min`
    public static let f64x2Min = Opcode(prefix: 0xFD, code: 0xF4)
    /// `f64x2.max`
    public static let f64x2Max = Opcode(prefix: 0xFD, code: 0xF5)
    /// `f64x2.pmin`
    public static let f64x2Pmin = Opcode(prefix: 0xFD, code: 0xF6)
    /// `f64x2.pmax`
    public static let f64x2Pmax = Opcode(prefix: 0xFD, code: 0xF7)
    /// `i32x4.trunc_sat_f32x4_s`
    public static let i32x4TruncSatF32x4S = Opcode(prefix: 0xFD, code: 0xF8)
    /// `i32x4.trunc_sat_f32x4_u`
    public static let i32x4TruncSatF32x4U = Opcode(prefix: 0xFD, code: 0xF9)
    /// `f32x4.convert_i32x4_s`
    public static let f32x4ConvertI32x4S = Opcode(prefix: 0xFD, code: 0xFA)
    /// `f32x4.convert_i32x4_u`
    public static let f32x4ConvertI32x4U = Opcode(prefix: 0xFD, code: 0xFB)
    /// `i32x4.trunc_sat_f64x2_s_zero`
    public static let i32x4TruncSatF64x2SZero = Opcode(prefix: 0xFD, code: 0xFC)
    /// `i32x4.trunc_sat_f64x2_u_zero`
    public static let i32x4TruncSatF64x2UZero = Opcode(prefix: 0xFD, code: 0xFD)
    /// `f64x2.convert_low_i32x4_s`
    public static let f64x2ConvertLowI32x4S = Opcode(prefix: 0xFD, code: 0xFE)
    /// `f64x2.convert_low_i32x4_u`
    public static let f64x2ConvertLowI32x4U = Opcode(prefix: 0xFD, code: 0xFF)
    /// `i8x16.relaxed_swizzle`
    public static let i8x16RelaxedSwizzle = Opcode(prefix: 0xFD, code: 0x100)
    /// `i32x4.relaxed_trunc_f32x4_s`
    public static let i32x4RelaxedTruncF32x4S = Opcode(prefix: 0xFD, code: 0x101)
    /// `i32x4.relaxed_trunc_f32x4_u`
    public static let i32x4RelaxedTruncF32x4U = Opcode(prefix: 0xFD, code: 0x102)
    /// `i32x4.relaxed_trunc_f64x2_s_zero`
    public static let i32x4RelaxedTruncF64x2SZero = Opcode(prefix: 0xFD, code: 0x103)
    /// `i32x4.relaxed_trunc_f64x2_u_zero`
    public static let i32x4RelaxedTruncF64x2UZero = Opcode(prefix: 0xFD, code: 0x104)
    /// `f32x4.relaxed_madd`
    public static let f32x4RelaxedMadd = Opcode(prefix: 0xFD, code: 0x105)
    /// `f32x4.relaxed_nmadd`
    public static let f32x4RelaxedNmadd = Opcode(prefix: 0xFD, code: 0x106)
    /// `f64x2.relaxed_madd`
    public static let f64x2RelaxedMadd = Opcode(prefix: 0xFD, code: 0x107)
    /// `f64x2.relaxed_nmadd`
    public static let f64x2RelaxedNmadd = Opcode(prefix: 0xFD, code: 0x108)
    /// `i8x16.relaxed_laneselect`
    public static let i8x16RelaxedLaneselect = Opcode(prefix: 0xFD, code: 0x109)
    /// `i16x8.relaxed_laneselect`
    public static let i16x8RelaxedLaneselect = Opcode(prefix: 0xFD, code: 0x10A)
    /// `i32x4.relaxed_laneselect`
    public static let i32x4RelaxedLaneselect = Opcode(prefix: 0xFD, code: 0x10B)
    /// `i64x2.relaxed_laneselect`
    public static let i64x2RelaxedLaneselect = Opcode(prefix: 0xFD, code: 0x10C)
    /// `f32x4.relaxed_min`
    public static let f32x4RelaxedMin = Opcode(prefix: 0xFD, code: 0x10D)
    /// `f32x4.relaxed_max`
    public static let f32x4RelaxedMax = Opcode(prefix: 0xFD, code: 0x10E)
    /// `f64x2.relaxed_min`
    public static let f64x2RelaxedMin = Opcode(prefix: 0xFD, code: 0x10F)
    /// `f64x2.relaxed_max`
    public static let f64x2RelaxedMax = Opcode(prefix: 0xFD, code: 0x110)
    /// `i16x8.relaxed_q15mulr_s`
    public static let i16x8RelaxedQ15mulrS = Opcode(prefix: 0xFD, code: 0x111)
    /// `i16x8.relaxed_dot_i8x16_i7x16_s`
    public static let i16x8RelaxedDotI8x16I7x16S = Opcode(prefix: 0xFD, code: 0x112)
    /// `i32x4.relaxed_dot_i8x16_i7x16_add_s`
    public static let i32x4RelaxedDotI8x16I7x16AddS = Opcode(prefix: 0xFD, code: 0x113)
    /// `memory.atomic.notify`
    public static let memoryAtomicNotify = Opcode(prefix: 0xFE, code: 0x00)
    /// `memory.atomic.wait32`
    public static let memoryAtomicWait32 = Opcode(prefix: 0xFE, code: 0x01)
    /// `memory.atomic.wait64`
    public static let memoryAtomicWait64 = Opcode(prefix: 0xFE, code: 0x02)
    /// `atomic.fence`
    public static let atomicFence = Opcode(prefix: 0xFE, code: 0x03)
    /// `i32.atomic.load`
    public static let i32AtomicLoad = Opcode(prefix: 0xFE, code: 0x10)
    /// `i64.atomic.load`
    public static let i64AtomicLoad = Opcode(prefix: 0xFE, code: 0x11)
    /// `i32.atomic.load8_u`
    public static let i32AtomicLoad8U = Opcode(prefix: 0xFE, code: 0x12)
    /// `i32.atomic.load16_u`
    public static let i32AtomicLoad16U = Opcode(prefix: 0xFE, code: 0x13)
    /// `i64.atomic.load8_u`
    public static let i64AtomicLoad8U = Opcode(prefix: 0xFE, code: 0x14)
    /// `i64.atomic.load16_u`
    public static let i64AtomicLoad16U = Opcode(prefix: 0xFE, code: 0x15)
    /// `i64.atomic.load32_u`
    public static let i64AtomicLoad32U = Opcode(prefix: 0xFE, code: 0x16)
    /// `i32.atomic.store`
    public static let i32AtomicStore = Opcode(prefix: 0xFE, code: 0x17)
    /// `i64.atomic.store`
    public static let i64AtomicStore = Opcode(prefix: 0xFE, code: 0x18)
    /// `i32.atomic.store8`
    public static let i32AtomicStore8 = Opcode(prefix: 0xFE, code: 0x19)
    /// `i32.atomic.store16`
    public static let i32AtomicStore16 = Opcode(prefix: 0xFE, code: 0x1A)
    /// `i64.atomic.store8`
    public static let i64AtomicStore8 = Opcode(prefix: 0xFE, code: 0x1B)
    /// `i64.atomic.store16`
    public static let i64AtomicStore16 = Opcode(prefix: 0xFE, code: 0x1C)
    /// `i64.atomic.store32`
    public static let i64AtomicStore32 = Opcode(prefix: 0xFE, code: 0x1D)
    /// `i32.atomic.rmw.add`
    public static let i32AtomicRmwAdd = Opcode(prefix: 0xFE, code: 0x1E)
    /// `i64.atomic.rmw.add`
    public static let i64AtomicRmwAdd = Opcode(prefix: 0xFE, code: 0x1F)
    /// `i32.atomic.rmw8.add_u`
    public static let i32AtomicRmw8AddU = Opcode(prefix: 0xFE, code: 0x20)
    /// `i32.atomic.rmw16.add_u`
    public static let i32AtomicRmw16AddU = Opcode(prefix: 0xFE, code: 0x21)
    /// `i64.atomic.rmw8.add_u`
    public static let i64AtomicRmw8AddU = Opcode(prefix: 0xFE, code: 0x22)
    /// `i64.atomic.rmw16.add_u`
    public static let i64AtomicRmw16AddU = Opcode(prefix: 0xFE, code: 0x23)
    /// `i64.atomic.rmw32.add_u`
    public static let i64AtomicRmw32AddU = Opcode(prefix: 0xFE, code: 0x24)
    /// `i32.atomic.rmw.sub`
    public static let i32AtomicRmwSub = Opcode(prefix: 0xFE, code: 0x25)
    /// `i64.atomic.rmw.sub`
    public static let i64AtomicRmwSub = Opcode(prefix: 0xFE, code: 0x26)
    /// `i32.atomic.rmw8.sub_u`
    public static let i32AtomicRmw8SubU = Opcode(prefix: 0xFE, code: 0x27)
    /// `i32.atomic.rmw16.sub_u`
    public static let i32AtomicRmw16SubU = Opcode(prefix: 0xFE, code: 0x28)
    /// `i64.atomic.rmw8.sub_u`
    public static let i64AtomicRmw8SubU = Opcode(prefix: 0xFE, code: 0x29)
    /// `i64.atomic.rmw16.sub_u`
    public static let i64AtomicRmw16SubU = Opcode(prefix: 0xFE, code: 0x2A)
    /// `i64.atomic.rmw32.sub_u`
    public static let i64AtomicRmw32SubU = Opcode(prefix: 0xFE, code: 0x2B)
    /// `i32.atomic.rmw.and`
    public static let i32AtomicRmwAnd = Opcode(prefix: 0xFE, code: 0x2C)
    /// `i64.atomic.rmw.and`
    public static let i64AtomicRmwAnd = Opcode(prefix: 0xFE, code: 0x2D)
    /// `i32.atomic.rmw8.and_u`
    public static let i32AtomicRmw8AndU = Opcode(prefix: 0xFE, code: 0x2E)
    /// `i32.atomic.rmw16.and_u`
    public static let i32AtomicRmw16AndU = Opcode(prefix: 0xFE, code: 0x2F)
    /// `i64.atomic.rmw8.and_u`
    public static let i64AtomicRmw8AndU = Opcode(prefix: 0xFE, code: 0x30)
    /// `i64.atomic.rmw16.and_u`
    public static let i64AtomicRmw16AndU = Opcode(prefix: 0xFE, code: 0x31)
    /// `i64.atomic.rmw32.and_u`
    public static let i64AtomicRmw32AndU = Opcode(prefix: 0xFE, code: 0x32)
    /// `i32.atomic.rmw.or`
    public static let i32AtomicRmwOr = Opcode(prefix: 0xFE, code: 0x33)
    /// `i64.atomic.rmw.or`
    public static let i64AtomicRmwOr = Opcode(prefix: 0xFE, code: 0x34)
    /// `i32.atomic.rmw8.or_u`
    public static let i32AtomicRmw8OrU = Opcode(prefix: 0xFE, code: 0x35)
    /// `i32.atomic.rmw16.or_u`
    public static let i32AtomicRmw16OrU = Opcode(prefix: 0xFE, code: 0x36)
    /// `i64.atomic.rmw8.or_u`
    public static let i64AtomicRmw8OrU = Opcode(prefix: 0xFE, code: 0x37)
    /// `i64.atomic.rmw16.or_u`
    public static let i64AtomicRmw16OrU = Opcode(prefix: 0xFE, code: 0x38)
    /// `i64.atomic.rmw32.or_u`
    public static let i64AtomicRmw32OrU = Opcode(prefix: 0xFE, code: 0x39)
    /// `i32.atomic.rmw.xor`
    public static let i32AtomicRmwXor = Opcode(prefix: 0xFE, code: 0x3A)
    /// `i64.atomic.rmw.xor`
    public static let i64AtomicRmwXor = Opcode(prefix: 0xFE, code: 0x3B)
    /// `i32.atomic.rmw8.xor_u`
    public static let i32AtomicRmw8XorU = Opcode(prefix: 0xFE, code: 0x3C)
    /// `i32.atomic.rmw16.xor_u`
    public static let i32AtomicRmw16XorU = Opcode(prefix: 0xFE, code: 0x3D)
    /// `i64.atomic.rmw8.xor_u`
    public static let i64AtomicRmw8XorU = Opcode(prefix: 0xFE, code: 0x3E)
    /// `i64.atomic.rmw16.xor_u`
    public static let i64AtomicRmw16XorU = Opcode(prefix: 0xFE, code: 0x3F)
    /// `i64.atomic.rmw32.xor_u`
    public static let i64AtomicRmw32XorU = Opcode(prefix: 0xFE, code: 0x40)
    /// `i32.atomic.rmw.xchg`
    public static let i32AtomicRmwXchg = Opcode(prefix: 0xFE, code: 0x41)
    /// `i64.atomic.rmw.xchg`
    public static let i64AtomicRmwXchg = Opcode(prefix: 0xFE, code: 0x42)
    /// `i32.atomic.rmw8.xchg_u`
    public static let i32AtomicRmw8XchgU = Opcode(prefix: 0xFE, code: 0x43)
    /// `i32.atomic.rmw16.xchg_u`
    public static let i32AtomicRmw16XchgU = Opcode(prefix: 0xFE, code: 0x44)
    /// `i64.atomic.rmw8.xchg_u`
    public static let i64AtomicRmw8XchgU = Opcode(prefix: 0xFE, code: 0x45)
    /// `i64.atomic.rmw16.xchg_u`
    public static let i64AtomicRmw16XchgU = Opcode(prefix: 0xFE, code: 0x46)
    /// `i64.atomic.rmw32.xchg_u`
    public static let i64AtomicRmw32XchgU = Opcode(prefix: 0xFE, code: 0x47)
    /// `i32.atomic.rmw.cmpxchg`
    public static let i32AtomicRmwCmpxchg = Opcode(prefix: 0xFE, code: 0x48)
    /// `i64.atomic.rmw.cmpxchg`
    public static let i64AtomicRmwCmpxchg = Opcode(prefix: 0xFE, code: 0x49)
    /// `i32.atomic.rmw8.cmpxchg_u`
    public static let i32AtomicRmw8CmpxchgU = Opcode(prefix: 0xFE, code: 0x4A)
    /// `i32.atomic.rmw16.cmpxchg_u`
    public static let i32AtomicRmw16CmpxchgU = Opcode(prefix: 0xFE, code: 0x4B)
    /// `i64.atomic.rmw8.cmpxchg_u`
    public static let i64AtomicRmw8CmpxchgU = Opcode(prefix: 0xFE, code: 0x4C)
    /// `i64.atomic.rmw16.cmpxchg_u`
    public static let i64AtomicRmw16CmpxchgU = Opcode(prefix: 0xFE, code: 0x4D)
    /// `i64.atomic.rmw32.cmpxchg_u`
    public static let i64AtomicRmw32CmpxchgU = Opcode(prefix: 0xFE, code: 0x4E)
}
// END GENERATED OPCODE NAMES
