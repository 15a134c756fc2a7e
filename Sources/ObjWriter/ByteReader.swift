/// A bounds-checked cursor over bytes that decodes wasm's primitive encodings.
///
/// It is a view: create it inside `withUnsafeBufferPointer` and do not let it escape.
/// Every read that would run past the end, or that meets a malformed encoding,
/// throws a `DecodeError` carrying the absolute file offset and the current context.
public struct ByteReader {
    public let buffer: UnsafeBufferPointer<UInt8>
    /// Position of the next byte, relative to `buffer`.
    public var position: Int
    /// Where `buffer[0]` sits in the file, so errors report file offsets.
    public let baseOffset: Int
    /// The section being decoded, used in error messages.
    public var context: String

    public init(_ buffer: UnsafeBufferPointer<UInt8>, baseOffset: Int = 0, context: String = "") {
        self.buffer = buffer
        self.position = 0
        self.baseOffset = baseOffset
        self.context = context
    }

    @inlinable public var isAtEnd: Bool { position >= buffer.count }
    @inlinable public var remaining: Int { buffer.count - position }
    @inlinable public var fileOffset: Int { baseOffset + position }

    public func error(_ message: String, at position: Int? = nil) -> DecodeError {
        DecodeError(message, context: context, offset: baseOffset + (position ?? self.position))
    }

    @inlinable
    public mutating func readByte() throws -> UInt8 {
        guard position < buffer.count else { throw error("unexpected end of input") }
        let byte = buffer[position]
        position += 1
        return byte
    }

    @inlinable
    public func peekByte() throws -> UInt8 {
        guard position < buffer.count else { throw error("unexpected end of input") }
        return buffer[position]
    }

    /// Reads `count` raw bytes as a sub-buffer of this one.
    public mutating func readSlice(_ count: Int) throws -> UnsafeBufferPointer<UInt8> {
        guard count >= 0, count <= remaining else {
            throw error("length \(count) runs past the end of input (\(remaining) bytes left)")
        }
        let slice = UnsafeBufferPointer(rebasing: buffer[position..<(position + count)])
        position += count
        return slice
    }

    public mutating func readBytes(_ count: Int) throws -> [UInt8] {
        Array(try readSlice(count))
    }

    /// A reader over the next `count` bytes, sharing this reader's file offsets and context.
    public mutating func subReader(_ count: Int, context: String? = nil) throws -> ByteReader {
        let start = position
        let slice = try readSlice(count)
        return ByteReader(slice, baseOffset: baseOffset + start, context: context ?? self.context)
    }

    public mutating func readU32LE() throws -> UInt32 {
        let s = try readSlice(4)
        return UInt32(s[0]) | UInt32(s[1]) << 8 | UInt32(s[2]) << 16 | UInt32(s[3]) << 24
    }

    public mutating func readU64LE() throws -> UInt64 {
        let lo = UInt64(try readU32LE())
        let hi = UInt64(try readU32LE())
        return lo | hi << 32
    }

    /// Unsigned LEB128 of at most `bits` bits; rejects over-long encodings and stray high bits.
    @inlinable
    public mutating func readUnsignedLEB(bits: Int) throws -> UInt64 {
        let start = position
        var result: UInt64 = 0
        var shift = 0
        while true {
            let byte = try readByte()
            let payload = UInt64(byte & 0x7f)
            if shift + 7 > bits {
                // Last permitted byte: only the bits that fit may be set, and no continuation.
                let usable = bits - shift
                if byte & 0x80 != 0 || payload >> UInt64(usable) != 0 {
                    throw error("integer representation too long or too large", at: start)
                }
            }
            result |= payload << UInt64(shift)
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }

    /// Signed LEB128 of at most `bits` bits; rejects over-long encodings and bad sign bits.
    @inlinable
    public mutating func readSignedLEB(bits: Int) throws -> Int64 {
        let start = position
        var result: Int64 = 0
        var shift = 0
        while true {
            let byte = try readByte()
            let payload = Int64(byte & 0x7f)
            if shift + 7 >= bits {
                // Last permitted byte: the unused bits must all equal the sign bit.
                let usable = bits - shift
                if byte & 0x80 != 0 {
                    throw error("integer representation too long", at: start)
                }
                let signAndUnused = payload >> Int64(usable - 1)
                let allowed: Int64 = (1 << Int64(7 - usable + 1)) - 1
                if signAndUnused != 0 && signAndUnused != allowed {
                    throw error("integer too large", at: start)
                }
            }
            result |= payload << Int64(shift)
            shift += 7
            if byte & 0x80 == 0 {
                if shift < 64 && byte & 0x40 != 0 { result |= -1 << Int64(shift) }
                return result
            }
        }
    }

    @inlinable public mutating func readVarUInt32() throws -> UInt32 {
        UInt32(truncatingIfNeeded: try readUnsignedLEB(bits: 32))
    }

    @inlinable public mutating func readVarUInt64() throws -> UInt64 {
        try readUnsignedLEB(bits: 64)
    }

    @inlinable public mutating func readVarInt32() throws -> Int32 {
        Int32(truncatingIfNeeded: try readSignedLEB(bits: 32))
    }

    @inlinable public mutating func readVarInt64() throws -> Int64 {
        try readSignedLEB(bits: 64)
    }

    /// A count of items that each take at least one byte: bounded by what is left.
    public mutating func readCount() throws -> Int {
        let start = position
        let count = Int(try readVarUInt32())
        guard count <= remaining else {
            throw error("count \(count) exceeds the \(remaining) bytes left", at: start)
        }
        return count
    }

    /// A length-prefixed UTF-8 name.
    public mutating func readName() throws -> String {
        let start = position
        let length = Int(try readVarUInt32())
        let bytes = try readSlice(length)
        guard let name = String(validating: bytes, as: UTF8.self) else {
            throw error("malformed UTF-8 name", at: start)
        }
        return name
    }

    /// Fails unless every byte has been consumed.
    public func expectEnd(_ what: String) throws {
        if !isAtEnd { throw error("\(what): \(remaining) unexpected trailing bytes") }
    }
}
