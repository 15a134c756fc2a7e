/// The native-format sparse array (readytorun-format.md "Sparse Array"): a varuint header
/// `(count << 2) | entryIndexSize`, a block index with one offset per 16 elements (u8, u16
/// or u32, from the end of the header), and per block a binary tree of depth 4 whose nodes
/// are varuints — bit 0: has a lower child (written right after the node), bit 1: has a
/// higher child, bits 2+: the higher child's offset from the node. A node with neither bit
/// stands for the one element `bits 2+` of its subtree; blocks without elements share one
/// such node (index 16, matching nothing).
public struct NativeArray: Sendable {
    public let reader: NativeReader
    /// Offset of the header.
    public let offset: Int
    public let count: Int
    /// Width of a block-index entry: 0 (u8), 1 (u16) or 2 (u32).
    public let entryIndexSize: Int
    /// Offset of the block index; block offsets count from here.
    let blocksOffset: Int

    static let blockSize = 16

    public init(_ reader: NativeReader, offset: Int) throws {
        self.reader = reader
        self.offset = offset
        let (header, next) = try reader.unsigned(at: offset)
        count = Int(header >> 2)
        entryIndexSize = Int(header & 3)
        guard entryIndexSize <= 2 else { throw R2RFormatError("array entry index size \(entryIndexSize) (0...2)", offset: offset) }
        guard ((count + NativeArray.blockSize - 1) / NativeArray.blockSize) << entryIndexSize <= reader.bytes.count - next else {
            throw R2RFormatError("block index of \(count) elements runs past the end of the data", offset: offset)
        }
        blocksOffset = next
    }

    /// The offset of element `index`'s data, or nil when the array has no such element.
    public func elementOffset(_ index: Int) throws -> Int? {
        guard index >= 0, index < count else { return nil }
        let cell = blocksOffset + ((index / NativeArray.blockSize) << entryIndexSize)
        var position = blocksOffset + Int(try reader.fixed(at: cell, size: 1 << entryIndexSize))
        var bit = NativeArray.blockSize >> 1
        while bit > 0 {
            let (node, next) = try reader.unsigned(at: position)
            if index & bit != 0, node & 2 != 0 {
                position += Int(node >> 2)
            } else if index & bit == 0, node & 1 != 0 {
                position = next
            } else if node & 3 == 0, Int(node >> 2) == index & (NativeArray.blockSize - 1) {
                return next
            } else {
                return nil
            }
            bit >>= 1
        }
        return position
    }

    /// Encodes `elements` (nil: absent) as crossgen2's `VertexArray` does, byte for byte:
    /// the same trees, the same placement order, the same offset-settling passes.
    public static func encode(_ elements: [[UInt8]?]) -> [UInt8] {
        var layout = NativeLayout()
        var entries: [NativeLayout.VertexID?] = []
        for element in elements { entries.append(element.map { layout.add(.bytes($0)) }) }
        let array = layout.add(.array(count: 0, blocks: []))
        layout.place(array)
        var blocks: [NativeLayout.VertexID] = []
        var emptyBlock: NativeLayout.VertexID?
        for start in stride(from: 0, to: entries.count, by: blockSize) {
            if let block = expand(&layout, entries, index: start, depth: 4, place: true).root {
                blocks.append(block)
            } else if let emptyBlock {
                blocks.append(emptyBlock)
            } else {
                let leaf = layout.add(.leaf(child: nil, index: UInt32(blockSize)))
                layout.place(leaf)
                emptyBlock = leaf
                blocks.append(leaf)
            }
        }
        layout.update(array, .array(count: UInt32(truncatingIfNeeded: entries.count), blocks: blocks))
        return layout.save()
    }

    /// Builds the subtree of `1 << depth` elements from `index`. A subtree holding one element
    /// collapses to a leaf, which moves up to the highest level where it is alone. With
    /// `place`, the subtree's root is placed (otherwise its parent writes it inline); a
    /// node's higher child is always placed, in the order crossgen2 places it.
    private static func expand(_ layout: inout NativeLayout, _ entries: [NativeLayout.VertexID?], index: Int,
                               depth: Int, place: Bool) -> (root: NativeLayout.VertexID?, isLeaf: Bool) {
        if depth == 1 {
            let first = index < entries.count ? entries[index] : nil
            let second = index + 1 < entries.count ? entries[index + 1] : nil
            switch (first, second) {
            case (nil, nil):
                return (nil, true)
            case (let first?, let second?):
                let tree = layout.add(.tree(first: first, second: second))
                if place { layout.place(tree) }
                layout.place(second)
                return (tree, false)
            default:
                let position = first == nil ? index + 1 : index
                let leaf = layout.add(.leaf(child: first ?? second, index: UInt32(position & (blockSize - 1))))
                if place { layout.place(leaf) }
                return (leaf, true)
            }
        }
        let tree = layout.add(.tree(first: nil, second: nil))
        if place { layout.place(tree) }
        let (first, firstIsLeaf) = expand(&layout, entries, index: index, depth: depth - 1, place: false)
        let (second, secondIsLeaf) = expand(&layout, entries, index: index + (1 << (depth - 1)), depth: depth - 1,
                                            place: true)
        switch (first, second) {
        case (nil, nil):
            if place { layout.unplaceLast() }
            return (nil, true)
        case (nil, let second?) where secondIsLeaf:
            layout.unplaceLast()
            if place {
                layout.unplaceLast()
                layout.place(second)
            }
            return (second, true)
        case (let first?, nil) where firstIsLeaf:
            if place {
                layout.unplaceLast()
                layout.place(first)
            }
            return (first, true)
        default:
            layout.update(tree, .tree(first: first, second: second))
            return (tree, false)
        }
    }
}
