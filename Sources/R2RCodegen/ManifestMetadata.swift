import ECMA335

/// The ManifestMetadata section (112): a standalone ECMA-335 metadata blob (II.24) whose
/// AssemblyRef table lists the assemblies this image's code may refer to. We write the
/// smallest valid one: a root with the input's version string, `#~` holding one Module
/// row (the input's module name and MVID) and a copy of every AssemblyRef row of the
/// input, and the `#Strings`, `#US`, `#GUID` and `#Blob` heaps those rows use.
enum ManifestMetadata {
    /// The tables ECMA-335 requires sorted, as compilers mark them in `#~`'s Sorted mask.
    static let sortedMask: UInt64 = 0x0000_1600_3301_FA00

    static func build(for assembly: AssemblyFile) throws -> [UInt8] {
        let metadata = assembly.metadata
        var strings = HeapBuilder(initial: [0])
        var blobs = HeapBuilder(initial: [0])
        let module = try metadata.module(1)
        let moduleName = strings.string(try metadata.string(module.name.offset))
        let mvid = try metadata.guid(module.mvid)

        struct Reference {
            var version: [UInt16]
            var flags: UInt32
            var publicKeyOrToken: UInt32
            var name: UInt32
            var culture: UInt32
            var hashValue: UInt32
        }
        var references: [Reference] = []
        for row in 1..<(metadata.rowCount(.assemblyRef) + 1) {
            let ref = try metadata.assemblyRef(row)
            references.append(Reference(
                version: [ref.version.0, ref.version.1, ref.version.2, ref.version.3], flags: ref.flags,
                publicKeyOrToken: blobs.blob(try blobBytes(metadata, ref.publicKeyOrToken)),
                name: strings.string(try metadata.string(ref.name.offset)),
                culture: strings.string(try metadata.string(ref.culture.offset)),
                hashValue: blobs.blob(try blobBytes(metadata, ref.hashValue))))
        }
        let guids = mvid ?? []
        // Our one GUID never needs a wide index; the other heaps may.
        let wideStrings = strings.bytes.count > 0xFFFF, wideBlobs = blobs.bytes.count > 0xFFFF

        var tables = Writer()
        tables.u32(0)
        tables.bytes([2, 0])
        tables.bytes([(wideStrings ? 0x01 : 0) | (wideBlobs ? 0x04 : 0), 1])
        let assemblyRefBit = UInt64(1) << UInt64(TableID.assemblyRef.rawValue)
        tables.u64(1 << UInt64(TableID.module.rawValue) | (references.isEmpty ? 0 : assemblyRefBit))
        tables.u64(sortedMask)
        tables.u32(1)
        if !references.isEmpty { tables.u32(UInt32(references.count)) }
        // Module: Generation, Name, Mvid, EncId, EncBaseId.
        tables.u16(0)
        tables.index(moduleName, wide: wideStrings)
        tables.u16(mvid == nil ? 0 : 1)
        tables.u16(0)
        tables.u16(0)
        // AssemblyRef: version, Flags, PublicKeyOrToken, Name, Culture, HashValue.
        for ref in references {
            for part in ref.version { tables.u16(part) }
            tables.u32(ref.flags)
            tables.index(ref.publicKeyOrToken, wide: wideBlobs)
            tables.index(ref.name, wide: wideStrings)
            tables.index(ref.culture, wide: wideStrings)
            tables.index(ref.hashValue, wide: wideBlobs)
        }

        let streams: [(name: String, bytes: [UInt8])] = [
            ("#~", tables.out), ("#Strings", strings.bytes), ("#US", [0]), ("#GUID", guids), ("#Blob", blobs.bytes),
        ]
        var root = Writer()
        root.u32(0x424A_5342)
        root.u16(1)
        root.u16(1)
        root.u32(0)
        // The padded length may not exceed 255.
        let version = Array(metadata.versionString.utf8.prefix(251)) + [0]
        root.u32(UInt32(padded(version.count)))
        root.bytes(version + Array(repeating: 0, count: padded(version.count) - version.count))
        root.u16(0)
        root.u16(UInt16(streams.count))
        let headersSize = streams.reduce(0) { $0 + 8 + padded($1.name.utf8.count + 1) }
        var offset = root.out.count + headersSize
        for stream in streams {
            root.u32(UInt32(offset))
            root.u32(UInt32(padded(stream.bytes.count)))
            let name = Array(stream.name.utf8) + [0]
            root.bytes(name + Array(repeating: 0, count: padded(name.count) - name.count))
            offset += padded(stream.bytes.count)
        }
        for stream in streams {
            root.bytes(stream.bytes + Array(repeating: 0, count: padded(stream.bytes.count) - stream.bytes.count))
        }
        return root.out
    }

    private static func blobBytes(_ metadata: Metadata, _ handle: BlobHandle) throws -> [UInt8] {
        var cursor = try metadata.blob(handle.offset)
        return try cursor.readBytes(cursor.remaining)
    }

    private static func padded(_ count: Int) -> Int { (count + 3) & ~3 }

    /// A `#Strings` or `#Blob` heap under construction; equal entries share one offset.
    private struct HeapBuilder {
        var bytes: [UInt8]
        var offsets: [[UInt8]: UInt32] = [:]

        init(initial: [UInt8]) { bytes = initial }

        mutating func string(_ text: String) -> UInt32 {
            text.isEmpty ? 0 : add(Array(text.utf8) + [0])
        }

        /// A blob with its compressed length (II.23.2) in front.
        mutating func blob(_ content: [UInt8]) -> UInt32 {
            guard !content.isEmpty else { return 0 }
            let n = UInt32(content.count)
            let length: [UInt8] = n < 0x80 ? [UInt8(n)]
                : n < 0x4000 ? [UInt8(0x80 | n >> 8), UInt8(n & 0xFF)]
                : [UInt8(0xC0 | n >> 24), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)]
            return add(length + content)
        }

        private mutating func add(_ entry: [UInt8]) -> UInt32 {
            if let offset = offsets[entry] { return offset }
            let offset = UInt32(bytes.count)
            bytes += entry
            offsets[entry] = offset
            return offset
        }
    }

    private struct Writer {
        var out: [UInt8] = []

        mutating func bytes(_ b: [UInt8]) { out += b }
        mutating func u16(_ v: UInt16) { out += [UInt8(v & 0xFF), UInt8(v >> 8)] }
        mutating func u32(_ v: UInt32) { WebCIL.append32(v, to: &out) }
        mutating func u64(_ v: UInt64) {
            u32(UInt32(truncatingIfNeeded: v))
            u32(UInt32(truncatingIfNeeded: v >> 32))
        }
        mutating func index(_ v: UInt32, wide: Bool) {
            if wide { u32(v) } else { u16(UInt16(truncatingIfNeeded: v)) }
        }
    }
}
