/// The layout engine of crossgen2's `NativeWriter` (NativeFormatWriter.cs), reimplemented so
/// MethodDefEntryPoints and AvailableTypes come out byte for byte as crossgen2 writes them.
///
/// Vertices are placed in one section, in order. Some refer to later ones by offset (a
/// tree node to its higher child, a hashtable entry to its value, an array's block index
/// to its blocks), and the length of a varuint depends on the offset it holds, so the
/// section is written repeatedly: once with unknown offsets at their widest, then while
/// offsets can only shrink (bytes written in a too-optimistic pass are rolled back), then
/// while they can only grow (with padding) until a pass moves nothing. Padding that the
/// last pass keeps is part of crossgen2's output too, which is why the passes are copied
/// rather than a fixed point computed another way.
struct NativeLayout {
    struct VertexID: Hashable {
        var raw: Int
    }

    enum Node {
        /// Opaque bytes: an array element or a hashtable value.
        case bytes([UInt8])
        /// A node without children standing for the single element `index` of its subtree
        /// (or, with index 16, for an empty block).
        case leaf(child: VertexID?, index: UInt32)
        /// `first` is written right after the node; `second` is placed elsewhere, at the
        /// offset the node holds.
        case tree(first: VertexID?, second: VertexID?)
        case array(count: UInt32, blocks: [VertexID])
        case hashtable(HashtableID)
    }

    struct HashtableID: Hashable {
        var raw: Int
    }

    struct HashtableEntry {
        var hash: UInt32
        var value: VertexID
        /// Where the entry was written in the previous pass.
        var offset: Int
    }

    struct Hashtable {
        var bucketCount: UInt32
        /// Sorted by bucket, then low hash byte, ties in insertion order.
        var entries: [HashtableEntry]
    }

    enum Phase {
        case initial, shrinking, growing
    }

    private(set) var nodes: [Node] = []
    /// The section: vertices written at the top level, in order.
    private(set) var placed: [VertexID] = []
    private var hashtables: [Hashtable] = []
    /// Per vertex: its offset in the pass `iterations` records (-1: never written).
    private var offsets: [Int] = []
    private var iterations: [Int] = []
    /// Per array or hashtable vertex: block-index or bucket-cell width, 0 (u8), 1 (u16) or 2 (u32).
    private var entryIndexSizes: [UInt32] = []

    private var out: [UInt8] = []
    private var phase = Phase.initial
    private var iteration = 0
    private var offsetAdjustment = 0

    mutating func add(_ node: Node) -> VertexID {
        nodes.append(node)
        offsets.append(-1)
        iterations.append(-1)
        entryIndexSizes.append(2)
        return VertexID(raw: nodes.count - 1)
    }

    mutating func update(_ vertex: VertexID, _ node: Node) { nodes[vertex.raw] = node }

    mutating func place(_ vertex: VertexID) { placed.append(vertex) }

    mutating func unplaceLast() { placed.removeLast() }

    mutating func addHashtable(_ table: Hashtable) -> HashtableID {
        hashtables.append(table)
        return HashtableID(raw: hashtables.count - 1)
    }

    /// Writes the section until its offsets settle.
    mutating func save() -> [UInt8] {
        out = []
        phase = .initial
        for vertex in placed {
            offsets[vertex.raw] = out.count
            iterations[vertex.raw] = iteration
            write(vertex)
        }

        phase = .shrinking
        repeat {
            iteration += 1
            out.removeAll(keepingCapacity: true)
            offsetAdjustment = 0
            for vertex in placed {
                let current = out.count
                offsetAdjustment = min(offsetAdjustment, current - offsets[vertex.raw])
                offsets[vertex.raw] = max(0, offsets[vertex.raw] + offsetAdjustment)
                // An encoding that grew in this pass is cut back; the next pass corrects it.
                if offsets[vertex.raw] < current { out.removeSubrange(offsets[vertex.raw]...) }
                iterations[vertex.raw] = iteration
                write(vertex)
            }
        } while offsetAdjustment != 0 && iteration <= 10

        phase = .growing
        repeat {
            iteration += 1
            out.removeAll(keepingCapacity: true)
            offsetAdjustment = 0
            for vertex in placed {
                let current = out.count
                offsetAdjustment = max(offsetAdjustment, current - offsets[vertex.raw])
                offsets[vertex.raw] += offsetAdjustment
                out += repeatElement(0, count: offsets[vertex.raw] - current)
                iterations[vertex.raw] = iteration
                write(vertex)
            }
        } while offsetAdjustment != 0
        return out
    }

    // MARK: - Writing one vertex

    private mutating func write(_ vertex: VertexID) {
        switch nodes[vertex.raw] {
        case .bytes(let bytes):
            out += bytes
        case .leaf(let child, let index):
            NativeFormat.appendUnsigned(index << 2, to: &out)
            if let child { write(child) }
        case .tree(let first, let second):
            var value: UInt32 = first == nil ? 0 : 1
            if let second {
                value |= 2 | UInt32(truncatingIfNeeded: expectedOffset(second) - out.count) &<< 2
            }
            NativeFormat.appendUnsigned(value, to: &out)
            if let first { write(first) }
        case .array(let count, let blocks):
            writeArray(vertex, count: count, blocks: blocks)
        case .hashtable(let id):
            writeHashtable(vertex, id)
        }
    }

    /// Header `(count << 2) | entryIndexSize`, then each block's offset from the end of the header.
    private mutating func writeArray(_ vertex: VertexID, count: UInt32, blocks: [VertexID]) {
        let size = entryIndexSizes[vertex.raw]
        NativeFormat.appendUnsigned(count &<< 2 | size, to: &out)
        let blocksOffset = out.count
        var maxOffset = 0
        for block in blocks {
            let offset = expectedOffset(block) - blocksOffset
            maxOffset = max(maxOffset, offset)
            NativeFormat.appendLE(UInt32(truncatingIfNeeded: offset), bytes: 1 << size, to: &out)
        }
        resizeEntryIndex(vertex, largest: maxOffset)
    }

    /// Header byte `(log2 buckets << 2) | entryIndexSize`, bucket cells (offsets from the end
    /// of the header byte, one more than buckets), then entries `{low hash byte, relative offset}`.
    private mutating func writeHashtable(_ vertex: VertexID, _ id: HashtableID) {
        var table = hashtables[id.raw]
        let size = entryIndexSizes[vertex.raw]
        let shift = UInt32(table.bucketCount.trailingZeroBitCount)
        out.append(UInt8(truncatingIfNeeded: shift << 2 | size))
        let bucketsOffset = out.count
        out += repeatElement(0, count: Int(table.bucketCount + 1) << size)
        patchCell(at: bucketsOffset, size: size, value: out.count - bucketsOffset)
        var index = 0
        for bucket in 0..<table.bucketCount {
            while index < table.entries.count, (table.entries[index].hash >> 8) & (table.bucketCount - 1) == bucket {
                let current = out.count
                updateOffsetAdjustment(current - table.entries[index].offset)
                table.entries[index].offset = current
                out.append(UInt8(truncatingIfNeeded: table.entries[index].hash))
                writeRelativeOffset(to: table.entries[index].value)
                index += 1
            }
            patchCell(at: bucketsOffset + (Int(bucket + 1) << size), size: size, value: out.count - bucketsOffset)
        }
        hashtables[id.raw] = table
        resizeEntryIndex(vertex, largest: out.count - bucketsOffset)
    }

    /// Narrows an index while offsets may shrink, widens it while they may grow; either
    /// way the pass is marked as having moved something, so another pass follows.
    private mutating func resizeEntryIndex(_ vertex: VertexID, largest: Int) {
        let needed: UInt32 = largest > 0xFFFF ? 2 : largest > 0xFF ? 1 : 0
        let current = entryIndexSizes[vertex.raw]
        if phase == .growing {
            guard needed > current else { return }
            updateOffsetAdjustment(1)
        } else {
            guard needed < current else { return }
            updateOffsetAdjustment(-1)
        }
        entryIndexSizes[vertex.raw] = needed
    }

    private mutating func patchCell(at offset: Int, size: UInt32, value: Int) {
        for i in 0..<(1 << Int(size)) { out[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * i)) }
    }

    private mutating func updateOffsetAdjustment(_ delta: Int) {
        switch phase {
        case .initial: break
        case .shrinking: offsetAdjustment = min(offsetAdjustment, delta)
        case .growing: offsetAdjustment = max(offsetAdjustment, delta)
        }
    }

    /// Where `vertex` is expected this pass: its last offset, moved by this pass's adjustment
    /// so far if not yet rewritten; the widest value if it was never written.
    private func expectedOffset(_ vertex: VertexID) -> Int {
        guard iterations[vertex.raw] != -1 else { return 0x7FFF_FFFF }
        let offset = offsets[vertex.raw]
        return iterations[vertex.raw] < iteration ? offset + offsetAdjustment : offset
    }

    private mutating func writeRelativeOffset(to vertex: VertexID) {
        guard iterations[vertex.raw] != -1 else {
            NativeFormat.appendSigned(0x7FFF_FFFF, to: &out)
            return
        }
        NativeFormat.appendSigned(Int32(truncatingIfNeeded: expectedOffset(vertex) - out.count), to: &out)
    }
}
