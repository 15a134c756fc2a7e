/// The physical metadata of one module (ECMA-335 II.24): the root, the heaps, and the
/// layout of every table in the `#~` (or uncompressed `#-`) stream.
///
/// Rows are not copied out: typed accessors (Rows.swift) read columns in place.
public struct Metadata {
    public struct Stream: Sendable {
        public var name: String
        /// Absolute file offset and size.
        public var offset: Int
        public var size: Int
    }

    /// Where a table's rows sit and how wide each column is.
    public struct TableLayout: Sendable {
        public var rowCount: UInt32 = 0
        public var rowSize: Int = 0
        public var offset: Int = 0
        public var columnOffsets: [Int] = []
        public var columnWidths: [Int] = []
    }

    public let bytes: [UInt8]
    public var majorVersion: UInt16
    public var minorVersion: UInt16
    public var versionString: String
    public var streams: [Stream]
    public var strings: Range<Int>
    public var blobs: Range<Int>
    public var guids: Range<Int>
    public var userStrings: Range<Int>
    /// `#-`: the edit-and-continue form, which may use the Ptr indirection tables.
    public var isUncompressed: Bool
    public var tablesMajorVersion: UInt8
    public var tablesMinorVersion: UInt8
    public var heapSizes: UInt8
    public var validMask: UInt64
    public var sortedMask: UInt64
    /// Indexed by table number; tables absent from the stream have no rows.
    public var tables: [TableLayout]

    /// Reads the metadata root at `range` (absolute file offsets) of `bytes`.
    public init(bytes: [UInt8], range: Range<Int>) throws {
        self.bytes = bytes
        var c = ByteCursor(bytes, range: range, context: "metadata root")
        let rootOffset = c.position
        guard try c.readU32() == 0x424A_5342 else { throw c.error("bad metadata signature (expected BSJB)", at: rootOffset) }
        majorVersion = try c.readU16()
        minorVersion = try c.readU16()
        try c.skip(4)
        let versionLength = Int(try c.readU32())
        guard versionLength <= 255 else { throw c.error("version string length \(versionLength) exceeds 255", at: c.position - 4) }
        versionString = String(decoding: try c.readBytes(versionLength).prefix { $0 != 0 }, as: UTF8.self)
        try c.skip(2)
        let streamCount = Int(try c.readU16())
        streams = []
        var found: [String: Range<Int>] = [:]
        for _ in 0..<streamCount {
            let headerAt = c.position
            let offset = Int(try c.readU32()), size = Int(try c.readU32())
            var name: [UInt8] = []
            while true {
                let b = try c.readU8()
                if b == 0 { break }
                name.append(b)
                guard name.count < 32 else { throw c.error("stream name longer than 32 bytes", at: headerAt + 8) }
            }
            try c.skip((4 - (name.count + 1) % 4) % 4)
            let streamName = String(decoding: name, as: UTF8.self)
            guard offset + size <= range.count else {
                throw c.error("stream \(streamName) (\(offset)+\(size)) runs past the metadata (\(range.count) bytes)", at: headerAt)
            }
            guard found[streamName] == nil else { throw c.error("duplicate stream \(streamName)", at: headerAt) }
            let absolute = rootOffset + offset
            found[streamName] = absolute..<(absolute + size)
            streams.append(Stream(name: streamName, offset: absolute, size: size))
        }
        strings = found["#Strings"] ?? rootOffset..<rootOffset
        blobs = found["#Blob"] ?? rootOffset..<rootOffset
        guids = found["#GUID"] ?? rootOffset..<rootOffset
        userStrings = found["#US"] ?? rootOffset..<rootOffset
        let compressed = found["#~"], uncompressed = found["#-"]
        guard let tablesRange = compressed ?? uncompressed else { throw c.error("no #~ or #- stream", at: rootOffset) }
        guard compressed == nil || uncompressed == nil else { throw c.error("both #~ and #- streams", at: rootOffset) }
        isUncompressed = compressed == nil

        var t = ByteCursor(bytes, range: tablesRange, context: isUncompressed ? "#-" : "#~")
        try t.skip(4)
        tablesMajorVersion = try t.readU8()
        tablesMinorVersion = try t.readU8()
        heapSizes = try t.readU8()
        try t.skip(1)
        validMask = try t.readU64()
        sortedMask = try t.readU64()
        let maskAt = t.position - 16
        guard validMask >> 0x2D == 0 else {
            throw t.error("valid mask 0x\(String(validMask, radix: 16)) names tables past 0x2C", at: maskAt)
        }
        tables = Array(repeating: TableLayout(), count: TableID.allCases.count)
        for table in TableID.allCases where validMask & (1 << UInt64(table.rawValue)) != 0 {
            tables[Int(table.rawValue)].rowCount = try t.readU32()
            guard tables[Int(table.rawValue)].rowCount <= 0x00FF_FFFF else {
                throw t.error("\(table.name) has \(tables[Int(table.rawValue)].rowCount) rows (more than a token can address)",
                              at: t.position - 4)
            }
        }
        // Heap-size bit 0x40 (written by some ENC tools) adds 4 bytes of extra data after the row counts.
        if heapSizes & 0x40 != 0 { try t.skip(4) }
        var offset = t.position
        for table in TableID.allCases {
            var layout = tables[Int(table.rawValue)]
            var columnOffset = 0
            for column in TableSchema.columns(table) {
                let width = columnWidth(column.kind)
                layout.columnOffsets.append(columnOffset)
                layout.columnWidths.append(width)
                columnOffset += width
            }
            layout.rowSize = columnOffset
            layout.offset = offset
            let size = Int(layout.rowCount) * columnOffset
            guard size <= tablesRange.upperBound - offset else {
                throw t.error("\(table.name) (\(layout.rowCount) rows of \(columnOffset) bytes) runs past the end of the stream",
                              at: offset)
            }
            offset += size
            tables[Int(table.rawValue)] = layout
        }
    }

    private func columnWidth(_ kind: ColumnKind) -> Int {
        switch kind {
        case .u8: 1
        case .u16: 2
        case .u32: 4
        case .string: heapSizes & 0x01 != 0 ? 4 : 2
        case .guid: heapSizes & 0x02 != 0 ? 4 : 2
        case .blob: heapSizes & 0x04 != 0 ? 4 : 2
        case .index(let table, _): rowCount(table) > 0xFFFF ? 4 : 2
        case .coded(let kind):
            kind.tables.map { $0.map(rowCount) ?? 0 }.max().map { $0 >= (1 << (16 - kind.tagBits)) ? 4 : 2 } ?? 2
        }
    }

    @inlinable public func rowCount(_ table: TableID) -> UInt32 { tables[Int(table.rawValue)].rowCount }

    public func isSorted(_ table: TableID) -> Bool { sortedMask & (1 << UInt64(table.rawValue)) != 0 }

    /// The raw value of one column of one row; `row` must be in 1...rowCount (checked by `checkRow`).
    @inlinable
    public func cell(_ table: TableID, _ row: UInt32, _ column: Int) -> UInt32 {
        let layout = tables[Int(table.rawValue)]
        let at = layout.offset + Int(row - 1) * layout.rowSize + layout.columnOffsets[column]
        switch layout.columnWidths[column] {
        case 1: return UInt32(bytes[at])
        case 2: return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8
        default:
            return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
    }

    /// File offset of a cell, for error messages.
    public func cellOffset(_ table: TableID, _ row: UInt32, _ column: Int) -> Int {
        let layout = tables[Int(table.rawValue)]
        return layout.offset + Int(row - 1) * layout.rowSize + layout.columnOffsets[column]
    }

    public func checkRow(_ table: TableID, _ row: UInt32) throws {
        guard row >= 1, row <= rowCount(table) else {
            throw MetadataError("row \(row) is out of range (table has \(rowCount(table)) rows)", context: table.name,
                                offset: tables[Int(table.rawValue)].offset)
        }
    }

    /// A coded index column decoded to a token (row 0 = null); an unused or unknown tag is an error.
    public func codedToken(_ table: TableID, _ row: UInt32, _ column: Int, _ kind: CodedIndexKind) throws -> MetadataToken {
        let value = cell(table, row, column)
        let tag = Int(value & ((1 << UInt32(kind.tagBits)) - 1))
        let tables = kind.tables
        guard tag < tables.count, let target = tables[tag] else {
            throw MetadataError("\(kind.name) coded index 0x\(String(value, radix: 16)) has invalid tag \(tag)",
                                context: "\(table.name) row \(row)", offset: cellOffset(table, row, column))
        }
        return MetadataToken(target, row: value >> UInt32(kind.tagBits))
    }

    // MARK: Heaps

    /// The `#Strings` entry at `offset` (UTF-8, NUL-terminated).
    public func string(_ offset: UInt32) throws -> String {
        let start = strings.lowerBound + Int(offset)
        guard Int(offset) < strings.count else {
            throw MetadataError("string offset \(offset) is past the heap (\(strings.count) bytes)", context: "#Strings",
                                offset: strings.lowerBound)
        }
        var end = start
        while end < strings.upperBound, bytes[end] != 0 { end += 1 }
        guard end < strings.upperBound else {
            throw MetadataError("string at \(offset) is not NUL-terminated", context: "#Strings", offset: start)
        }
        guard let s = String(validating: bytes[start..<end], as: UTF8.self) else {
            throw MetadataError("string at \(offset) is not valid UTF-8", context: "#Strings", offset: start)
        }
        return s
    }

    /// Whether the `#Strings` entry at `offset` equals `text`, without building a String.
    public func stringEquals(_ offset: UInt32, _ text: String) -> Bool {
        var at = strings.lowerBound + Int(offset)
        for byte in text.utf8 {
            guard at < strings.upperBound, bytes[at] == byte else { return false }
            at += 1
        }
        return at < strings.upperBound && bytes[at] == 0
    }

    /// A cursor over the `#Blob` entry at `offset`: its bytes, without the length prefix.
    public func blob(_ offset: UInt32, context: String = "#Blob") throws -> ByteCursor {
        var c = ByteCursor(bytes, range: blobs, context: context)
        guard Int(offset) < blobs.count else {
            throw c.error("blob offset \(offset) is past the heap (\(blobs.count) bytes)", at: blobs.lowerBound)
        }
        try c.seek(blobs.lowerBound + Int(offset))
        let length = Int(try c.readCompressedUInt())
        return try c.subCursor(length)
    }

    /// The 16 bytes of `#GUID` entry `index` (1-based; 0 = none).
    public func guid(_ index: UInt32) throws -> [UInt8]? {
        guard index != 0 else { return nil }
        guard Int(index) * 16 <= guids.count else {
            throw MetadataError("GUID index \(index) is past the heap (\(guids.count / 16) entries)", context: "#GUID",
                                offset: guids.lowerBound)
        }
        let at = guids.lowerBound + Int(index - 1) * 16
        return Array(bytes[at..<(at + 16)])
    }

    /// The UTF-16 code units of the `#US` entry at `offset` (the `ldstr` operand), exactly as
    /// stored: literals may hold unpaired surrogates, which a Swift String cannot.
    public func userStringUnits(_ offset: UInt32) throws -> [UInt16] {
        var c = ByteCursor(bytes, range: userStrings, context: "#US")
        guard Int(offset) < userStrings.count, offset != 0 else {
            throw c.error("user string offset \(offset) is not inside the heap (\(userStrings.count) bytes)",
                          at: userStrings.lowerBound)
        }
        try c.seek(userStrings.lowerBound + Int(offset))
        let length = Int(try c.readCompressedUInt())
        let at = c.position
        guard length % 2 == 1 else { throw c.error("user string length \(length) is even (no flag byte)", at: at) }
        var units: [UInt16] = []
        units.reserveCapacity(length / 2)
        for _ in 0..<(length / 2) { units.append(try c.readU16()) }
        try c.skip(1)
        return units
    }

    /// The `#US` entry as text; unpaired surrogates become U+FFFD.
    public func userString(_ offset: UInt32) throws -> String {
        String(decoding: try userStringUnits(offset), as: UTF16.self)
    }
}
