import ECMA335

/// Writes the WebCIL v1 payload of an assembly (R2R-WASM.md §5, webcil.md): a 32-byte
/// header, one 16-byte header per section, then each section's bytes at a 16-byte-aligned
/// offset. The PE headers are dropped; every section keeps its RVA, so the CLI header,
/// metadata, IL, resources and field data stay where the metadata says they are.
public enum WebCIL {
    public static let versionMajor: UInt16 = 1
    public static let versionMinor: UInt16 = 0
    static let headerSize = WebCILHeader.size(versionMajor: versionMajor)

    /// The payload for `assembly` (a PE file, or a WebCIL payload, which is rewritten as v1).
    ///
    /// Dropped: the PE base-relocation section (`.reloc`, which only patches the x86 entry
    /// stub, meaningless on wasm; WebCIL v1 would read it as wasm relocations) and, per
    /// section, raw-data padding past its virtual size (file alignment, never addressed).
    public static func payload(of assembly: AssemblyFile) -> [UInt8] {
        let image = assembly.image
        let relocations = image.directory(5)
        let kept = image.sections.filter { section in
            guard let relocations, section.name == ".reloc" else { return true }
            return !(relocations.rva >= section.virtualAddress
                     && relocations.rva - section.virtualAddress < max(section.virtualSize, section.rawDataSize))
        }
        var out: [UInt8] = []
        out += WebCILHeader.magic
        append16(versionMajor, to: &out)
        append16(versionMinor, to: &out)
        append16(UInt16(truncatingIfNeeded: kept.count), to: &out)
        append16(0, to: &out)
        let cli = image.directory(14) ?? PEImage.DataDirectory(rva: 0, size: 0)
        let debug = image.directory(6) ?? PEImage.DataDirectory(rva: 0, size: 0)
        for field in [cli.rva, cli.size, debug.rva, debug.size, 0] { append32(field, to: &out) }

        let sizes = kept.map { section -> UInt32 in
            section.virtualSize != 0 ? min(section.virtualSize, section.rawDataSize) : section.rawDataSize
        }
        var position = alignUp(headerSize + kept.count * WebCILHeader.sectionHeaderSize)
        var positions: [Int] = []
        for size in sizes {
            positions.append(position)
            position = alignUp(position + Int(size))
        }
        for (index, section) in kept.enumerated() {
            for field in [section.virtualSize, section.virtualAddress, sizes[index], UInt32(positions[index])] {
                append32(field, to: &out)
            }
        }
        for (index, section) in kept.enumerated() {
            out += repeatElement(0, count: positions[index] - out.count)
            let start = Int(section.rawDataOffset)
            out += image.bytes[start..<(start + Int(sizes[index]))]
        }
        return out
    }

    private static func alignUp(_ value: Int) -> Int { (value + 15) & ~15 }

    private static func append16(_ value: UInt16, to out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: value))
        out.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    static func append32(_ value: UInt32, to out: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
