/// Encodes instructions, driven by `OpcodeTable`, and records the relocations of the
/// symbolic ones the way LLVM's MC layer lays them out.
///
/// Every method takes an `Opcode` (use the generated names: `.i32Add`, `.call`, `.localGet`,
/// `.v128Load8Lane`, ...) and checks against the table that the immediates it is given fit
/// the opcode; a mismatch is a programming error and traps.
///
/// Relocation sites are written as LLVM writes them: a 5-byte (32-bit) or 10-byte (64-bit)
/// padded LEB128 holding a provisional value (`placeholder`, default 0; the object writer
/// may patch in the value it resolves), unsigned padding `0x80 ... 0x00`, signed padding
/// `0x80 ... 0x00` or, for negative values, `0xff ... 0x7f`. Relocation offsets are relative
/// to the start of `bytes`; `FunctionBody.code` is `bytes`, so these are the offsets
/// `ObjectBuilder.defineFunction` expects.
public struct InstructionEncoder {
    public private(set) var bytes: [UInt8]
    public private(set) var relocations: [Relocation]

    public init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
        relocations = []
    }

    /// Current length of `bytes`: the offset the next instruction will have.
    public var count: Int { bytes.count }

    /// Appends another encoder's bytes, rebasing its relocations onto this one.
    public mutating func append(_ other: InstructionEncoder) {
        let delta = UInt32(bytes.count)
        bytes += other.bytes
        relocations += other.relocations(addingOffset: delta)
    }

    /// Relocations with `delta` added to their offsets, e.g. to rebase them onto a section.
    public func relocations(addingOffset delta: UInt32) -> [Relocation] {
        relocations.map { var r = $0; r.offset += delta; return r }
    }

    // MARK: - Table lookups

    @inline(__always)
    private static func kind(_ op: Opcode) -> ImmediateKind {
        guard let index = OpcodeTable.index(of: op) else {
            preconditionFailure("opcode \(op.encodingDescription) is not in OpcodeTable")
        }
        return OpcodeTable.entries[index].immediates
    }

    @inline(__always)
    private static func require(_ op: Opcode, _ accepts: (ImmediateKind) -> Bool, _ what: String) -> ImmediateKind {
        let k = kind(op)
        precondition(accepts(k), "\(op.name) does not take \(what) (its immediates are \(k))")
        return k
    }

    // MARK: - Primitive writes

    @inline(__always)
    private mutating func opcode(_ op: Opcode, width: Int = 0) {
        if op.rawPrefix == 0 {
            bytes.append(UInt8(truncatingIfNeeded: op.code))
        } else {
            bytes.append(op.rawPrefix)
            LEB128.appendUnsigned(UInt64(op.code), to: &bytes, width: width)
        }
    }

    @inline(__always) private mutating func uleb(_ v: UInt32, width: Int = 0) {
        LEB128.appendUnsigned(UInt64(v), to: &bytes, width: width)
    }

    @inline(__always) private mutating func uleb64(_ v: UInt64, width: Int = 0) {
        LEB128.appendUnsigned(v, to: &bytes, width: width)
    }

    @inline(__always) private mutating func sleb(_ v: Int64, width: Int = 0) {
        LEB128.appendSigned(v, to: &bytes, width: width)
    }

    private mutating func u32LE(_ v: UInt32) {
        for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: v >> UInt32(8 * i))) }
    }

    private mutating func u64LE(_ v: UInt64) {
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> UInt64(8 * i))) }
    }

    private mutating func valueType(_ t: ValueType) {
        var w = ByteWriter()
        w.valueType(t)
        bytes.append(contentsOf: w.bytes)
    }

    private mutating func heapType(_ h: HeapType, width: Int = 0) {
        switch h {
        case .abstract(let a): bytes.append(a.rawValue)
        case .concrete(let index): sleb(Int64(index), width: width)
        }
    }

    private mutating func blockType(_ t: BlockType, width: Int = 0) {
        switch t {
        case .empty: bytes.append(0x40)
        case .value(let v): valueType(v)
        case .typeIndex(let index): sleb(Int64(index), width: width)
        }
    }

    private mutating func memarg(_ m: MemArg, widths: LEBWidths = .minimal) {
        if m.memory != 0 || widths[3] != 0 {
            uleb(m.align | 0x40, width: widths[1])
            uleb(m.memory, width: widths[3])
        } else {
            uleb(m.align, width: widths[1])
        }
        uleb64(m.offset, width: widths[2])
    }

    /// Records a relocation at the current end of `bytes`.
    private mutating func relocate(_ type: RelocationType, _ index: UInt32, addend: Int64 = 0) {
        relocations.append(Relocation(type: type, offset: UInt32(bytes.count), index: index,
                                      addend: type.hasAddend ? addend : 0))
    }

    // MARK: - Generic path

    /// Appends `instruction` as encoded, honouring `instruction.widths`, so a decoded
    /// instruction re-encodes to its original bytes.
    public mutating func emit(_ instruction: Instruction) {
        emit(instruction.opcode, instruction.immediates, widths: instruction.widths)
    }

    /// Appends `op` with `immediates` (which must have the shape the table gives `op`),
    /// padding LEB128 fields to `widths`.
    public mutating func emit(_ op: Opcode, _ immediates: Immediates, widths: LEBWidths = .minimal) {
        let k = InstructionEncoder.kind(op)
        precondition(immediates.matches(k), "\(op.name) cannot take immediates \(immediates)")
        opcode(op, width: widths[0])
        switch immediates {
        case .none:
            if k == .atomicFence { bytes.append(0) }
        case .blockType(let t):
            blockType(t, width: widths[1])
        case .index(let index):
            uleb(index, width: widths[1])
        case .indexPair(let a, let b):
            uleb(a, width: widths[1])
            uleb(b, width: widths[2])
        case .brTable(let table):
            uleb(UInt32(table.targets.count), width: widths[1])
            let padded = table.targetWidths.count == table.targets.count
            for (i, target) in table.targets.enumerated() {
                uleb(target, width: padded ? Int(table.targetWidths[i]) : 0)
            }
            uleb(table.defaultTarget, width: widths[2])
        case .memarg(let m):
            memarg(m, widths: widths)
        case .memargLane(let m, let lane):
            memarg(m, widths: widths)
            bytes.append(lane)
        case .i32(let v):
            sleb(Int64(v), width: widths[1])
        case .i64(let v):
            sleb(v, width: widths[1])
        case .f32(let bits):
            u32LE(bits)
        case .f64(let bits):
            u64LE(bits)
        case .v128(let v), .shuffle(let v):
            u64LE(v.low)
            u64LE(v.high)
        case .lane(let lane):
            bytes.append(lane)
        case .selectTypes(let types):
            uleb(UInt32(types.count), width: widths[1])
            for t in types { valueType(t) }
        case .heapType(let h):
            heapType(h, width: widths[1])
        case .tryTable(let table):
            blockType(table.blockType, width: widths[1])
            uleb(UInt32(table.catches.count), width: widths[2])
            for clause in table.catches {
                bytes.append(clause.kind.rawValue)
                if clause.kind.hasTag { uleb(clause.tag, width: Int(clause.tagWidth)) }
                uleb(clause.label, width: Int(clause.labelWidth))
            }
        }
    }

    // MARK: - Typed forms

    /// An instruction without immediates (`i32.add`, `end`, `atomic.fence`, ...).
    public mutating func emit(_ op: Opcode) {
        let k = InstructionEncoder.require(op, { $0 == .none || $0 == .atomicFence }, "no immediates")
        opcode(op)
        if k == .atomicFence { bytes.append(0) }
    }

    /// One index immediate: a label, function, type (`call_ref`), local, global, table,
    /// memory, data segment, element segment or tag. `width` pads the LEB128.
    public mutating func emit(_ op: Opcode, index: UInt32, width: Int = 0) {
        _ = InstructionEncoder.require(op, {
            switch $0 {
            case .label, .function, .typeIndex, .local, .global, .table, .memory, .dataIndex, .elemIndex, .tag:
                return true
            default:
                return false
            }
        }, "an index")
        opcode(op)
        uleb(index, width: width)
    }

    /// Two indices, in encoding order: `call_indirect` (type, table), `memory.init` (data,
    /// memory), `memory.copy` (dst, src), `table.init` (elem, table), `table.copy` (dst, src).
    public mutating func emit(_ op: Opcode, _ first: UInt32, _ second: UInt32) {
        emit(op, .indexPair(first, second))
    }

    /// A block type (`block`, `loop`, `if`, `try`).
    public mutating func emit(_ op: Opcode, blockType: BlockType) {
        _ = InstructionEncoder.require(op, { $0 == .blockType }, "a block type")
        opcode(op)
        self.blockType(blockType)
    }

    /// A load, store or atomic: `align` is log2 of the alignment (default: natural).
    public mutating func emit(_ op: Opcode, align: UInt32? = nil, offset: UInt64, memory: UInt32 = 0) {
        let k = InstructionEncoder.require(op, { if case .memarg = $0 { return true } else { return false } },
                                           "a memarg")
        guard case .memarg(let natural) = k else { return }
        emit(op, .memarg(MemArg(offset: offset, align: align ?? UInt32(natural), memory: memory)))
    }

    /// A lane load or store (`v128.load8_lane`, ...): `align` is log2 (default: natural).
    public mutating func emit(_ op: Opcode, align: UInt32? = nil, offset: UInt64, memory: UInt32 = 0, lane: UInt8) {
        let k = InstructionEncoder.require(op, { if case .memargLane = $0 { return true } else { return false } },
                                           "a memarg and a lane")
        guard case .memargLane(let natural, _) = k else { return }
        emit(op, .memargLane(MemArg(offset: offset, align: align ?? UInt32(natural), memory: memory), lane: lane))
    }

    /// A lane index (`i8x16.extract_lane_s`, `f64x2.replace_lane`, ...).
    public mutating func emit(_ op: Opcode, lane: UInt8) {
        emit(op, .lane(lane))
    }

    public mutating func i32Const(_ value: Int32) { emit(.i32Const, .i32(value)) }
    public mutating func i64Const(_ value: Int64) { emit(.i64Const, .i64(value)) }
    public mutating func f32Const(_ value: Float) { emit(.f32Const, .f32(bits: value.bitPattern)) }
    public mutating func f32Const(bits: UInt32) { emit(.f32Const, .f32(bits: bits)) }
    public mutating func f64Const(_ value: Double) { emit(.f64Const, .f64(bits: value.bitPattern)) }
    public mutating func f64Const(bits: UInt64) { emit(.f64Const, .f64(bits: bits)) }
    public mutating func v128Const(_ value: V128) { emit(.v128Const, .v128(value)) }

    /// `i8x16.shuffle` with 16 lane indices below 32.
    public mutating func i8x16Shuffle(_ lanes: [UInt8]) { emit(.i8x16Shuffle, .shuffle(V128(lanes))) }

    public mutating func brTable(_ targets: [UInt32], default defaultTarget: UInt32) {
        emit(.brTable, .brTable(BrTable(targets: targets, defaultTarget: defaultTarget)))
    }

    /// `call_indirect` with literal indices.
    public mutating func callIndirect(typeIndex: UInt32, tableIndex: UInt32 = 0) {
        emit(.callIndirect, .indexPair(typeIndex, tableIndex))
    }

    /// The typed `select` (0x1C).
    public mutating func select(types: [ValueType]) { emit(.typedSelect, .selectTypes(types)) }

    public mutating func refNull(_ heapType: HeapType) { emit(.refNull, .heapType(heapType)) }

    /// `try_table` with literal tag indices.
    /// `try_table` whose `catch`/`catch_ref` clauses name tag symbols (R_WASM_TAG_INDEX_LEB, 5-byte
    /// placeholders); `catch_all` clauses pass nil.
    public mutating func tryTable(_ blockType: BlockType = .empty,
                                  catches: [(kind: CatchClause.Kind, tagSymbol: SymbolIndex?, label: UInt32)]) {
        opcode(.tryTable)
        self.blockType(blockType)
        uleb(UInt32(catches.count))
        for clause in catches {
            bytes.append(clause.kind.rawValue)
            if clause.kind.hasTag, let symbol = clause.tagSymbol {
                relocate(.tagIndexLEB, symbol.raw)
                uleb(0, width: 5)
            }
            uleb(clause.label)
        }
    }

    public mutating func tryTable(_ blockType: BlockType = .empty, catches: [CatchClause]) {
        emit(.tryTable, .tryTable(TryTable(blockType: blockType, catches: catches)))
    }

    // MARK: - Relocation-recording forms

    /// `call` of a function symbol: R_WASM_FUNCTION_INDEX_LEB.
    public mutating func call(functionSymbol: SymbolIndex, placeholder: UInt32 = 0) {
        functionIndexSite(.call, functionSymbol, placeholder)
    }

    /// `return_call` of a function symbol: R_WASM_FUNCTION_INDEX_LEB.
    public mutating func returnCall(functionSymbol: SymbolIndex, placeholder: UInt32 = 0) {
        functionIndexSite(.returnCall, functionSymbol, placeholder)
    }

    /// `ref.func` of a function symbol: R_WASM_FUNCTION_INDEX_LEB.
    public mutating func refFunc(functionSymbol: SymbolIndex, placeholder: UInt32 = 0) {
        functionIndexSite(.refFunc, functionSymbol, placeholder)
    }

    private mutating func functionIndexSite(_ op: Opcode, _ symbol: SymbolIndex, _ placeholder: UInt32) {
        _ = InstructionEncoder.require(op, { $0 == .function }, "a function index")
        opcode(op)
        relocate(.functionIndexLEB, symbol.raw)
        uleb(placeholder, width: 5)
    }

    /// `call_indirect` through a table symbol: R_WASM_TYPE_INDEX_LEB on the type index (a
    /// relocation whose index is the type index itself) then R_WASM_TABLE_NUMBER_LEB. With
    /// `tableSymbol` nil the table is the single byte 0x00 (no reference types), as LLVM emits.
    public mutating func callIndirect(typeIndex: UInt32, tableSymbol: SymbolIndex?, tablePlaceholder: UInt32 = 0) {
        indirectCallSite(.callIndirect, typeIndex, tableSymbol, tablePlaceholder)
    }

    /// `return_call_indirect`; see `callIndirect(typeIndex:tableSymbol:)`.
    public mutating func returnCallIndirect(typeIndex: UInt32, tableSymbol: SymbolIndex?, tablePlaceholder: UInt32 = 0) {
        indirectCallSite(.returnCallIndirect, typeIndex, tableSymbol, tablePlaceholder)
    }

    private mutating func indirectCallSite(_ op: Opcode, _ typeIndex: UInt32, _ tableSymbol: SymbolIndex?,
                                           _ tablePlaceholder: UInt32) {
        _ = InstructionEncoder.require(op, { $0 == .callIndirect }, "a type and a table")
        opcode(op)
        relocate(.typeIndexLEB, typeIndex)
        uleb(typeIndex, width: 5)
        if let tableSymbol {
            relocate(.tableNumberLEB, tableSymbol.raw)
            uleb(tablePlaceholder, width: 5)
        } else {
            bytes.append(0x00)
        }
    }

    /// A block type naming a function type (multivalue): R_WASM_TYPE_INDEX_LEB, as LLVM
    /// emits a signature operand (a 5-byte padded LEB, which is also a valid s33).
    public mutating func emit(_ op: Opcode, relocatedTypeIndex typeIndex: UInt32) {
        _ = InstructionEncoder.require(op, { $0 == .blockType }, "a block type")
        opcode(op)
        relocate(.typeIndexLEB, typeIndex)
        uleb(typeIndex, width: 5)
    }

    /// `global.get` of a global symbol: R_WASM_GLOBAL_INDEX_LEB.
    public mutating func globalGet(symbol: SymbolIndex, placeholder: UInt32 = 0) {
        emit(.globalGet, symbol: symbol, placeholder: placeholder)
    }

    /// `global.set` of a global symbol: R_WASM_GLOBAL_INDEX_LEB.
    public mutating func globalSet(symbol: SymbolIndex, placeholder: UInt32 = 0) {
        emit(.globalSet, symbol: symbol, placeholder: placeholder)
    }

    /// An instruction whose one index immediate names a symbol: `global.get`/`global.set`
    /// (R_WASM_GLOBAL_INDEX_LEB), `call`/`return_call`/`ref.func` (R_WASM_FUNCTION_INDEX_LEB),
    /// `throw`/`catch` (R_WASM_TAG_INDEX_LEB), `table.*` (R_WASM_TABLE_NUMBER_LEB).
    public mutating func emit(_ op: Opcode, symbol: SymbolIndex, placeholder: UInt32 = 0) {
        let type: RelocationType
        switch InstructionEncoder.kind(op) {
        case .global: type = .globalIndexLEB
        case .function: type = .functionIndexLEB
        case .tag: type = .tagIndexLEB
        case .table: type = .tableNumberLEB
        case let k: preconditionFailure("\(op.name) has no symbolic index (its immediates are \(k))")
        }
        opcode(op)
        relocate(type, symbol.raw)
        uleb(placeholder, width: 5)
    }

    /// `throw` of a tag symbol: R_WASM_TAG_INDEX_LEB.
    public mutating func `throw`(tagSymbol: SymbolIndex, placeholder: UInt32 = 0) {
        emit(.throw, symbol: tagSymbol, placeholder: placeholder)
    }

    /// `table.get`, `table.set`, `table.size`, `table.grow`, `table.fill` of a table symbol:
    /// R_WASM_TABLE_NUMBER_LEB.
    public mutating func emit(_ op: Opcode, tableSymbol: SymbolIndex, placeholder: UInt32 = 0) {
        _ = InstructionEncoder.require(op, { $0 == .table }, "a table")
        emit(op, symbol: tableSymbol, placeholder: placeholder)
    }

    public mutating func tableGet(tableSymbol: SymbolIndex) { emit(.tableGet, tableSymbol: tableSymbol) }
    public mutating func tableSet(tableSymbol: SymbolIndex) { emit(.tableSet, tableSymbol: tableSymbol) }
    public mutating func tableSize(tableSymbol: SymbolIndex) { emit(.tableSize, tableSymbol: tableSymbol) }
    public mutating func tableGrow(tableSymbol: SymbolIndex) { emit(.tableGrow, tableSymbol: tableSymbol) }
    public mutating func tableFill(tableSymbol: SymbolIndex) { emit(.tableFill, tableSymbol: tableSymbol) }

    /// `table.copy` between table symbols: two R_WASM_TABLE_NUMBER_LEB.
    public mutating func tableCopy(destination: SymbolIndex, source: SymbolIndex) {
        opcode(.tableCopy)
        relocate(.tableNumberLEB, destination.raw)
        uleb(0, width: 5)
        relocate(.tableNumberLEB, source.raw)
        uleb(0, width: 5)
    }

    /// `table.init` of an element segment into a table symbol: R_WASM_TABLE_NUMBER_LEB.
    public mutating func tableInit(elementSegment: UInt32, tableSymbol: SymbolIndex) {
        opcode(.tableInit)
        uleb(elementSegment)
        relocate(.tableNumberLEB, tableSymbol.raw)
        uleb(0, width: 5)
    }

    /// `i32.const` of a data symbol's address: R_WASM_MEMORY_ADDR_SLEB.
    public mutating func i32ConstMemoryAddress(symbol: SymbolIndex, addend: Int32 = 0, placeholder: Int32 = 0) {
        i32Const(relocation: .memoryAddrSLEB, symbol: symbol, addend: Int64(addend), placeholder: placeholder)
    }

    /// `i64.const` of a data symbol's address (wasm64): R_WASM_MEMORY_ADDR_SLEB64.
    public mutating func i64ConstMemoryAddress(symbol: SymbolIndex, addend: Int64 = 0, placeholder: Int64 = 0) {
        i64Const(relocation: .memoryAddrSLEB64, symbol: symbol, addend: addend, placeholder: placeholder)
    }

    /// `i32.const` of a function's table slot: R_WASM_TABLE_INDEX_SLEB.
    public mutating func i32ConstTableIndex(functionSymbol: SymbolIndex, placeholder: Int32 = 0) {
        i32Const(relocation: .tableIndexSLEB, symbol: functionSymbol, placeholder: placeholder)
    }

    /// `i64.const` of a function's table slot (wasm64): R_WASM_TABLE_INDEX_SLEB64.
    public mutating func i64ConstTableIndex(functionSymbol: SymbolIndex, placeholder: Int64 = 0) {
        i64Const(relocation: .tableIndexSLEB64, symbol: functionSymbol, placeholder: placeholder)
    }

    /// `i32.const` with any 32-bit SLEB relocation: MEMORY_ADDR_SLEB, MEMORY_ADDR_REL_SLEB
    /// (`sym@MBREL`), MEMORY_ADDR_TLS_SLEB (`sym@TLSREL`), TABLE_INDEX_SLEB,
    /// TABLE_INDEX_REL_SLEB (`sym@TBREL`). The addend is recorded for types that carry one.
    public mutating func i32Const(relocation type: RelocationType, symbol: SymbolIndex, addend: Int64 = 0,
                                  placeholder: Int32 = 0) {
        precondition([.memoryAddrSLEB, .memoryAddrRelSLEB, .memoryAddrTLSSLEB, .tableIndexSLEB,
                      .tableIndexRelSLEB].contains(type), "\(type) is not a 32-bit SLEB relocation")
        opcode(.i32Const)
        relocate(type, symbol.raw, addend: addend)
        sleb(Int64(placeholder), width: 5)
    }

    /// `i64.const` with any 64-bit SLEB relocation: MEMORY_ADDR_SLEB64, MEMORY_ADDR_REL_SLEB64,
    /// MEMORY_ADDR_TLS_SLEB64, TABLE_INDEX_SLEB64, TABLE_INDEX_REL_SLEB64.
    public mutating func i64Const(relocation type: RelocationType, symbol: SymbolIndex, addend: Int64 = 0,
                                  placeholder: Int64 = 0) {
        precondition([.memoryAddrSLEB64, .memoryAddrRelSLEB64, .memoryAddrTLSSLEB64, .tableIndexSLEB64,
                      .tableIndexRelSLEB64].contains(type), "\(type) is not a 64-bit SLEB relocation")
        opcode(.i64Const)
        relocate(type, symbol.raw, addend: addend)
        sleb(placeholder, width: 10)
    }

    /// A load, store, atomic or lane access whose offset is a data symbol's address:
    /// R_WASM_MEMORY_ADDR_LEB (5 bytes), or R_WASM_MEMORY_ADDR_LEB64 (10 bytes) with `memory64`.
    /// `align` is log2 (default: natural); `lane` is required for lane accesses.
    public mutating func emit(_ op: Opcode, align: UInt32? = nil, offsetSymbol: SymbolIndex, addend: Int64 = 0,
                              memory64: Bool = false, placeholder: UInt64 = 0, lane: UInt8? = nil) {
        let natural: UInt8
        switch InstructionEncoder.kind(op) {
        case .memarg(let n):
            precondition(lane == nil, "\(op.name) takes no lane")
            natural = n
        case .memargLane(let n, let lanes):
            precondition(lane.map { $0 < lanes } ?? false, "\(op.name) needs a lane below \(lanes)")
            natural = n
        case let k:
            preconditionFailure("\(op.name) takes no memarg (its immediates are \(k))")
        }
        let alignment = align ?? UInt32(natural)
        precondition(alignment <= UInt32(natural), "alignment above natural for \(op.name)")
        opcode(op)
        uleb(alignment)
        relocate(memory64 ? .memoryAddrLEB64 : .memoryAddrLEB, symbol: offsetSymbol, addend: addend)
        uleb64(placeholder, width: memory64 ? 10 : 5)
        if let lane { bytes.append(lane) }
    }

    private mutating func relocate(_ type: RelocationType, symbol: SymbolIndex, addend: Int64) {
        relocate(type, symbol.raw, addend: addend)
    }

    /// `try_table` whose tagged clauses name tag symbols: R_WASM_TAG_INDEX_LEB for each.
    public mutating func tryTable(_ blockType: BlockType = .empty, symbolicCatches: [SymbolicCatch]) {
        opcode(.tryTable)
        self.blockType(blockType)
        uleb(UInt32(symbolicCatches.count))
        for clause in symbolicCatches {
            bytes.append(clause.kind.rawValue)
            if clause.kind.hasTag {
                precondition(clause.tagSymbol != nil, "\(clause.kind.name) needs a tag symbol")
                if let tag = clause.tagSymbol {
                    relocate(.tagIndexLEB, tag.raw)
                    uleb(0, width: 5)
                }
            }
            uleb(clause.label)
        }
    }

    /// Legacy `catch` of a tag symbol: R_WASM_TAG_INDEX_LEB.
    public mutating func `catch`(tagSymbol: SymbolIndex, placeholder: UInt32 = 0) {
        emit(.catch, symbol: tagSymbol, placeholder: placeholder)
    }

    // MARK: - Function bodies

    /// The function body made of `locals` (runs of equal types are grouped) and `bytes`,
    /// which must end with the function's `end`.
    public func functionBody(locals: [ValueType]) -> FunctionBody {
        precondition(bytes.last == 0x0B, "a function body ends with end")
        return FunctionBody(locals: InstructionEncoder.localGroups(locals), code: bytes)
    }

    /// Groups runs of equal types, as compilers emit local declarations.
    public static func localGroups(_ locals: [ValueType]) -> [LocalGroup] {
        var groups: [LocalGroup] = []
        for type in locals {
            if let last = groups.last, last.type == type {
                groups[groups.count - 1].count += 1
            } else {
                groups.append(LocalGroup(count: 1, type: type))
            }
        }
        return groups
    }
}

/// A `try_table` clause whose tag is a symbol (for relocatable objects).
public struct SymbolicCatch: Hashable, Sendable {
    public var kind: CatchClause.Kind
    public var tagSymbol: SymbolIndex?
    public var label: UInt32

    public init(_ kind: CatchClause.Kind, tagSymbol: SymbolIndex? = nil, label: UInt32) {
        self.kind = kind
        self.tagSymbol = tagSymbol
        self.label = label
    }
}
