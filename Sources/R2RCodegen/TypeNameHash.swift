/// The version-resilient name hash of ReadyToRun (CoreCLR's ComputeNameHashCode,
/// crossgen2's ReadyToRunHashCode): it depends only on names, so a type keeps its hash
/// across assembly versions. Two interleaved hashes run over the UTF-8 bytes (even and odd
/// positions), each byte sign-extended as C# `sbyte`.
public enum TypeNameHash {
    public static func name(_ text: String) -> Int32 {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return 0 }
        var hash1: Int32 = 0x6DA3_B944
        var hash2: Int32 = 0
        var index = 0
        while index < bytes.count {
            hash1 = (hash1 &+ rotateLeft(hash1, 5)) ^ Int32(Int8(bitPattern: bytes[index]))
            guard index + 1 < bytes.count else { break }
            hash2 = (hash2 &+ rotateLeft(hash2, 5)) ^ Int32(Int8(bitPattern: bytes[index + 1]))
            index += 2
        }
        hash1 = hash1 &+ rotateLeft(hash1, 8)
        hash2 = hash2 &+ rotateLeft(hash2, 8)
        return hash1 ^ hash2
    }

    public static func name(namespace: String, name typeName: String) -> Int32 {
        name(namespace) ^ name(typeName)
    }

    /// The AvailableTypes key of a type given innermost first with its enclosing types (as
    /// crossgen2's TypesTableNode computes it): the XOR of each one's namespace-and-name hash.
    public static func availableTypeKey(_ chain: [(namespace: String, name: String)]) -> UInt32 {
        UInt32(bitPattern: chain.reduce(0) { $0 ^ name(namespace: $1.namespace, name: $1.name) })
    }

    private static func rotateLeft(_ value: Int32, _ count: Int) -> Int32 {
        let bits = UInt32(bitPattern: value)
        return Int32(bitPattern: bits << UInt32(count) | bits >> UInt32(32 - count))
    }
}
