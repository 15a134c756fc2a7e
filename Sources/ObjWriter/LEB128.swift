/// LEB128 encoders. Decoders live in `ByteReader`, where bounds are checked.
public enum LEB128 {
    /// Appends `value` as unsigned LEB128, padded with continuation bytes to at least `width` bytes.
    @inlinable
    public static func appendUnsigned(_ value: UInt64, to out: inout [UInt8], width: Int = 0) {
        var v = value
        var count = 0
        repeat {
            var byte = UInt8(v & 0x7f)
            v >>= 7
            count += 1
            if v != 0 || count < width { byte |= 0x80 }
            out.append(byte)
        } while v != 0
        while count < width {
            count += 1
            out.append(count == width ? 0x00 : 0x80)
        }
    }

    /// Appends `value` as signed LEB128, padded with sign-continuation bytes to at least `width` bytes.
    @inlinable
    public static func appendSigned(_ value: Int64, to out: inout [UInt8], width: Int = 0) {
        var v = value
        var count = 0
        var more = true
        while more {
            var byte = UInt8(truncatingIfNeeded: v) & 0x7f
            v >>= 7
            count += 1
            more = !((v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0))
            if more || count < width { byte |= 0x80 }
            out.append(byte)
        }
        let pad: UInt8 = v < 0 ? 0x7f : 0x00
        while count < width {
            count += 1
            out.append(count == width ? pad : pad | 0x80)
        }
    }

    /// Number of bytes of the minimal unsigned encoding of `value`.
    @inlinable
    public static func unsignedSize(_ value: UInt64) -> Int {
        var v = value >> 7
        var n = 1
        while v != 0 { v >>= 7; n += 1 }
        return n
    }

    /// Writes `value` as a 5-byte padded unsigned LEB at `offset`, overwriting what is there.
    @inlinable
    public static func patchUnsigned32(_ value: UInt32, in out: inout [UInt8], at offset: Int) {
        var v = value
        for i in 0..<5 {
            let last = i == 4
            out[offset + i] = UInt8(v & 0x7f) | (last ? 0 : 0x80)
            v >>= 7
        }
    }
}
