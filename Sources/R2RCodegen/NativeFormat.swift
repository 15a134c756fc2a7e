/// The integer encodings of .NET's native format (readytorun-format.md "Native Format",
/// R2R-WASM.md §4): the low bits of the first byte give the length.
///
///     xxxxxxx0  1 byte,  value = byte >> 1
///     xxxxxx01  2 bytes, value = u16 >> 2
///     xxxxx011  3 bytes, value = u24 >> 3
///     xxxx0111  4 bytes, value = u32 >> 4
///     xxxx1111  5 bytes, value = the following u32
///
/// Signed values use the same lengths with the value sign-extended.
public enum NativeFormat {
    public static func appendUnsigned(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case ..<(1 << 7): appendLE(value << 1, bytes: 1, to: &out)
        case ..<(1 << 14): appendLE(value << 2 | 0x1, bytes: 2, to: &out)
        case ..<(1 << 21): appendLE(value << 3 | 0x3, bytes: 3, to: &out)
        case ..<(1 << 28): appendLE(value << 4 | 0x7, bytes: 4, to: &out)
        default:
            out.append(0x0F)
            appendLE(value, bytes: 4, to: &out)
        }
    }

    public static func appendSigned(_ value: Int32, to out: inout [UInt8]) {
        let bits = UInt32(bitPattern: value)
        switch Int64(value) {
        case -(1 << 6)..<(1 << 6): appendLE(bits << 1, bytes: 1, to: &out)
        case -(1 << 13)..<(1 << 13): appendLE(bits << 2 | 0x1, bytes: 2, to: &out)
        case -(1 << 20)..<(1 << 20): appendLE(bits << 3 | 0x3, bytes: 3, to: &out)
        case -(1 << 27)..<(1 << 27): appendLE(bits << 4 | 0x7, bytes: 4, to: &out)
        default:
            out.append(0x0F)
            appendLE(bits, bytes: 4, to: &out)
        }
    }

    public static func unsigned(_ value: UInt32) -> [UInt8] {
        var out: [UInt8] = []
        appendUnsigned(value, to: &out)
        return out
    }

    public static func signed(_ value: Int32) -> [UInt8] {
        var out: [UInt8] = []
        appendSigned(value, to: &out)
        return out
    }

    static func appendLE(_ value: UInt32, bytes: Int, to out: inout [UInt8]) {
        for i in 0..<bytes { out.append(UInt8(truncatingIfNeeded: value >> UInt32(8 * i))) }
    }
}

/// A failure to read native-format data or an R2R image: what was wrong and where.
public struct R2RFormatError: Error, Equatable, CustomStringConvertible, Sendable {
    public var message: String
    /// Byte offset from the start of the input (a blob, or the object file for a dump).
    public var offset: Int

    public init(_ message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { "\(message) (offset \(offset))" }

    /// The same error with its offset moved by `base` (a blob's position in a file).
    func shifted(by base: Int) -> R2RFormatError { R2RFormatError(message, offset: offset + base) }
}

/// Bounds-checked decoding of native-format data in one blob; offsets are blob offsets.
public struct NativeReader: Sendable {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public func byte(at offset: Int) throws -> UInt8 {
        guard offset >= 0, offset < bytes.count else { throw R2RFormatError("unexpected end of data", offset: offset) }
        return bytes[offset]
    }

    /// A little-endian integer of `size` bytes (1, 2 or 4).
    public func fixed(at offset: Int, size: Int) throws -> UInt32 {
        guard offset >= 0, size <= bytes.count - offset else {
            throw R2RFormatError("unexpected end of data", offset: offset)
        }
        var value: UInt32 = 0
        for i in 0..<size { value |= UInt32(bytes[offset + i]) << UInt32(8 * i) }
        return value
    }

    /// An unsigned value and the offset after it.
    public func unsigned(at offset: Int) throws -> (value: UInt32, next: Int) {
        let (raw, length) = try raw(at: offset)
        return (length == 5 ? raw : raw >> UInt32(length), offset + length)
    }

    /// A signed value and the offset after it.
    public func signed(at offset: Int) throws -> (value: Int32, next: Int) {
        let (raw, length) = try raw(at: offset)
        guard length < 5 else { return (Int32(bitPattern: raw), offset + length) }
        // Move the value's top bit to bit 31, then shift back arithmetically to sign-extend.
        let unused = UInt32(32 - 8 * length)
        let value = Int32(bitPattern: raw << unused) >> Int32(unused + UInt32(length))
        return (value, offset + length)
    }

    /// The encoded little-endian bits (length tag included) and the encoding's length.
    private func raw(at offset: Int) throws -> (UInt32, Int) {
        let first = try byte(at: offset)
        let length: Int
        switch first {
        case _ where first & 0x01 == 0: length = 1
        case _ where first & 0x03 == 0x01: length = 2
        case _ where first & 0x07 == 0x03: length = 3
        case _ where first & 0x0F == 0x07: length = 4
        case _ where first == 0x0F: return (try fixed(at: offset + 1, size: 4), 5)
        default: throw R2RFormatError("invalid native-format integer lead byte 0x\(String(first, radix: 16))", offset: offset)
        }
        return (try fixed(at: offset, size: length), length)
    }
}
