/// Decodes the custom sections this library knows: `linking`, `reloc.*`, `name`,
/// `producers`, `target_features` and `dylink.0`. Any other is kept verbatim.
enum CustomSectionReader {
    static func read(_ r: inout ByteReader, copyingPayload: Bool = true) throws -> Section {
        r.context = "custom section"
        let name = try r.readName()
        r.context = name
        let section: Section
        switch name {
        case "linking": section = .linking(try readLinking(&r))
        case "name": section = .name(try readNames(&r))
        case "producers": section = .producers(try readProducers(&r))
        case "target_features": section = .targetFeatures(try readTargetFeatures(&r))
        case "dylink.0": section = .dylink(try readDylink(&r))
        default:
            if name.hasPrefix("reloc.") {
                section = .relocation(try readRelocations(&r, name: name))
            } else {
                let payload = try r.readSlice(r.remaining)
                return .custom(CustomSection(name: name, payload: copyingPayload ? Array(payload) : []))
            }
        }
        try r.expectEnd("section size mismatch")
        return section
    }

    /// Reads `type byte, size, payload` subsections until the end of the section.
    static func readSubsections<T>(_ r: inout ByteReader,
                                   _ decode: (UInt8, inout ByteReader) throws -> T) throws -> [T] {
        var items: [T] = []
        while !r.isAtEnd {
            let type = try r.readByte()
            let size = Int(try r.readVarUInt32())
            var payload = try r.subReader(size)
            items.append(try decode(type, &payload))
            try payload.expectEnd("subsection size mismatch")
        }
        return items
    }

    static func readLinking(_ r: inout ByteReader) throws -> LinkingSection {
        let start = r.position
        let version = try r.readVarUInt32()
        guard version == 2 else { throw r.error("unsupported linking section version \(version)", at: start) }
        let subsections = try readSubsections(&r) { type, p -> LinkingSubsection in
            switch LinkingSubsectionType(rawValue: type) {
            case .segmentInfo:
                return .segmentInfo(try ModuleReader.readVector(&p) {
                    SegmentInfo(name: try $0.readName(), alignmentLog2: try $0.readVarUInt32(),
                                flags: SegmentFlags(rawValue: try $0.readVarUInt32()))
                })
            case .initFuncs:
                return .initFuncs(try ModuleReader.readVector(&p) {
                    InitFunction(priority: try $0.readVarUInt32(), symbolIndex: try $0.readVarUInt32())
                })
            case .comdatInfo:
                return .comdatInfo(try ModuleReader.readVector(&p) { try readComdat(&$0) })
            case .symbolTable:
                return .symbolTable(try ModuleReader.readVector(&p) { try readSymbol(&$0) })
            case nil:
                return .unknown(type: type, payload: try p.readBytes(p.remaining))
            }
        }
        return LinkingSection(version: version, subsections: subsections)
    }

    static func readComdat(_ r: inout ByteReader) throws -> Comdat {
        let name = try r.readName()
        let flagsStart = r.position
        let flags = try r.readVarUInt32()
        guard flags == 0 else { throw r.error("unsupported comdat flags \(flags)", at: flagsStart) }
        let entries = try ModuleReader.readVector(&r) { e -> ComdatEntry in
            let kindStart = e.position
            let kindValue = try e.readVarUInt32()
            guard let kind = ComdatKind(rawValue: kindValue) else {
                throw e.error("invalid comdat entry kind \(kindValue)", at: kindStart)
            }
            return ComdatEntry(kind: kind, index: try e.readVarUInt32())
        }
        return Comdat(name: name, flags: flags, entries: entries)
    }

    static func readSymbol(_ r: inout ByteReader) throws -> SymbolInfo {
        let start = r.position
        let kindByte = try r.readByte()
        guard let kind = SymbolKind(rawValue: kindByte) else {
            throw r.error("invalid symbol kind \(kindByte)", at: start)
        }
        var symbol = SymbolInfo(kind: kind, flags: SymbolFlags(rawValue: try r.readVarUInt32()), name: nil)
        switch kind {
        case .function, .global, .tag, .table:
            symbol.index = try r.readVarUInt32()
            if symbol.encodesName { symbol.name = try r.readName() }
        case .data:
            symbol.name = try r.readName()
            if symbol.isDefined {
                symbol.index = try r.readVarUInt32()
                symbol.offset = try r.readVarUInt64()
                symbol.size = try r.readVarUInt64()
            }
        case .section:
            symbol.index = try r.readVarUInt32()
        }
        return symbol
    }

    static func readRelocations(_ r: inout ByteReader, name: String) throws -> RelocationSection {
        let target = try r.readVarUInt32()
        let entries = try ModuleReader.readVector(&r) { e -> Relocation in
            let start = e.position
            let typeValue = try e.readVarUInt32()
            guard typeValue < 256, let type = RelocationType(rawValue: UInt8(typeValue)) else {
                throw e.error("unknown relocation type \(typeValue)", at: start)
            }
            var relocation = Relocation(type: type, offset: try e.readVarUInt32(), index: try e.readVarUInt32())
            if type.hasAddend {
                relocation.addend = type.patchSize == 8 || type.patchSize == 10
                    ? try e.readVarInt64() : Int64(try e.readVarInt32())
            }
            return relocation
        }
        return RelocationSection(name: name, targetSection: target, entries: entries)
    }

    static func readNameMap(_ r: inout ByteReader) throws -> [NameAssociation] {
        try ModuleReader.readVector(&r) { NameAssociation(index: try $0.readVarUInt32(), name: try $0.readName()) }
    }

    static func readNames(_ r: inout ByteReader) throws -> NameSection {
        let subsections = try readSubsections(&r) { id, p -> NameSubsection in
            guard let known = NameSubsectionID(rawValue: id) else {
                return .unknown(id: id, payload: try p.readBytes(p.remaining))
            }
            if known == .module { return .module(try p.readName()) }
            if known.isIndirect {
                return .indirectMap(known, try ModuleReader.readVector(&p) {
                    IndirectNameAssociation(index: try $0.readVarUInt32(), names: try readNameMap(&$0))
                })
            }
            return .map(known, try readNameMap(&p))
        }
        return NameSection(subsections: subsections)
    }

    static func readProducers(_ r: inout ByteReader) throws -> ProducersSection {
        let fields = try ModuleReader.readVector(&r) { f -> ProducersSection.Field in
            let name = try f.readName()
            let values = try ModuleReader.readVector(&f) { (name: try $0.readName(), version: try $0.readName()) }
            return ProducersSection.Field(name: name, values: values)
        }
        return ProducersSection(fields: fields)
    }

    static func readTargetFeatures(_ r: inout ByteReader) throws -> TargetFeaturesSection {
        let features = try ModuleReader.readVector(&r) { f -> TargetFeaturesSection.Feature in
            let start = f.position
            let prefix = try f.readByte()
            guard prefix == UInt8(ascii: "+") || prefix == UInt8(ascii: "-") || prefix == UInt8(ascii: "=") else {
                throw f.error("unknown feature policy prefix", at: start)
            }
            return TargetFeaturesSection.Feature(prefix: prefix, name: try f.readName())
        }
        return TargetFeaturesSection(features: features)
    }

    static func readDylink(_ r: inout ByteReader) throws -> DylinkSection {
        let subsections = try readSubsections(&r) { type, p -> DylinkSection.Subsection in
            switch type {
            case 1:
                return .memoryInfo(DylinkSection.MemoryInfo(
                    memorySize: try p.readVarUInt32(), memoryAlignment: try p.readVarUInt32(),
                    tableSize: try p.readVarUInt32(), tableAlignment: try p.readVarUInt32()))
            case 2: return .needed(try ModuleReader.readVector(&p) { try $0.readName() })
            case 3:
                return .exportInfo(try ModuleReader.readVector(&p) {
                    DylinkSection.ExportInfo(name: try $0.readName(), flags: try $0.readVarUInt32())
                })
            case 4:
                return .importInfo(try ModuleReader.readVector(&p) {
                    DylinkSection.ImportInfo(module: try $0.readName(), field: try $0.readName(),
                                             flags: try $0.readVarUInt32())
                })
            case 5: return .runtimePath(try ModuleReader.readVector(&p) { try $0.readName() })
            default: return .unknown(type: type, payload: try p.readBytes(p.remaining))
            }
        }
        return DylinkSection(subsections: subsections)
    }
}
