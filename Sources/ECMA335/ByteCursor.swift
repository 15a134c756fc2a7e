/// A bounds-checked little-endian cursor over a window of a file's bytes.
///
/// Positions are absolute file offsets, so every error names the file offset of
/// what was rejected. It holds the file's array (no copy) and never reads outside
/// `start..<end`.
public struct ByteCursor {
    public let bytes: [UInt8]
    public let start: Int
    public let end: Int
    /// Absolute file offset of the next byte.
    public var position: Int
    /// What is being read, used in error messages.
    public var context: String

    /// A cursor over `range` of `bytes`; the range is clamped to the array.
    public init(_ bytes: [UInt8], range: Range<Int>? = nil, context: String = "") {
        let r = range ?? 0..<bytes.count
        self.bytes = bytes
        self.start = max(0, min(r.lowerBound, bytes.count))
        self.end = max(self.start, min(r.upperBound, bytes.count))
        self.position = self.start
        self.context = context
    }

    @inlinable public var isAtEnd: Bool { position >= end }
    @inlinable public var remaining: Int { end - position }

    public func error(_ message: String, at offset: Int? = nil) -> MetadataError {
        MetadataError(message, context: context, offset: offset ?? position)
    }

    /// Moves to an absolute offset inside the window.
    public mutating func seek(_ offset: Int) throws {
        guard offset >= start, offset <= end else {
            throw error("offset \(offset) is outside \(start)..<\(end)", at: position)
        }
        position = offset
    }

    public mutating func skip(_ count: Int) throws {
        guard count >= 0, count <= remaining else {
            throw error("length \(count) runs past the end of input (\(remaining) bytes left)")
        }
        position += count
    }

    /// A cursor over the next `count` bytes, advancing past them.
    public mutating func subCursor(_ count: Int, context: String? = nil) throws -> ByteCursor {
        let from = position
        try skip(count)
        var sub = ByteCursor(bytes, range: from..<(from + count), context: context ?? self.context)
        sub.position = from
        return sub
    }

    @inlinable
    public mutating func readU8() throws -> UInt8 {
        guard position < end else { throw error("unexpected end of input") }
        let b = bytes[position]
        position += 1
        return b
    }

    @inlinable
    public func peekU8() throws -> UInt8 {
        guard position < end else { throw error("unexpected end of input") }
        return bytes[position]
    }

    @inlinable
    public mutating func readU16() throws -> UInt16 {
        guard end - position >= 2 else { throw error("unexpected end of input") }
        let p = position
        position += 2
        return UInt16(bytes[p]) | UInt16(bytes[p + 1]) << 8
    }

    @inlinable
    public mutating func readU32() throws -> UInt32 {
        guard end - position >= 4 else { throw error("unexpected end of input") }
        let p = position
        position += 4
        return UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16 | UInt32(bytes[p + 3]) << 24
    }

    @inlinable
    public mutating func readU64() throws -> UInt64 {
        let lo = UInt64(try readU32())
        return lo | UInt64(try readU32()) << 32
    }

    @inlinable public mutating func readI8() throws -> Int8 { Int8(bitPattern: try readU8()) }
    @inlinable public mutating func readI16() throws -> Int16 { Int16(bitPattern: try readU16()) }
    @inlinable public mutating func readI32() throws -> Int32 { Int32(bitPattern: try readU32()) }
    @inlinable public mutating func readI64() throws -> Int64 { Int64(bitPattern: try readU64()) }

    /// A 2- or 4-byte value, as metadata table columns are.
    @inlinable
    public mutating func readIndex(wide: Bool) throws -> UInt32 {
        wide ? try readU32() : UInt32(try readU16())
    }

    public mutating func readBytes(_ count: Int) throws -> [UInt8] {
        let from = position
        try skip(count)
        return Array(bytes[from..<(from + count)])
    }

    /// ECMA-335 II.23.2 compressed unsigned integer (1, 2 or 4 bytes, at most 0x1FFFFFFF).
    @inlinable
    public mutating func readCompressedUInt() throws -> UInt32 {
        let at = position
        let b0 = try readU8()
        if b0 & 0x80 == 0 { return UInt32(b0) }
        if b0 & 0xC0 == 0x80 {
            let b1 = try readU8()
            return UInt32(b0 & 0x3F) << 8 | UInt32(b1)
        }
        if b0 & 0xE0 == 0xC0 {
            let b1 = try readU8(), b2 = try readU8(), b3 = try readU8()
            return UInt32(b0 & 0x1F) << 24 | UInt32(b1) << 16 | UInt32(b2) << 8 | UInt32(b3)
        }
        throw error("invalid compressed integer lead byte 0x\(String(b0, radix: 16))", at: at)
    }

    /// ECMA-335 II.23.2 compressed signed integer (rotated sign bit).
    public mutating func readCompressedInt() throws -> Int32 {
        let at = position
        let b0 = try peekU8()
        let raw = try readCompressedUInt()
        let negative = raw & 1 != 0
        let magnitude = Int32(raw >> 1)
        guard negative else { return magnitude }
        switch b0 {
        case _ where b0 & 0x80 == 0: return magnitude - 0x40
        case _ where b0 & 0xC0 == 0x80: return magnitude - 0x2000
        case _ where b0 & 0xE0 == 0xC0: return magnitude - 0x1000_0000
        default: throw error("invalid compressed signed integer", at: at)
        }
    }
}
