import ECMA335
import ObjWriter

typealias WasmCode = InstructionEncoder

extension InstructionEncoder {
    mutating func beginBlock() { emit(.block, blockType: .empty) }
    mutating func beginLoop() { emit(.loop, blockType: .empty) }
    mutating func beginIf() { emit(.if, blockType: .empty) }
    mutating func beginElse() { emit(.else) }
    mutating func end() { emit(.end) }
    mutating func br(_ depth: UInt32) { emit(.br, index: depth) }
    mutating func localGet(_ index: UInt32) { emit(.localGet, index: index) }
    mutating func localSet(_ index: UInt32) { emit(.localSet, index: index) }
    mutating func localTee(_ index: UInt32) { emit(.localTee, index: index) }

    /// `block (result i32) try_table (catch tag 0)`: an exception with `tag` leaves the try_table
    /// to the end of the block with its payload (the exception object) on the stack.
    mutating func beginCatching(tag: SymbolIndex) {
        emit(.block, blockType: .value(.i32))
        tryTable(catches: [(kind: .catch, tagSymbol: tag, label: 0)])
    }
}

/// How an IL basic block ends.
enum BlockExit: Equatable {
    /// Falls into or jumps to one successor.
    case jump(Int)
    /// The block's code leaves an i32 on the wasm stack: nonzero → `taken`, zero → `notTaken`.
    case branch(taken: Int, notTaken: Int)
    /// The block's code leaves an i32 index on the wasm stack.
    case switchTable(targets: [Int], fallThrough: Int)
    /// The block's code ends the function (return, or a call that does not return).
    case leave
    /// The block ends its exception region (`endfinally`, `endfilter`, or a `leave` crossing out):
    /// a branch to the label just outside the region's structured code.
    case exitRegion
}

/// The basic blocks of one method body: IL offset ranges and instruction index ranges.
struct ControlFlowGraph {
    struct Block {
        var ilStart: Int
        var instructions: Range<Int>
        var successors: [Int] = []
    }

    var blocks: [Block] = []
    /// Block index by IL start offset.
    var blockAt: [Int: Int] = [:]

    /// `regionBoundaries`: IL offsets where exception regions start or end, which also start blocks.
    init(_ instructions: [CILInstruction], regionBoundaries: [Int] = []) {
        var leaders = Set([0] + regionBoundaries)
        for (index, instruction) in instructions.enumerated() {
            switch instruction.operand {
            case .branchTarget(let target): leaders.insert(target)
            case .switchTargets(let targets): leaders.formUnion(targets)
            default: break
            }
            if Self.endsBlock(instruction.opcode), index + 1 < instructions.count {
                leaders.insert(instructions[index + 1].offset)
            }
        }
        var start = 0
        for index in instructions.indices {
            let isLast = index + 1 == instructions.count || leaders.contains(instructions[index + 1].offset)
            if isLast {
                blockAt[instructions[start].offset] = blocks.count
                blocks.append(Block(ilStart: instructions[start].offset, instructions: start..<(index + 1)))
                start = index + 1
            }
        }
    }

    static func endsBlock(_ opcode: CILOpcode) -> Bool {
        switch opcode.info?.flow {
        case .branch?, .conditionalBranch?, .return?, .throw?: true
        default: opcode == .switch
        }
    }
}

/// Ramsey's "Beyond Relooper" structuring of a reducible control-flow graph into wasm
/// `block`/`loop`/`if`/`br`/`br_table`, from the dominator tree in reverse postorder.
struct Structurer {
    let successors: [[Int]]
    let entry = 0
    var rpoNumber: [Int]
    var order: [Int]
    var idom: [Int]
    var children: [[Int]]
    var isLoopHeader: [Bool]
    var isMergeNode: [Bool]

    /// Fails with the block whose back edge makes the graph irreducible. `multiway` blocks end
    /// in `br_table`, so every one of their targets needs a label.
    init(successors: [[Int]], multiway: Set<Int>) throws {
        self.successors = successors
        let n = successors.count
        var visited = [Bool](repeating: false, count: n)
        var postorder: [Int] = []
        // Iterative DFS; the successor order fixes the postorder, so output is deterministic.
        var stack: [(node: Int, next: Int)] = [(0, 0)]
        visited[0] = true
        while let top = stack.last {
            if top.next < successors[top.node].count {
                stack[stack.count - 1].next += 1
                let s = successors[top.node][top.next]
                if !visited[s] {
                    visited[s] = true
                    stack.append((s, 0))
                }
            } else {
                postorder.append(top.node)
                stack.removeLast()
            }
        }
        order = postorder.reversed()
        rpoNumber = [Int](repeating: -1, count: n)
        for (i, b) in order.enumerated() { rpoNumber[b] = i }
        var predecessors = [[Int]](repeating: [], count: n)
        for b in order { for s in successors[b] where !predecessors[s].contains(b) { predecessors[s].append(b) } }
        // Cooper, Harvey, Kennedy: "A Simple, Fast Dominance Algorithm".
        idom = [Int](repeating: -1, count: n)
        idom[0] = 0
        var changed = true
        while changed {
            changed = false
            for b in order.dropFirst() {
                var newIdom = -1
                for p in predecessors[b] where idom[p] != -1 {
                    if newIdom == -1 { newIdom = p; continue }
                    var x = p, y = newIdom
                    while x != y {
                        while rpoNumber[x] > rpoNumber[y] { x = idom[x] }
                        while rpoNumber[y] > rpoNumber[x] { y = idom[y] }
                    }
                    newIdom = x
                }
                if newIdom != idom[b] { idom[b] = newIdom; changed = true }
            }
        }
        children = [[Int]](repeating: [], count: n)
        for b in order.dropFirst() { children[idom[b]].append(b) }
        isLoopHeader = [Bool](repeating: false, count: n)
        isMergeNode = [Bool](repeating: false, count: n)
        var forwardPredecessors = [Int](repeating: 0, count: n)
        for b in order {
            for s in successors[b] {
                if rpoNumber[s] <= rpoNumber[b] {
                    isLoopHeader[s] = true
                    var d = b
                    while d != s && d != 0 { d = idom[d] }
                    guard d == s else { throw IrreducibleControlFlow(block: s) }
                } else {
                    forwardPredecessors[s] += 1
                }
            }
            // A multiway branch needs a label for every target: make each one a merge node.
            if multiway.contains(b) { for s in successors[b] { forwardPredecessors[s] += 2 } }
        }
        for b in order { isMergeNode[b] = forwardPredecessors[b] >= 2 }
    }

    struct IrreducibleControlFlow: Error { var block: Int }

    enum Frame: Equatable {
        case ifThenElse
        case loopHeadedBy(Int)
        case blockFollowedBy(Int)
    }

    /// Emits the structured code; `emitBlock` writes block `b`'s own code and returns its exit.
    func emit(into encoder: inout WasmCode, emitBlock: (Int, inout WasmCode) throws -> BlockExit) throws {
        try doTree(entry, context: [], encoder: &encoder, emitBlock: emitBlock)
    }

    private func doTree(_ x: Int, context: [Frame], encoder: inout WasmCode,
                        emitBlock: (Int, inout WasmCode) throws -> BlockExit) throws {
        let merges = children[x].filter { isMergeNode[$0] }.sorted { rpoNumber[$0] > rpoNumber[$1] }
        if isLoopHeader[x] {
            encoder.beginLoop()
            try nodeWithin(x, merges[...], context: [.loopHeadedBy(x)] + context, encoder: &encoder, emitBlock: emitBlock)
            encoder.end()
        } else {
            try nodeWithin(x, merges[...], context: context, encoder: &encoder, emitBlock: emitBlock)
        }
    }

    private func nodeWithin(_ x: Int, _ merges: ArraySlice<Int>, context: [Frame], encoder: inout WasmCode,
                            emitBlock: (Int, inout WasmCode) throws -> BlockExit) throws {
        if let y = merges.first {
            encoder.beginBlock()
            try nodeWithin(x, merges.dropFirst(), context: [.blockFollowedBy(y)] + context, encoder: &encoder,
                           emitBlock: emitBlock)
            encoder.end()
            try doTree(y, context: context, encoder: &encoder, emitBlock: emitBlock)
            return
        }
        switch try emitBlock(x, &encoder) {
        case .jump(let target):
            try doBranch(from: x, to: target, context: context, encoder: &encoder, emitBlock: emitBlock)
        case .branch(let taken, let notTaken):
            encoder.beginIf()
            try doBranch(from: x, to: taken, context: [.ifThenElse] + context, encoder: &encoder, emitBlock: emitBlock)
            encoder.beginElse()
            try doBranch(from: x, to: notTaken, context: [.ifThenElse] + context, encoder: &encoder, emitBlock: emitBlock)
            encoder.end()
        case .switchTable(let targets, let fallThrough):
            encoder.brTable(try targets.map { try label(of: $0, in: context) }, default: try label(of: fallThrough, in: context))
        case .leave:
            break
        case .exitRegion:
            encoder.br(UInt32(context.count))
        }
    }

    private func doBranch(from x: Int, to target: Int, context: [Frame], encoder: inout WasmCode,
                          emitBlock: (Int, inout WasmCode) throws -> BlockExit) throws {
        if rpoNumber[target] <= rpoNumber[x] || isMergeNode[target] {
            encoder.br(try label(of: target, in: context))
        } else {
            try doTree(target, context: context, encoder: &encoder, emitBlock: emitBlock)
        }
    }

    private func label(of target: Int, in context: [Frame]) throws -> UInt32 {
        for (depth, frame) in context.enumerated() {
            switch frame {
            case .loopHeadedBy(let b) where b == target, .blockFollowedBy(let b) where b == target:
                return UInt32(depth)
            default: continue
            }
        }
        throw IrreducibleControlFlow(block: target)
    }
}
