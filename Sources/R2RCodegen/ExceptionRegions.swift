import ECMA335

/// The method's exception-handling structure (ECMA-335 II.19): clauses sharing a try block form
/// one protected construct; each construct's try block, handlers and filters are regions, and
/// regions nest. Structuring handles one region at a time, a nested construct being one node in
/// its parent region's graph (`RegionStructuring`).
struct ExceptionRegions {
    typealias RegionID = Int
    typealias ConstructID = Int

    enum RegionKind: Equatable {
        case method
        case tryBlock(ConstructID)
        case handler(ConstructID, Int)
        case filter(ConstructID, Int)
    }

    struct Region {
        var kind: RegionKind
        var range: Range<Int>
    }

    struct Handler {
        var kind: ExceptionClause.Kind
        var range: Range<Int>
        var filterRegion: RegionID?
        var region: RegionID
    }

    struct Construct {
        var tryRange: Range<Int>
        var tryRegion: RegionID
        var handlers: [Handler]
        /// Everything the construct covers: its try block, filters and handlers.
        var extent: Range<Int>
        /// The region the construct sits in.
        var parent: RegionID = 0
        /// Blocks outside the construct that `leave` reaches from inside, by IL offset.
        var exits: [Int] = []

        var isFinally: Bool {
            if case .finally = handlers[0].kind { return true }
            return false
        }

        var isFault: Bool {
            if case .fault = handlers[0].kind { return true }
            return false
        }
    }

    var regions: [Region]
    var constructs: [Construct] = []
    /// The innermost region of each basic block.
    var blockRegion: [RegionID] = []

    init(clauses: [ExceptionClause], codeSize: Int) throws {
        regions = [Region(kind: .method, range: 0..<codeSize)]
        for clause in clauses {
            let index: ConstructID
            if let existing = constructs.firstIndex(where: { $0.tryRange == clause.tryRange }) {
                index = existing
            } else {
                index = constructs.count
                regions.append(Region(kind: .tryBlock(index), range: clause.tryRange))
                constructs.append(Construct(tryRange: clause.tryRange, tryRegion: regions.count - 1, handlers: [],
                                            extent: clause.tryRange))
            }
            let handlerIndex = constructs[index].handlers.count
            var filterRegion: RegionID?
            var extent = clause.handlerRange
            if case .filter(let start) = clause.kind {
                guard start < clause.handlerRange.lowerBound else {
                    throw CompileError("\(ilLabel(start)): a filter must come before its handler", offset: clause.fileOffset)
                }
                regions.append(Region(kind: .filter(index, handlerIndex), range: start..<clause.handlerRange.lowerBound))
                filterRegion = regions.count - 1
                extent = start..<clause.handlerRange.upperBound
            }
            regions.append(Region(kind: .handler(index, handlerIndex), range: clause.handlerRange))
            constructs[index].handlers.append(Handler(kind: clause.kind, range: clause.handlerRange,
                                                      filterRegion: filterRegion, region: regions.count - 1))
            let current = constructs[index].extent
            constructs[index].extent = min(current.lowerBound, extent.lowerBound)..<max(current.upperBound, extent.upperBound)
        }
        for construct in constructs {
            let protection = construct.handlers.map(\.kind)
            let cleanup = protection.contains { $0 == .finally || $0 == .fault }
            guard !cleanup || protection.count == 1 else {
                throw CompileError("\(ilLabel(construct.tryRange.lowerBound)): a try block with a finally or fault "
                    + "handler has other handlers too")
            }
        }
        for index in constructs.indices {
            constructs[index].parent = innermostRegion(containing: constructs[index].extent, excluding: index)
        }
    }

    /// IL offsets where a region starts or ends (inside the code): each starts a basic block.
    var boundaries: [Int] {
        regions.dropFirst().flatMap { [$0.range.lowerBound, $0.range.upperBound] }.filter { $0 < regions[0].range.upperBound }
    }

    /// Finds each basic block's innermost region (the graph was built on `boundaries`).
    mutating func assignRegions(to graph: ControlFlowGraph) {
        blockRegion = graph.blocks.map { innermostRegion(at: $0.ilStart) }
    }

    private func innermostRegion(at offset: Int) -> RegionID {
        var best = 0
        for (index, region) in regions.enumerated() where region.range.contains(offset) {
            if region.range.count <= regions[best].range.count { best = index }
        }
        return best
    }

    /// The smallest region that holds all of `extent` and does not belong to construct `owner`.
    private func innermostRegion(containing extent: Range<Int>, excluding owner: ConstructID) -> RegionID {
        var best = 0
        for (index, region) in regions.enumerated()
        where region.range.lowerBound <= extent.lowerBound && extent.upperBound <= region.range.upperBound
            && construct(of: index) != owner && region.range.count <= regions[best].range.count {
            best = index
        }
        return best
    }

    func construct(of region: RegionID) -> ConstructID? {
        switch regions[region].kind {
        case .method: nil
        case .tryBlock(let c), .handler(let c, _), .filter(let c, _): c
        }
    }

    /// The region a region sits in (the method region has none).
    func parent(of region: RegionID) -> RegionID? {
        construct(of: region).map { constructs[$0].parent }
    }

    /// Records `leave` and branch targets that cross out of constructs: each construct with a
    /// region (try block, filter or handler) enclosing `source` but not `target` must hand control
    /// to `target` after its handlers run (a handler may leave to its own try block's start).
    mutating func recordJump(from source: Int, to target: Int) {
        for index in constructs.indices where constructs[index].extent.contains(source) {
            let construct = constructs[index]
            let ownRegions = [construct.tryRegion] + construct.handlers.flatMap { [$0.filterRegion, $0.region].compactMap { $0 } }
            guard let sourceRegion = ownRegions.first(where: { regions[$0].range.contains(source) }),
                  !regions[sourceRegion].range.contains(target), !construct.exits.contains(target) else { continue }
            constructs[index].exits.append(target)
        }
    }

    mutating func sortExits() {
        for index in constructs.indices { constructs[index].exits.sort() }
    }

    /// Where a branch to the block starting at `offset` goes, seen from `region`'s graph.
    enum Destination: Equatable {
        /// A block of the region itself.
        case block
        /// A construct nested directly in the region (the branch enters its try block).
        case construct(ConstructID)
        /// Somewhere outside the region.
        case outside
    }

    func destination(of block: Int, from region: RegionID) -> Destination {
        var current = blockRegion[block]
        if current == region { return .block }
        while let owner = construct(of: current) {
            let parent = constructs[owner].parent
            if parent == region { return .construct(owner) }
            current = parent
        }
        return .outside
    }

    /// The catch or filter handler region enclosing `region` most closely (for `rethrow`).
    func enclosingCatchHandler(of region: RegionID) -> ConstructID? {
        var current: RegionID? = region
        while let r = current {
            if case .handler(let c, let h) = regions[r].kind, constructs[c].handlers[h].kind != .finally,
               constructs[c].handlers[h].kind != .fault {
                return c
            }
            current = parent(of: r)
        }
        return nil
    }
}
