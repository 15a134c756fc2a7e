import ECMA335
import ObjWriter

/// What an IL evaluation-stack entry holds, as far as code generation cares.
enum SlotKind: Equatable {
    case i32, i64, f32, f64
    /// An object reference.
    case ref
    /// A managed or unmanaged pointer (or native int used as one).
    case ptr
    /// A struct value: the slot's local holds the address of its bytes in the frame.
    case value(TypeID)

    var isValue: Bool {
        if case .value = self { return true }
        return false
    }

    var wasmType: ValueType {
        switch self {
        case .i64: .i64
        case .f32: .f32
        case .f64: .f64
        default: .i32
        }
    }
}

/// Where an IL argument or local lives.
enum Home {
    /// A wasm local (parameter or declared local) holding the value.
    case local(UInt32)
    /// Bytes at `fp + offset`.
    case frame(Int)
    /// Bytes at the address held by a wasm local (a struct passed by reference).
    case indirect(UInt32)
}

/// Compiles one IL method body to a wasm function body (Runtime/ABI.md calling convention).
struct MethodCompiler {
    let context: ObjectContext
    let types: TypeSystem
    let method: MethodHandle
    let shape: MethodShape
    let signature: ManagedSignature
    let body: MethodBody
    let instructions: [CILInstruction]
    let graph: ControlFlowGraph
    var regions: ExceptionRegions
    /// Each basic block's code and how it ends, once translated.
    var blockCode: [WasmCode?] = []
    var blockExits: [BlockExit?] = []
    var leaveLocals: [ExceptionRegions.ConstructID: UInt32] = [:]
    var exceptionSlots: [ExceptionRegions.ConstructID: Int] = [:]
    /// Holds a caught exception on its way to the frame (methods with exception clauses).
    var exceptionLocal: UInt32 = 0
    /// A filter's verdict, set by `endfilter`.
    var filterResult: UInt32 = 0

    /// Wasm locals after the parameters, by type, in declaration order.
    private(set) var declaredLocals: [ValueType] = []
    let parameterCount: UInt32
    var framePointer: UInt32 = 0
    var frameSize = 0
    var argumentHomes: [(home: Home, type: TypeID)] = []
    var localHomes: [(home: Home, type: TypeID)] = []
    var slotLocals: [SlotLocalKey: UInt32] = [:]
    var structTemps: [StructTempKey: Int] = [:]
    var scratch: [ValueType: [UInt32]] = [:]
    /// Frame slots where references on the evaluation stack wait out a call, by stack depth.
    var referenceSpillSlots: [Int: Int] = [:]
    /// Reference locals (and arguments `starg` overwrites; the caller's frame keeps the object it
    /// passed alive) with the frame slot each is copied to before a call (Runtime/ABI.md "GC").
    var shadowedReferences: [(local: UInt32, offset: Int)] = []
    /// Frame bytes the prologue zeroes (struct and address-taken locals when `localsinit`).
    var zeroedFrame = 0..<0

    struct SlotLocalKey: Hashable { var depth: Int; var type: ValueType }
    struct StructTempKey: Hashable { var depth: Int; var type: TypeID; var site: Int }

    init(context: ObjectContext, method: MethodHandle, body: MethodBody) throws {
        self.context = context
        self.types = context.types
        self.method = method
        self.body = body
        shape = try types.shape(of: method)
        signature = types.managedSignature(shape)
        parameterCount = UInt32(signature.wasmType.params.count)
        var decoder = body.decoder(in: types.resolver[method.assembly].bytes, context: "IL")
        instructions = try decoder.decodeAll()
        try body.checkClauseBoundaries(decoder)
        var regions = try ExceptionRegions(clauses: body.exceptionClauses, codeSize: body.codeRange.count)
        graph = ControlFlowGraph(instructions, regionBoundaries: regions.boundaries)
        regions.assignRegions(to: graph)
        self.regions = regions
    }

    // MARK: Locals and frame

    /// Frames and values beyond this are refused, which also keeps every offset an Int32.
    static let maximumFrameSize = 1 << 24

    mutating func newLocal(_ type: ValueType) -> UInt32 {
        declaredLocals.append(type)
        return parameterCount + UInt32(declaredLocals.count - 1)
    }

    mutating func slotLocal(_ depth: Int, _ kind: SlotKind) -> UInt32 {
        let key = SlotLocalKey(depth: depth, type: kind.wasmType)
        if let local = slotLocals[key] { return local }
        let local = newLocal(kind.wasmType)
        slotLocals[key] = local
        return local
    }

    /// A temporary of `type` for one use at `site` (no two live values share it).
    mutating func scratchLocal(_ type: ValueType, _ index: Int = 0) -> UInt32 {
        var list = scratch[type] ?? []
        while list.count <= index { list.append(newLocal(type)) }
        scratch[type] = list
        return list[index]
    }

    mutating func referenceSpillSlot(_ depth: Int) -> Int {
        if let slot = referenceSpillSlots[depth] { return slot }
        let slot = allocateFrame(size: 4, alignment: 4)
        referenceSpillSlots[depth] = slot
        return slot
    }

    mutating func allocateFrame(size: Int, alignment: Int) -> Int {
        let aligned = (frameSize + alignment - 1) / alignment * alignment
        frameSize = aligned + size
        return aligned
    }

    /// Frame bytes for a struct value at stack `depth` (site distinguishes call results and `newobj` temps).
    mutating func structTemp(depth: Int, type: TypeID, site: Int = -1) -> Int {
        let key = StructTempKey(depth: depth, type: type, site: site)
        if let offset = structTemps[key] { return offset }
        let info = types[type]
        let offset = allocateFrame(size: max(info.size, 1), alignment: max(info.alignment, 4))
        structTemps[key] = offset
        return offset
    }

    func stackKind(of type: TypeID) -> SlotKind {
        switch types[type].kind {
        case .void: return .i32
        case .primitive(let kind):
            switch kind {
            case .i8, .u8: return .i64
            case .r4: return .f32
            case .r8: return .f64
            default: return .i32
            }
        case .classType, .szArray: return .ref
        case .pointer, .byRef: return .ptr
        case .valueType: return .value(type)
        }
    }

    // MARK: Whole method

    /// The function body and its relocations.
    mutating func compile() throws -> (body: FunctionBody, relocations: [Relocation]) {
        framePointer = newLocal(.i32)
        let file = types.resolver[method.assembly]
        let locals = try file.locals(of: body).locals.map { try types.type(of: $0, in: method.assembly) }
        let variables = frameVariables()
        try planArguments(addressTaken: variables.arguments, stored: variables.storedArguments)
        if shape.hasThis, types.isReference(shape.declaringType), case .local = argumentHomes.first?.home,
           !variables.storedArguments.contains(0) {
            thisIsNonNull = true
        }
        planLocals(locals, addressTaken: variables.locals)

        if !body.exceptionClauses.isEmpty {
            exceptionLocal = newLocal(.i32)
            filterResult = newLocal(.i32)
        }

        // Stack typing and per-block code, depth first from the entry and from each handler: a
        // block is translated once a predecessor has fixed its entry state (verifiable IL gives
        // every other predecessor the same one).
        guard !graph.blocks.isEmpty else { throw CompileError("empty method body", offset: body.headerOffset) }
        blockCode = [WasmCode?](repeating: nil, count: graph.blocks.count)
        blockExits = [BlockExit?](repeating: nil, count: graph.blocks.count)
        var entryStates = [[SlotKind]?](repeating: nil, count: graph.blocks.count)
        entryStates[0] = []
        var worklist = [0]
        var seen: Set<Int> = [0]
        for construct in regions.constructs.reversed() {
            for handler in construct.handlers.reversed() {
                var starts = [handler.range.lowerBound]
                if case .filter(let start) = handler.kind { starts.append(start) }
                let exceptionOnStack: Bool
                switch handler.kind {
                case .catch, .filter: exceptionOnStack = true
                case .finally, .fault: exceptionOnStack = false
                }
                for start in starts {
                    let b = try block(at: start)
                    entryStates[b] = exceptionOnStack ? [.ref] : []
                    if seen.insert(b).inserted { worklist.append(b) }
                }
            }
        }
        var regions = self.regions
        while let block = worklist.popLast() {
            guard let entry = entryStates[block] else { continue }
            var translator = BlockTranslator(compiler: self, block: block, stack: entry)
            let exit = try translator.translate()
            self = translator.compiler
            blockCode[block] = translator.code
            blockExits[block] = exit
            let exitStack = translator.stack
            let successors: [Int]
            switch exit {
            case .jump(let t): successors = [t]
            case .branch(let a, let b): successors = [a, b]
            case .switchTable(let targets, let fallThrough): successors = targets + [fallThrough]
            case .leave, .exitRegion: successors = []
            }
            for s in successors.reversed() {
                regions.recordJump(from: graph.blocks[block].ilStart, to: graph.blocks[s].ilStart)
                if let existing = entryStates[s] {
                    // i32, native int, pointers and references share a wasm local: they merge.
                    guard existing.count == exitStack.count, zip(existing, exitStack).allSatisfy({ a, b in
                        a == b || (a.wasmType == b.wasmType && !a.isValue && !b.isValue)
                    }) else {
                        throw CompileError("\(ilLabel(graph.blocks[s].ilStart)): the evaluation stack differs between "
                            + "incoming branches", offset: body.codeRange.lowerBound + graph.blocks[s].ilStart)
                    }
                } else {
                    entryStates[s] = exitStack
                }
                if seen.insert(s).inserted { worklist.append(s) }
            }
        }
        regions.sortExits()
        self.regions = regions
        var structured = WasmCode()
        try emitRegion(0, entry: 0, into: &structured)
        var function = WasmCode()
        try emitPrologue(&function)
        function.append(structured)
        function.emit(.unreachable)
        function.emit(.end)
        return (function.functionBody(locals: declaredLocals), function.relocations)
    }

    /// Arguments and locals whose address is taken (they live in the frame), and arguments
    /// `starg` overwrites.
    private func frameVariables() -> (arguments: Set<Int>, storedArguments: Set<Int>, locals: Set<Int>) {
        var arguments: Set<Int> = [], stored: Set<Int> = [], locals: Set<Int> = []
        for instruction in instructions {
            guard case .variable(let index) = instruction.operand else { continue }
            switch instruction.opcode {
            case .ldarga, .ldargaS: arguments.insert(Int(index))
            case .starg, .stargS: stored.insert(Int(index))
            case .ldloca, .ldlocaS: locals.insert(Int(index))
            default: break
            }
        }
        return (arguments, stored, locals)
    }

    /// Wasm parameter `i` holds IL argument `i` unless it is a struct or its address is taken;
    /// then the prologue spills it to the frame.
    private mutating func planArguments(addressTaken: Set<Int>, stored: Set<Int>) throws {
        var arguments: [(type: TypeID, lowered: LoweredValue)] = []
        if shape.hasThis {
            let owner = shape.declaringType
            // A value type's `this` (primitives' and enums' included) is a managed pointer to it.
            let isReference = types.isReference(owner)
            arguments.append((isReference ? owner : types.byRef(to: owner), .scalar(.i32)))
        }
        arguments += shape.parameters.map { ($0, types.lower($0)) }
        var wasmIndex: UInt32 = 1
        for (index, argument) in arguments.enumerated() {
            // The return buffer sits between `this` and the parameters.
            if index == (shape.hasThis ? 1 : 0), signature.hasReturnBuffer { wasmIndex += 1 }
            let type = argument.type
            switch argument.lowered {
            case .scalar:
                if addressTaken.contains(index) || isValueType(type) {
                    let offset = allocateFrame(size: types[type].size, alignment: max(4, types[type].alignment))
                    argumentHomes.append((.frame(offset), type))
                    spills.append((wasmIndex, offset, type))
                } else {
                    argumentHomes.append((.local(wasmIndex), type))
                    if stored.contains(index) && holdsReference(type) { shadow(wasmIndex) }
                }
                wasmIndex += 1
            case .byReference:
                argumentHomes.append((.indirect(wasmIndex), type))
                wasmIndex += 1
            case .empty:
                argumentHomes.append((.frame(allocateFrame(size: 1, alignment: 4)), type))
            }
        }
    }

    var spills: [(parameter: UInt32, offset: Int, type: TypeID)] = []
    /// `this` is a class instance held in its wasm parameter and never overwritten: callvirt
    /// checked it, so it is not null inside the method.
    var thisIsNonNull = false

    private mutating func planLocals(_ locals: [TypeID], addressTaken: Set<Int>) {
        let start = frameSize
        for (index, type) in locals.enumerated() {
            if addressTaken.contains(index) || isValueType(type) {
                localHomes.append((.frame(allocateFrame(size: max(types[type].size, 1), alignment: max(4, types[type].alignment))), type))
            } else {
                let local = newLocal(stackKind(of: type).wasmType)
                localHomes.append((.local(local), type))
                if holdsReference(type) { shadow(local) }
            }
        }
        zeroedFrame = start..<frameSize
    }

    private mutating func shadow(_ local: UInt32) {
        shadowedReferences.append((local, allocateFrame(size: 4, alignment: 4)))
    }

    /// Object references and managed or unmanaged pointers (which may point into an object).
    func holdsReference(_ type: TypeID) -> Bool {
        let kind = stackKind(of: type)
        return kind == .ref || kind == .ptr
    }

    func isValueType(_ type: TypeID) -> Bool {
        if case .valueType = types[type].kind { return true }
        return false
    }

    var returnBufferParameter: UInt32? {
        signature.hasReturnBuffer ? (shape.hasThis ? 2 : 1) : nil
    }

    /// fp = sp - frameSize (a multiple of 16, so frames stay 16-aligned); spill struct and
    /// address-taken arguments; zero the locals.
    private mutating func emitPrologue(_ code: inout WasmCode) throws {
        frameSize = (frameSize + 15) / 16 * 16
        guard frameSize <= Self.maximumFrameSize else {
            throw CompileError("the method's frame (\(frameSize) bytes) exceeds \(Self.maximumFrameSize) bytes", offset: body.headerOffset)
        }
        code.localGet(0)
        if frameSize > 0 {
            code.i32Const(Int32(frameSize))
            code.emit(.i32Sub)
        }
        code.localSet(framePointer)
        for spill in spills {
            code.localGet(framePointer)
            code.localGet(spill.parameter)
            if case .scalar(let wasmType) = types.lower(spill.type) {
                MemoryAccess.store(wasmType, size: scalarStoreSize(spill.type), offset: spill.offset, into: &code)
            }
        }
        if body.initLocals, !zeroedFrame.isEmpty {
            MemoryAccess.zero(base: framePointer, range: zeroedFrame, into: &code)
        }
    }

    /// Bytes a scalar of this type occupies in memory (a lowered single-field struct: its field's).
    func scalarStoreSize(_ type: TypeID) -> Int {
        if let field = types[type].singleField { return scalarStoreSize(field) }
        return types[type].size
    }
}
