import ECMA335
import ObjWriter

/// Structures a method region by region (ExceptionRegions): each region's blocks, the constructs
/// nested in it (one node each) and its exits form one graph for `Structurer`. A construct
/// becomes a `try_table` catching the managed-exception tag, its handlers after it:
///
/// - finally: `block (result i32) try_table (catch tag 0) <try> end i32.const 0 end` yields the
///   pending exception (0 when none), the handler runs, and a pending exception is thrown again;
/// - fault: the same, but the handler runs only for an exception;
/// - catch and filter handlers: the caught exception is tested against each handler in turn
///   (its class, or its filter's verdict); the first that accepts it runs, and when none does
///   the exception is thrown on.
///
/// A `leave` out of a construct stores the index of its target in the construct's leave local
/// and branches out; after the handlers, a `br_table` on that local continues at the target.
/// The pending exception also sits in the frame while handlers run, where the collector sees it.
extension MethodCompiler {
    enum RegionNode: Hashable {
        case block(Int)
        case construct(ExceptionRegions.ConstructID)
        /// A target outside the region, by IL offset.
        case exit(Int)
    }

    mutating func emitRegion(_ region: ExceptionRegions.RegionID, entry: Int, into code: inout WasmCode) throws {
        var nodes: [RegionNode] = []
        var nodeIndex: [RegionNode: Int] = [:]
        func node(_ block: Int) -> RegionNode {
            switch regions.destination(of: block, from: region) {
            case .block: .block(block)
            case .construct(let c): .construct(c)
            case .outside: .exit(graph.blocks[block].ilStart)
            }
        }
        func index(_ node: RegionNode) -> Int {
            if let existing = nodeIndex[node] { return existing }
            nodes.append(node)
            nodeIndex[node] = nodes.count - 1
            return nodes.count - 1
        }
        _ = index(node(entry))
        var successors: [[Int]] = []
        var multiway: Set<Int> = []
        var next = 0
        while next < nodes.count {
            let targets: [Int]
            switch nodes[next] {
            case .block(let b):
                guard let exit = blockExits[b] else { throw untranslated(b) }
                switch exit {
                case .jump(let t): targets = [t]
                case .branch(let a, let b): targets = [a, b]
                case .switchTable(let list, let fallThrough):
                    targets = list + [fallThrough]
                    multiway.insert(next)
                case .leave, .exitRegion: targets = []
                }
            case .construct(let c):
                targets = try regions.constructs[c].exits.map { try block(at: $0) }
                if targets.count > 1 { multiway.insert(next) }
            case .exit:
                targets = []
            }
            successors.append(targets.map { index(node($0)) })
            next += 1
        }
        do {
            try Structurer(successors: successors, multiway: multiway).emit(into: &code) { n, encoder in
                switch nodes[n] {
                case .block(let b):
                    guard let blockCode = self.blockCode[b], let exit = self.blockExits[b] else { throw self.untranslated(b) }
                    encoder.append(blockCode)
                    switch exit {
                    case .jump(let t): return .jump(index(node(t)))
                    case .branch(let a, let b): return .branch(taken: index(node(a)), notTaken: index(node(b)))
                    case .switchTable(let list, let fallThrough):
                        return .switchTable(targets: list.map { index(node($0)) }, fallThrough: index(node(fallThrough)))
                    case .leave, .exitRegion: return exit
                    }
                case .construct(let c):
                    try self.emitConstruct(c, into: &encoder)
                    let exits = try self.regions.constructs[c].exits.map { index(node(try self.block(at: $0))) }
                    switch exits.count {
                    case 0:
                        encoder.emit(.unreachable)
                        return .leave
                    case 1:
                        return .jump(exits[0])
                    default:
                        encoder.localGet(self.leaveLocal(c))
                        return .switchTable(targets: Array(exits.dropLast()), fallThrough: exits[exits.count - 1])
                    }
                case .exit(let offset):
                    guard let owner = self.regions.construct(of: region),
                          let k = self.regions.constructs[owner].exits.firstIndex(of: offset) else {
                        throw CompileError("\(ilLabel(offset)): a branch leaves the method's code")
                    }
                    encoder.i32Const(Int32(k))
                    encoder.localSet(self.leaveLocal(owner))
                    return .exitRegion
                }
            }
        } catch let error as Structurer.IrreducibleControlFlow {
            let offset: Int
            switch nodes[error.block] {
            case .block(let b): offset = graph.blocks[b].ilStart
            case .construct(let c): offset = regions.constructs[c].tryRange.lowerBound
            case .exit(let o): offset = o
            }
            throw CompileError("\(ilLabel(offset)): irreducible control flow is not supported",
                               offset: body.codeRange.lowerBound + offset)
        }
    }

    private mutating func emitConstruct(_ c: ExceptionRegions.ConstructID, into code: inout WasmCode) throws {
        let construct = regions.constructs[c]
        let tag = context.exceptionTag
        let slot = exceptionSlot(c)
        let tryEntry = try block(at: construct.tryRange.lowerBound)
        if construct.isFinally || construct.isFault {
            let handler = construct.handlers[0]
            if construct.isFault { code.beginBlock() }
            code.beginCatching(tag: tag)
            try emitRegion(construct.tryRegion, entry: tryEntry, into: &code)
            code.end()
            if construct.isFault { code.br(1) } else { code.i32Const(0) }
            code.end()
            storeException(slot, into: &code)
            code.beginBlock()
            try emitRegion(handler.region, entry: try block(at: handler.range.lowerBound), into: &code)
            code.end()
            // After a fault handler there is always an exception; after finally, only if one is pending.
            loadException(slot, into: &code)
            if !construct.isFault {
                code.beginIf()
                loadException(slot, into: &code)
            }
            code.throw(tagSymbol: tag)
            code.end()
            return
        }
        code.beginBlock()
        code.beginCatching(tag: tag)
        try emitRegion(construct.tryRegion, entry: tryEntry, into: &code)
        code.end()
        code.br(1)
        code.end()
        storeException(slot, into: &code)
        let exceptionEntry = slotLocal(0, .ref)
        for handler in construct.handlers {
            switch handler.kind {
            case .catch(let token):
                let type = try types.type(token: token, in: method.assembly)
                if type == (try types.coreType("System", "Object")) {
                    code.i32Const(1)
                } else {
                    loadException(slot, into: &code)
                    code.localSet(exceptionLocal)
                    var tester = BlockTranslator(compiler: self, block: 0, stack: [])
                    try tester.emitIsInstance(exceptionLocal, type)
                    self = tester.compiler
                    code.append(tester.code)
                }
            case .filter(let start):
                guard let filterRegion = handler.filterRegion else { throw CompileError("filter without a region") }
                // A filter that throws rejects the exception (ECMA-335 II.19).
                code.i32Const(0)
                code.localSet(filterResult)
                code.beginCatching(tag: tag)
                code.beginBlock()
                loadException(slot, into: &code)
                code.localSet(exceptionEntry)
                try emitRegion(filterRegion, entry: try block(at: start), into: &code)
                code.end()
                code.end()
                code.i32Const(0)
                code.end()
                code.emit(.drop)
                code.localGet(filterResult)
            case .finally, .fault:
                throw CompileError("\(ilLabel(handler.range.lowerBound)): a finally or fault handler shares a try block")
            }
            code.beginIf()
            loadException(slot, into: &code)
            code.localSet(exceptionEntry)
            code.beginBlock()
            try emitRegion(handler.region, entry: try block(at: handler.range.lowerBound), into: &code)
            code.end()
            code.br(1)
            code.end()
        }
        loadException(slot, into: &code)
        code.throw(tagSymbol: tag)
        code.end()
    }

    private mutating func storeException(_ slot: Int, into code: inout WasmCode) {
        code.localSet(exceptionLocal)
        code.localGet(framePointer)
        code.localGet(exceptionLocal)
        MemoryAccess.store(.i32, size: 4, offset: slot, into: &code)
    }

    func loadException(_ slot: Int, into code: inout WasmCode) {
        code.localGet(framePointer)
        MemoryAccess.load(.i32, size: 4, signed: false, offset: slot, into: &code)
    }

    /// The frame slot holding construct `c`'s caught exception.
    mutating func exceptionSlot(_ c: ExceptionRegions.ConstructID) -> Int {
        if let slot = exceptionSlots[c] { return slot }
        let slot = allocateFrame(size: 4, alignment: 4)
        exceptionSlots[c] = slot
        return slot
    }

    mutating func leaveLocal(_ c: ExceptionRegions.ConstructID) -> UInt32 {
        if let local = leaveLocals[c] { return local }
        let local = newLocal(.i32)
        leaveLocals[c] = local
        return local
    }

    func block(at offset: Int) throws -> Int {
        guard let block = graph.blockAt[offset] else {
            throw CompileError("\(ilLabel(offset)): an exception region boundary does not start a block",
                               offset: body.codeRange.lowerBound + offset)
        }
        return block
    }

    func untranslated(_ block: Int) -> CompileError {
        CompileError("\(ilLabel(graph.blocks[block].ilStart)): the block is reached with no known evaluation stack",
                     offset: body.codeRange.lowerBound + graph.blocks[block].ilStart)
    }
}
