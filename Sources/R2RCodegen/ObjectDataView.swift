import ObjWriter

/// The data of a relocatable object as a reader of R2R tables needs it: each data segment's
/// bytes and file offset, the symbol table, and the data relocations by where they patch.
struct ObjectDataView {
    struct Segment {
        var name: String
        var bytes: [UInt8]
        /// Offset of the segment's bytes from the start of the data section's payload,
        /// the base of reloc.DATA offsets.
        var sectionOffset: Int
        var fileOffset: Int
    }

    /// A range of one segment (always inside it): a symbol's data plus an addend, as an RVA
    /// field names it.
    struct Region {
        var segment: Int
        var start: Int
        var count: Int
        /// `symbol+addend`, for listings.
        var label: String
    }

    let segments: [Segment]
    let symbols: [SymbolInfo]
    /// By offset from the start of the data section's payload.
    let relocations: [Int: Relocation]
    let functionImportNames: [String]

    init(_ bytes: [UInt8]) throws {
        var payloads: [Range<Int>] = []
        let module = try bytes.withUnsafeBufferPointer {
            try ModuleReader.read($0, baseOffset: 0, payloadRanges: &payloads)
        }
        symbols = module.linking?.symbols ?? []
        functionImportNames = module.imports.compactMap {
            if case .function = $0.descriptor { return $0.field } else { return nil }
        }
        guard let dataIndex = module.sectionIndex(of: .data) else {
            segments = []
            relocations = [:]
            return
        }
        let payload = payloads[dataIndex]
        let names = module.linking?.segments.map(\.name) ?? []
        segments = try bytes.withUnsafeBufferPointer { buffer in
            var reader = ByteReader(UnsafeBufferPointer(rebasing: buffer[payload]), baseOffset: payload.lowerBound,
                                    context: "data section")
            var segments: [Segment] = []
            for index in 0..<(try reader.readCount()) {
                let flags = try reader.readVarUInt32()
                if flags == 2 { _ = try reader.readVarUInt32() }
                if flags != 1 { _ = try reader.readConstExpr() }
                let size = try reader.readCount()
                let start = reader.position
                segments.append(Segment(name: index < names.count ? names[index] : "", bytes: try reader.readBytes(size),
                                        sectionOffset: start, fileOffset: payload.lowerBound + start))
            }
            return segments
        }
        var relocations: [Int: Relocation] = [:]
        for section in module.relocationSections where section.targetSection == UInt32(dataIndex) {
            for entry in section.entries { relocations[Int(entry.offset)] = entry }
        }
        self.relocations = relocations
    }

    /// The name of symbol `index`: its own, or for an undefined function without one, the import's field.
    func symbolName(_ index: UInt32) -> String {
        guard Int(index) < symbols.count else { return "<symbol \(index)>" }
        let symbol = symbols[Int(index)]
        if let name = symbol.name { return name }
        if symbol.kind == .function, Int(symbol.index) < functionImportNames.count {
            return functionImportNames[Int(symbol.index)]
        }
        return "<symbol \(index)>"
    }

    /// The defined data symbol called `name`, as the region it covers.
    func region(ofSymbol name: String) throws -> Region? {
        guard let index = symbols.firstIndex(where: { $0.kind == .data && $0.isDefined && $0.name == name }) else {
            return nil
        }
        let symbol = symbols[index]
        return try checkedRegion(segment: symbol.index, offset: symbol.offset, addend: 0, size: symbol.size, label: name)
    }

    /// A region known to lie inside its segment.
    private func checkedRegion(segment: UInt32, offset: UInt64, addend: Int64, size: UInt64, label: String) throws -> Region {
        guard segments.indices.contains(Int(segment)) else {
            throw R2RFormatError("\(label) is in data segment \(segment), which does not exist", offset: 0)
        }
        let bytes = segments[Int(segment)].bytes.count
        let start = Int64(clamping: offset).addingReportingOverflow(addend)
        guard !start.overflow, start.partialValue >= 0, size <= UInt64(bytes),
              start.partialValue <= Int64(bytes) - Int64(size) else {
            throw R2RFormatError("\(label) (\(size) bytes) runs past its data segment (\(bytes) bytes)",
                                 offset: segments[Int(segment)].fileOffset)
        }
        return Region(segment: Int(segment), start: Int(start.partialValue), count: Int(size), label: label)
    }

    func fileOffset(_ region: Region, _ offset: Int = 0) -> Int {
        segments[region.segment].fileOffset + region.start + offset
    }

    func bytes(_ region: Region) -> [UInt8] {
        Array(segments[region.segment].bytes[region.start..<(region.start + region.count)])
    }

    /// The relocation patching the 4 bytes at `offset` of `region`, which must be of `type`.
    func relocation(_ region: Region, at offset: Int, _ type: RelocationType, what: String) throws -> Relocation {
        guard offset >= 0, offset <= region.count - 4 else {
            throw R2RFormatError("\(what) lies past the end of \(region.label)", offset: fileOffset(region))
        }
        guard let relocation = relocations[segments[region.segment].sectionOffset + region.start + offset] else {
            throw R2RFormatError("\(what) has no relocation", offset: fileOffset(region, offset))
        }
        guard relocation.type == type else {
            throw R2RFormatError("\(what) has a \(relocation.type) relocation, expected \(type)",
                                 offset: fileOffset(region, offset))
        }
        return relocation
    }

    /// The region an RVA field names: its MEMORY_ADDR_I32 relocation's symbol plus addend,
    /// `size` bytes long, or with `size` nil up to the end of the symbol.
    func target(ofRVAIn region: Region, at offset: Int, size: Int?, what: String) throws -> Region {
        let relocation = try relocation(region, at: offset, .memoryAddrI32, what: what)
        let index = Int(relocation.index)
        guard index < symbols.count, symbols[index].kind == .data, symbols[index].isDefined else {
            throw R2RFormatError("\(what) points at \(symbolName(relocation.index)), not a defined data symbol",
                                 offset: fileOffset(region, offset))
        }
        let symbol = symbols[index]
        let label = symbolName(relocation.index) + (relocation.addend < 0 ? "\(relocation.addend)" : "+\(relocation.addend)")
        var length = UInt64(max(0, size ?? 0))
        if size == nil {
            guard relocation.addend >= 0, UInt64(relocation.addend) <= symbol.size else {
                throw R2RFormatError("\(what) points past the end of \(symbolName(relocation.index))",
                                     offset: fileOffset(region, offset))
            }
            length = symbol.size - UInt64(relocation.addend)
        }
        return try checkedRegion(segment: symbol.index, offset: symbol.offset, addend: relocation.addend,
                                 size: length, label: label)
    }
}
