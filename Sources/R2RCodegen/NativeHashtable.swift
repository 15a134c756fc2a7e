/// The native-format hashtable (readytorun-format.md "Hashtable"): a header byte
/// `(log2 bucketCount << 2) | entryIndexSize`, `bucketCount + 1` cells (u8, u16 or u32:
/// offsets from the end of the header byte, the last one the end of the entries), then per
/// bucket its entries `{low byte of the hash, signed varint offset of the value from this
/// field}`. A hash's bucket is `(hash >> 8) & (bucketCount - 1)`.
public struct NativeHashtable: Sendable {
    public struct Entry: Equatable, Sendable {
        public var hash: UInt32
        /// The value's bytes; crossgen2 places each value after the table, in entry order.
        public var value: [UInt8]

        public init(hash: UInt32, value: [UInt8]) {
            self.hash = hash
            self.value = value
        }
    }

    /// One entry as stored: the low hash byte and where its value is.
    public struct StoredEntry: Equatable, Sendable {
        public var bucket: Int
        public var lowHash: UInt8
        public var valueOffset: Int
    }

    public let reader: NativeReader
    public let offset: Int
    public let bucketCount: Int
    /// Width of a bucket cell: 0 (u8), 1 (u16) or 2 (u32).
    public let entryIndexSize: Int
    /// Offset after the header byte; cells count from here.
    let baseOffset: Int

    /// crossgen2's default: about 13 entries per bucket.
    static let fillFactor: UInt32 = 13

    public init(_ reader: NativeReader, offset: Int, end: Int) throws {
        self.reader = reader
        self.offset = offset
        let header = try reader.byte(at: offset)
        baseOffset = offset + 1
        entryIndexSize = Int(header & 3)
        guard entryIndexSize <= 2 else {
            throw R2RFormatError("hashtable entry index size \(entryIndexSize) (0...2)", offset: offset)
        }
        let shift = Int(header >> 2)
        guard shift < 31, (((1 << shift) + 1) << entryIndexSize) <= end - baseOffset else {
            throw R2RFormatError("hashtable of \(1 << shift) buckets does not fit its \(end - offset) bytes", offset: offset)
        }
        bucketCount = 1 << shift
    }

    /// Every entry, bucket by bucket, in stored order.
    public func entries() throws -> [StoredEntry] {
        var result: [StoredEntry] = []
        for bucket in 0..<bucketCount { result += try entries(inBucket: bucket) }
        return result
    }

    /// The entries whose low hash byte and bucket match `hash`.
    public func lookup(_ hash: UInt32) throws -> [StoredEntry] {
        try entries(inBucket: Int(hash >> 8) & (bucketCount - 1)).filter { $0.lowHash == UInt8(truncatingIfNeeded: hash) }
    }

    private func entries(inBucket bucket: Int) throws -> [StoredEntry] {
        let size = 1 << entryIndexSize
        let cell = baseOffset + bucket * size
        let start = baseOffset + Int(try reader.fixed(at: cell, size: size))
        let end = baseOffset + Int(try reader.fixed(at: cell + size, size: size))
        guard start <= end, end <= reader.bytes.count else {
            throw R2RFormatError("hashtable bucket \(bucket) spans \(start)..<\(end), outside the data", offset: cell)
        }
        var result: [StoredEntry] = []
        var position = start
        while position < end {
            let lowHash = try reader.byte(at: position)
            let (delta, next) = try reader.signed(at: position + 1)
            result.append(StoredEntry(bucket: bucket, lowHash: lowHash, valueOffset: position + 1 + Int(delta)))
            position = next
        }
        return result
    }

    /// Encodes `entries` as crossgen2's `VertexHashtable` with the values placed after it in
    /// entry order (as its AvailableTypes table does), byte for byte: `count / 13` rounded up
    /// to a power of two buckets (at least one), entries stably sorted by bucket and low byte.
    public static func encode(_ entries: [Entry]) -> [UInt8] {
        var layout = NativeLayout()
        let estimate = UInt32(truncatingIfNeeded: entries.count) / fillFactor
        let bucketCount = UInt32(1) << UInt32(32 - estimate.leadingZeroBitCount)
        let table = layout.add(.bytes([]))
        layout.place(table)
        var stored: [NativeLayout.HashtableEntry] = []
        for entry in entries {
            let value = layout.add(.bytes(entry.value))
            layout.place(value)
            stored.append(NativeLayout.HashtableEntry(hash: entry.hash, value: value, offset: 0))
        }
        let mask = (bucketCount - 1) << 8 | 0xFF
        let order = stored.indices.sorted { (stored[$0].hash & mask, $0) < (stored[$1].hash & mask, $1) }
        let id = layout.addHashtable(NativeLayout.Hashtable(bucketCount: bucketCount, entries: order.map { stored[$0] }))
        layout.update(table, .hashtable(id))
        return layout.save()
    }
}
