import ECMA335
import ObjWriter

/// `r2r-cc --dump-r2r`: the ReadyToRun images of a relocatable object, listed the way .NET's
/// r2rdump lists an image: for every `RTR_HEADER:<assembly>` symbol its header and section
/// table (each RVA shown as the `symbol+offset` its relocation names), then the sections
/// R2RImage writes, decoded, and the `WEBCIL:<assembly>` payload's header. Names of methods
/// and types come from the WebCIL payload's metadata; functions are named by their symbols.
///
/// Malformed input throws `R2RFormatError`, `DecodeError` (the wasm layer) or
/// `MetadataError` (an embedded assembly), each with a file offset.
public enum R2RDump {
    public static func render(_ object: [UInt8]) throws -> String {
        let view = try ObjectDataView(object)
        let headers = view.symbols.compactMap { symbol -> String? in
            guard symbol.kind == .data, symbol.isDefined, let name = symbol.name, name.hasPrefix("RTR_HEADER:") else {
                return nil
            }
            return name
        }
        guard !headers.isEmpty else { throw R2RFormatError("no RTR_HEADER symbol: not an r2r-cc object", offset: 0) }
        var images: [String] = []
        for name in headers {
            guard let region = try view.region(ofSymbol: name) else { continue }
            var image = ImageDump(view: view, header: region, assembly: String(name.dropFirst("RTR_HEADER:".count)))
            images.append(try image.render())
        }
        return images.joined(separator: "\n")
    }
}

/// The listing of one image.
private struct ImageDump {
    let view: ObjectDataView
    let header: ObjectDataView.Region
    let assembly: String
    var out = ""
    /// Functions of RuntimeFunctions, by entry index.
    var entryFunctions: [String] = []

    init(view: ObjectDataView, header: ObjectDataView.Region, assembly: String) {
        self.view = view
        self.header = header
        self.assembly = assembly
    }

    struct Section {
        var type: UInt32
        var region: ObjectDataView.Region
    }

    mutating func render() throws -> String {
        let bytes = view.bytes(header)
        let reader = NativeReader(bytes)
        let base = view.fileOffset(header)
        guard bytes.count >= R2RFormat.headerSize else {
            throw R2RFormatError("R2R header is \(bytes.count) bytes (at least \(R2RFormat.headerSize))", offset: base)
        }
        let (signature, major, minor, flags, count) = try shifted(base) {
            (try reader.fixed(at: 0, size: 4), try reader.fixed(at: 4, size: 2), try reader.fixed(at: 6, size: 2),
             try reader.fixed(at: 8, size: 4), Int(try reader.fixed(at: 12, size: 4)))
        }
        guard signature == R2RFormat.signature else {
            throw R2RFormatError("R2R header signature is \(hex(signature)), not \(hex(R2RFormat.signature)) (RTR)",
                                 offset: base)
        }
        guard count <= (bytes.count - R2RFormat.headerSize) / R2RFormat.sectionEntrySize else {
            throw R2RFormatError("\(count) sections do not fit the \(bytes.count)-byte header", offset: base + 12)
        }
        let flagNames = R2RFormat.flagNames.filter { flags & $0.0 != 0 }.map(\.1)
        out += "R2R image \(header.label) (data segment \(header.segment) \(view.segments[header.segment].name), "
            + "\(bytes.count) bytes)\n"
        out += "Signature:        \(hex(signature)) (RTR)\n"
        out += "Version:          \(major).\(minor)\n"
        out += "Flags:            \(hex(flags))\(flagNames.isEmpty ? "" : " (" + flagNames.joined(separator: ", ") + ")")\n"
        out += "NumberOfSections: \(count)\n\n"

        var sections: [Section] = []
        for index in 0..<count {
            let at = R2RFormat.headerSize + index * R2RFormat.sectionEntrySize
            let type = try shifted(base) { try reader.fixed(at: at, size: 4) }
            let size = Int(try shifted(base) { try reader.fixed(at: at + 8, size: 4) })
            let name = R2RSectionType(rawValue: type)?.name ?? "Unknown"
            if let previous = sections.last, previous.type >= type {
                throw R2RFormatError("section \(type) follows section \(previous.type): not sorted by type", offset: base + at)
            }
            let region = try view.target(ofRVAIn: header, at: at + 4, size: size, what: "RVA of section \(type) \(name)")
            sections.append(Section(type: type, region: region))
        }
        let typeWidth = sections.map { (R2RSectionType(rawValue: $0.type)?.name ?? "Unknown").count }.max() ?? 0
        let rvaWidth = sections.map(\.region.label.count).max() ?? 0
        out += "Sections:\n"
        for section in sections {
            let name = R2RSectionType(rawValue: section.type)?.name ?? "Unknown"
            out += "  \(section.type) \(pad(name, typeWidth))  \(pad(section.region.label, rvaWidth))  \(section.region.count)\n"
        }

        let webcil = try webcilAssembly()
        for section in sections {
            switch R2RSectionType(rawValue: section.type) {
            case .compilerIdentifier: try compilerIdentifier(section.region)
            case .importSections: try importSections(section.region)
            case .runtimeFunctions: try runtimeFunctions(section.region)
            case .methodDefEntryPoints: try methodDefEntryPoints(section.region, webcil.assembly)
            case .availableTypes: try availableTypes(section.region, webcil.assembly)
            case .manifestMetadata: try manifestMetadata(section.region)
            default: break
            }
        }
        webcilHeader(webcil.region, webcil.assembly)
        return out
    }

    // MARK: - Sections

    mutating func compilerIdentifier(_ region: ObjectDataView.Region) throws {
        let bytes = view.bytes(region)
        guard let nul = bytes.firstIndex(of: 0), nul == bytes.count - 1 else {
            throw R2RFormatError("CompilerIdentifier is not one NUL-terminated string", offset: view.fileOffset(region))
        }
        out += "\nCompilerIdentifier: \(String(decoding: bytes[..<nul], as: UTF8.self))\n"
    }

    mutating func importSections(_ region: ObjectDataView.Region) throws {
        let reader = NativeReader(view.bytes(region))
        let base = view.fileOffset(region)
        guard region.count % R2RFormat.importSectionSize == 0 else {
            throw R2RFormatError("ImportSections is \(region.count) bytes, not a multiple of 20", offset: base)
        }
        let count = region.count / R2RFormat.importSectionSize
        out += "\nImportSections: \(count)\n"
        for index in 0..<count {
            let at = index * R2RFormat.importSectionSize
            let (size, flags, type, entrySize) = try shifted(base) {
                (Int(try reader.fixed(at: at + 4, size: 4)), try reader.fixed(at: at + 8, size: 2),
                 try reader.fixed(at: at + 10, size: 1), Int(try reader.fixed(at: at + 11, size: 1)))
            }
            guard entrySize > 0, size % entrySize == 0 else {
                throw R2RFormatError("import section \(index): size \(size) is not a multiple of entry size \(entrySize)",
                                     offset: base + at + 4)
            }
            let slots = size / entrySize
            let cells = try view.target(ofRVAIn: region, at: at, size: size, what: "import section \(index) RVA")
            let signatures = try view.target(ofRVAIn: region, at: at + 12, size: 4 * slots,
                                             what: "import section \(index) Signatures")
            let auxiliary = view.relocations[view.segments[region.segment].sectionOffset + region.start + at + 16]
            let auxiliaryText = try auxiliary == nil
                ? hex(shifted(base) { try reader.fixed(at: at + 16, size: 4) })
                : view.target(ofRVAIn: region, at: at + 16, size: 0, what: "import section \(index) AuxiliaryData").label
            var flagNames: [String] = []
            if flags & UInt32(R2RFormat.importSectionEager) != 0 { flagNames.append("Eager") }
            if flags & UInt32(R2RFormat.importSectionPCode) != 0 { flagNames.append("PCode") }
            out += "  [\(index)] Section \(cells.label), \(size) bytes; Flags \(hex(flags, digits: 4))"
                + (flagNames.isEmpty ? "" : " (" + flagNames.joined(separator: ", ") + ")")
                + "; Type \(type); EntrySize \(entrySize)\n"
            out += "      Signatures \(signatures.label); AuxiliaryData \(auxiliaryText)\n"
            for slot in 0..<slots {
                let signature = try view.target(ofRVAIn: signatures, at: 4 * slot, size: nil,
                                                what: "signature of import section \(index) slot \(slot)")
                try fixup(signature, slot: slot)
            }
        }
    }

    mutating func fixup(_ signature: ObjectDataView.Region, slot: Int) throws {
        let bytes = view.bytes(signature)
        let base = view.fileOffset(signature)
        guard let kind = bytes.first else { throw R2RFormatError("fixup signature of slot \(slot) is empty", offset: base) }
        let kindName = R2RFormat.fixupName(kind) ?? "fixup"
        guard kind == InjectStringThunks.fixupKind else {
            out += "      slot \(slot): \(kindName) (\(hex(UInt32(kind), digits: 2))) at \(signature.label)\n"
            return
        }
        let pairs = try shifted(base) { try InjectStringThunks.decode(bytes, offset: 0, end: bytes.count) }
        out += "      slot \(slot): \(kindName) (0x39) at \(signature.label), \(pairs.count) key\(pairs.count == 1 ? "" : "s")\n"
        let width = pairs.map(\.key.count).max() ?? 0
        for pair in pairs {
            let relocation = try view.relocation(signature, at: pair.valueOffset, .tableIndexI32,
                                                 what: "InjectStringThunks value of \(pair.key)")
            out += "        \(pad(pair.key, width)) -> \(view.symbolName(relocation.index))\n"
        }
    }

    mutating func runtimeFunctions(_ region: ObjectDataView.Region) throws {
        guard region.count % 4 == 0 else {
            throw R2RFormatError("RuntimeFunctions is \(region.count) bytes, not a multiple of 4", offset: view.fileOffset(region))
        }
        entryFunctions = try (0..<(region.count / 4)).map { index in
            view.symbolName(try view.relocation(region, at: 4 * index, .tableIndexI32,
                                                what: "RuntimeFunctions entry \(index)").index)
        }
        out += "\nRuntimeFunctions: \(entryFunctions.count)\n"
        for (index, name) in entryFunctions.enumerated() { out += "  [\(index)] \(name)\n" }
    }

    mutating func methodDefEntryPoints(_ region: ObjectDataView.Region, _ assembly: AssemblyFile) throws {
        let reader = NativeReader(view.bytes(region))
        let base = view.fileOffset(region)
        let array = try shifted(base) { try NativeArray(reader, offset: 0) }
        let present = try shifted(base) {
            try (0..<array.count).compactMap { index in try array.elementOffset(index).map { (index, $0) } }
        }
        out += "\nMethodDefEntryPoints: NativeArray of \(array.count) elements, \(cellName(array.entryIndexSize)) "
            + "block offsets, \(present.count) present\n"
        for (index, offset) in present {
            let value = try shifted(base) { try reader.unsigned(at: offset).value }
            let row = UInt32(index + 1)
            let entry = Int(value >> 1)
            guard row <= assembly.metadata.rowCount(.methodDef) else {
                throw R2RFormatError("MethodDefEntryPoints element \(index) is past the MethodDef table", offset: base + offset)
            }
            guard entry < entryFunctions.count else {
                throw R2RFormatError("MethodDefEntryPoints element \(index): entry \(entry) is past RuntimeFunctions "
                                     + "(\(entryFunctions.count))", offset: base + offset)
            }
            let method = try assembly.metadata.methodDef(row)
            let name = try assembly.typeDefName(try assembly.declaringType(ofMethod: row)) + "::"
                + (try assembly.metadata.string(method.name.offset))
            out += "  \(MetadataToken(.methodDef, row: row)) \(name): entry \(entry)\(value & 1 != 0 ? " (fixups)" : "")"
                + " -> \(entryFunctions[entry])\n"
        }
    }

    mutating func availableTypes(_ region: ObjectDataView.Region, _ assembly: AssemblyFile) throws {
        let reader = NativeReader(view.bytes(region))
        let base = view.fileOffset(region)
        let table = try shifted(base) { try NativeHashtable(reader, offset: 0, end: region.count) }
        let stored = try shifted(base) { try table.entries() }
        var types: [MetadataToken: AvailableTypes.Entry] = [:]
        for entry in try AvailableTypes.entries(of: assembly) { types[entry.token] = entry }
        out += "\nAvailableTypes: NativeHashtable, \(table.bucketCount) bucket\(table.bucketCount == 1 ? "" : "s"), "
            + "\(cellName(table.entryIndexSize)) cells, \(stored.count) entries\n"
        for entry in stored {
            let value = try shifted(base) { try reader.unsigned(at: entry.valueOffset).value }
            let token = MetadataToken(value & 1 == 0 ? .typeDef : .exportedType, row: value >> 1)
            guard let type = types[token] else {
                throw R2RFormatError("AvailableTypes names \(token), which the metadata lacks", offset: base + entry.valueOffset)
            }
            guard Int(type.key >> 8) & (table.bucketCount - 1) == entry.bucket, UInt8(truncatingIfNeeded: type.key) == entry.lowHash else {
                throw R2RFormatError("AvailableTypes entry of \(type.name) does not match its name's hash \(hex(type.key))",
                                     offset: base + entry.valueOffset)
            }
            out += "  \(token.table == .typeDef ? "TypeDef" : "ExportedType") \(token) \(type.name) (key \(hex(type.key)))\n"
        }
    }

    mutating func manifestMetadata(_ region: ObjectDataView.Region) throws {
        let bytes = view.bytes(region)
        let base = view.fileOffset(region)
        var lines: [String] = []
        let module = try shifted(base) {
            let metadata = try Metadata(bytes: bytes, range: 0..<bytes.count)
            for row in 1..<(metadata.rowCount(.assemblyRef) + 1) {
                let ref = try metadata.assemblyRef(row)
                var key = try metadata.blob(ref.publicKeyOrToken.offset)
                let keyBytes = try key.readBytes(key.remaining)
                let culture = try metadata.string(ref.culture.offset)
                lines.append("  [\(row)] \(try metadata.string(ref.name.offset)), Version=\(ref.version.0).\(ref.version.1)."
                    + "\(ref.version.2).\(ref.version.3), Culture=\(culture.isEmpty ? "neutral" : culture), "
                    + "\(ref.flags & 1 != 0 ? "PublicKey" : "PublicKeyToken")="
                    + (keyBytes.isEmpty ? "null" : keyBytes.map { hexByte($0) }.joined()))
            }
            return try metadata.string(try metadata.module(1).name.offset)
        }
        out += "\nManifestMetadata: module \(module), \(lines.count) assembly ref\(lines.count == 1 ? "" : "s")\n"
        for line in lines { out += line + "\n" }
    }

    // MARK: - WebCIL

    func webcilAssembly() throws -> (region: ObjectDataView.Region, assembly: AssemblyFile) {
        guard let region = try view.region(ofSymbol: "WEBCIL:\(assembly)") else {
            throw R2RFormatError("no WEBCIL:\(assembly) symbol for \(header.label)", offset: view.fileOffset(header))
        }
        let bytes = view.bytes(region)
        guard WebCILHeader.isWebCIL(bytes) else {
            throw R2RFormatError("WEBCIL:\(assembly) does not start with the WbIL magic", offset: view.fileOffset(region))
        }
        return (region, try shifted(view.fileOffset(region)) { try AssemblyFile(bytes: bytes, path: region.label) })
    }

    mutating func webcilHeader(_ region: ObjectDataView.Region, _ assembly: AssemblyFile) {
        guard case .webcil(let header) = assembly.image.format else { return }
        out += "\nWebCIL: \(region.label), \(region.count) bytes\n"
        out += "  Version:      \(header.versionMajor).\(header.versionMinor)\n"
        out += "  CoffSections: \(header.coffSections)\n"
        out += "  Reserved0:    \(header.reserved0)\n"
        out += "  PeCliHeader:  RVA \(hex(header.cliHeader.rva)), size \(header.cliHeader.size)\n"
        out += "  PeDebug:      RVA \(hex(header.debugDirectory.rva)), size \(header.debugDirectory.size)\n"
        out += "  TableBase:    \(header.tableBase)\n"
        for (index, section) in assembly.image.sections.enumerated() {
            out += "  [\(index)] VirtualSize \(hex(section.virtualSize)), VirtualAddress \(hex(section.virtualAddress)), "
                + "SizeOfRawData \(hex(section.rawDataSize)), PointerToRawData \(hex(section.rawDataOffset))\n"
        }
        let entryPoint = assembly.cliHeader.entryPointToken
        out += "  CLI header: runtime \(assembly.cliHeader.majorRuntimeVersion).\(assembly.cliHeader.minorRuntimeVersion), "
            + "flags \(hex(assembly.cliHeader.flags)), entry point \(entryPoint.isNull ? "none" : entryPoint.description), "
            + "metadata RVA \(hex(assembly.cliHeader.metadata.rva)) size \(assembly.cliHeader.metadata.size)\n"
    }

    // MARK: - Helpers

    /// Runs `body`, whose errors carry offsets relative to a blob at file offset `base`.
    func shifted<T>(_ base: Int, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as R2RFormatError {
            throw error.shifted(by: base)
        } catch let error as MetadataError {
            throw MetadataError(error.message, context: error.context, offset: error.offset + base)
        }
    }

    func cellName(_ size: Int) -> String { ["u8", "u16", "u32"][min(size, 2)] }

    func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    func hex(_ value: UInt32, digits: Int = 8) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    func hexByte(_ value: UInt8) -> String {
        let text = String(value, radix: 16)
        return value < 16 ? "0" + text : text
    }
}
