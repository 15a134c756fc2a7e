import ObjWriter

/// The signature of fixup 0x39, InjectStringThunks (R2R-WASM.md §3): the kind byte, then
/// `{NUL-terminated UTF-8 key; u32 value}` pairs sorted ordinally by key, then one 0x00 (an
/// empty key, no value). On wasm32 each value is the table index of a thunk, written as 0
/// with an R_WASM_TABLE_INDEX_I32 relocation.
public enum InjectStringThunks {
    public static let fixupKind: UInt8 = 0x39

    public struct Pair: Equatable, Sendable {
        public var key: String
        /// Offset of the u32 value in the signature.
        public var valueOffset: Int
    }

    /// The signature for `thunks` (any order) with one relocation per value. Keys are sorted
    /// by their UTF-8 bytes, which for the ASCII signature strings is .NET's ordinal order.
    static func encode(_ thunks: [R2RImage.Thunk]) throws -> (bytes: [UInt8], relocations: [Relocation]) {
        let sorted = thunks.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var bytes: [UInt8] = [fixupKind]
        var relocations: [Relocation] = []
        var previous: String?
        for thunk in sorted {
            guard !thunk.key.isEmpty, !thunk.key.utf8.contains(0) else {
                throw R2RImageError("thunk key \(String(reflecting: thunk.key)) is empty or contains NUL")
            }
            guard thunk.key != previous else { throw R2RImageError("thunk key \(thunk.key) is given twice") }
            previous = thunk.key
            bytes += thunk.key.utf8
            bytes.append(0)
            relocations.append(Relocation(type: .tableIndexI32, offset: UInt32(bytes.count), index: thunk.function.raw))
            bytes += [0, 0, 0, 0]
        }
        bytes.append(0)
        return (bytes, relocations)
    }

    /// The pairs of a signature that starts at `offset` of `bytes` and must end by `end`.
    public static func decode(_ bytes: [UInt8], offset: Int, end: Int) throws -> [Pair] {
        let end = min(end, bytes.count)
        guard offset < end else { throw R2RFormatError("InjectStringThunks signature is empty", offset: offset) }
        guard bytes[offset] == fixupKind else {
            throw R2RFormatError("fixup kind 0x\(String(bytes[offset], radix: 16)) is not InjectStringThunks (0x39)",
                                 offset: offset)
        }
        var pairs: [Pair] = []
        var position = offset + 1
        while true {
            guard let nul = bytes[position..<end].firstIndex(of: 0) else {
                throw R2RFormatError("InjectStringThunks key is not NUL-terminated", offset: position)
            }
            if nul == position { return pairs }
            guard let key = String(validating: bytes[position..<nul], as: UTF8.self) else {
                throw R2RFormatError("InjectStringThunks key is not UTF-8", offset: position)
            }
            guard nul + 5 <= end else { throw R2RFormatError("InjectStringThunks value runs past the end", offset: nul + 1) }
            if let last = pairs.last, !last.key.utf8.lexicographicallyPrecedes(key.utf8) {
                throw R2RFormatError("InjectStringThunks key \(key) is not after \(last.key)", offset: position)
            }
            pairs.append(Pair(key: key, valueOffset: nul + 1))
            position = nul + 5
        }
    }
}

/// A compiler input R2RImage cannot describe: a method row out of range, a duplicate thunk key.
public struct R2RImageError: Error, Equatable, CustomStringConvertible, Sendable {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
