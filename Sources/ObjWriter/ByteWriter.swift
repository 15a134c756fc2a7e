/// Appends wasm's primitive encodings to a growing byte array.
public struct ByteWriter {
    public var bytes: [UInt8]

    public init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    @inlinable public var count: Int { bytes.count }

    @inlinable public mutating func byte(_ b: UInt8) { bytes.append(b) }
    @inlinable public mutating func append<C: Collection>(_ data: C) where C.Element == UInt8 {
        bytes.append(contentsOf: data)
    }

    @inlinable public mutating func uleb(_ v: UInt32, width: Int = 0) {
        LEB128.appendUnsigned(UInt64(v), to: &bytes, width: width)
    }
    @inlinable public mutating func uleb64(_ v: UInt64, width: Int = 0) {
        LEB128.appendUnsigned(v, to: &bytes, width: width)
    }
    @inlinable public mutating func sleb(_ v: Int32, width: Int = 0) {
        LEB128.appendSigned(Int64(v), to: &bytes, width: width)
    }
    @inlinable public mutating func sleb64(_ v: Int64, width: Int = 0) {
        LEB128.appendSigned(v, to: &bytes, width: width)
    }
    @inlinable public mutating func count(_ n: Int) { uleb(UInt32(truncatingIfNeeded: n)) }

    public mutating func u32LE(_ v: UInt32) {
        bytes.append(UInt8(truncatingIfNeeded: v))
        bytes.append(UInt8(truncatingIfNeeded: v >> 8))
        bytes.append(UInt8(truncatingIfNeeded: v >> 16))
        bytes.append(UInt8(truncatingIfNeeded: v >> 24))
    }

    public mutating func u64LE(_ v: UInt64) {
        u32LE(UInt32(truncatingIfNeeded: v))
        u32LE(UInt32(truncatingIfNeeded: v >> 32))
    }

    public mutating func name(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Writes a size placeholder for a block whose length is known only at its end.
    /// With `padded`, the size is a 5-byte LEB (LLVM's object writer); otherwise the
    /// block is moved so its size is a minimal LEB (lld's output writer).
    public mutating func beginSized() -> Int {
        let mark = bytes.count
        bytes.append(contentsOf: [0x80, 0x80, 0x80, 0x80, 0x00])
        return mark
    }

    public mutating func endSized(_ mark: Int, padded: Bool) {
        let size = bytes.count - mark - 5
        if padded {
            LEB128.patchUnsigned32(UInt32(truncatingIfNeeded: size), in: &bytes, at: mark)
        } else {
            var leb: [UInt8] = []
            LEB128.appendUnsigned(UInt64(size), to: &leb)
            bytes.replaceSubrange(mark..<(mark + 5), with: leb)
        }
    }
}
