/// A PE/COFF image (PE32 or PE32+) as far as a CLI assembly needs it: the section
/// table for RVA mapping and the data directories, of which the CLI header is #14.
public struct PEImage {
    public struct Section: Sendable {
        public var name: String
        public var virtualAddress: UInt32
        public var virtualSize: UInt32
        public var rawDataSize: UInt32
        public var rawDataOffset: UInt32
    }

    public struct DataDirectory: Sendable, Equatable {
        public var rva: UInt32
        public var size: UInt32
        public var isEmpty: Bool { rva == 0 && size == 0 }

        public init(rva: UInt32, size: UInt32) {
            self.rva = rva
            self.size = size
        }
    }

    public let bytes: [UInt8]
    public var machine: UInt16
    public var characteristics: UInt16
    /// true for PE32+ (optional header magic 0x20B).
    public var isPE32Plus: Bool
    public var sections: [Section]
    public var dataDirectories: [DataDirectory]
    /// File offset of the data directory table, so a bad directory is reported where it is written.
    public var dataDirectoryOffset: Int
    /// A PE file, or a WebCIL payload read by `init(webcil:)`.
    public var format: Format

    static let cliHeaderDirectory = 14

    public init(bytes: [UInt8]) throws {
        self.bytes = bytes
        format = .pe
        var c = ByteCursor(bytes, context: "PE header")
        guard bytes.count >= 0x40, bytes[0] == 0x4D, bytes[1] == 0x5A else {
            throw c.error("not a PE file: missing MZ signature", at: 0)
        }
        try c.seek(0x3C)
        let peOffset = Int(try c.readU32())
        guard peOffset <= bytes.count else { throw c.error("PE header offset \(peOffset) is past the end of the file", at: 0x3C) }
        try c.seek(peOffset)
        guard try c.readU32() == 0x0000_4550 else { throw c.error("missing PE\\0\\0 signature", at: peOffset) }
        machine = try c.readU16()
        let sectionCount = Int(try c.readU16())
        try c.skip(12)
        let optionalHeaderSize = Int(try c.readU16())
        characteristics = try c.readU16()
        let optionalStart = c.position
        var optional = try c.subCursor(optionalHeaderSize, context: "PE optional header")
        let magic = try optional.readU16()
        switch magic {
        case 0x10B: isPE32Plus = false
        case 0x20B: isPE32Plus = true
        default: throw optional.error("unknown optional header magic 0x\(String(magic, radix: 16))", at: optionalStart)
        }
        try optional.seek(optionalStart + (isPE32Plus ? 108 : 92))
        let directoryCount = Int(try optional.readU32())
        guard directoryCount <= 16 else {
            throw optional.error("\(directoryCount) data directories (at most 16)", at: optional.position - 4)
        }
        guard directoryCount * 8 <= optional.remaining else {
            throw optional.error("\(directoryCount) data directories do not fit the optional header")
        }
        dataDirectories = []
        dataDirectoryOffset = optional.position
        for _ in 0..<directoryCount {
            dataDirectories.append(DataDirectory(rva: try optional.readU32(), size: try optional.readU32()))
        }
        c.context = "PE section table"
        guard sectionCount * 40 <= c.remaining else {
            throw c.error("\(sectionCount) section headers run past the end of the file")
        }
        sections = []
        for _ in 0..<sectionCount {
            let nameBytes = try c.readBytes(8).prefix { $0 != 0 }
            let virtualSize = try c.readU32(), virtualAddress = try c.readU32()
            let rawSize = try c.readU32(), rawOffset = try c.readU32()
            try c.skip(16)
            guard UInt64(rawOffset) + UInt64(rawSize) <= UInt64(bytes.count) else {
                throw c.error("section \(String(decoding: nameBytes, as: UTF8.self)) raw data "
                    + "\(rawOffset)+\(rawSize) runs past the end of the file", at: c.position - 20)
            }
            sections.append(Section(name: String(decoding: nameBytes, as: UTF8.self), virtualAddress: virtualAddress,
                                    virtualSize: virtualSize, rawDataSize: rawSize, rawDataOffset: rawOffset))
        }
    }

    /// The file offset of `rva`, provided `size` bytes from there lie in one section's raw data.
    public func fileOffset(rva: UInt32, size: UInt32 = 0) -> Int? {
        for s in sections where rva >= s.virtualAddress {
            let delta = UInt64(rva - s.virtualAddress)
            if delta + UInt64(size) <= UInt64(s.rawDataSize), delta < UInt64(max(s.virtualSize, s.rawDataSize)) {
                return Int(s.rawDataOffset) + Int(delta)
            }
        }
        return nil
    }

    /// A cursor over the bytes of a directory or other RVA range, or an error naming `what`.
    /// `referencedAt` is the file offset of the field that holds the RVA, for the error.
    public func cursor(rva: UInt32, size: UInt32, what: String, referencedAt: Int) throws -> ByteCursor {
        guard let offset = fileOffset(rva: rva, size: size) else {
            throw MetadataError("RVA 0x\(String(rva, radix: 16)) size \(size) is not inside any section",
                                context: what, offset: referencedAt)
        }
        return ByteCursor(bytes, range: offset..<(offset + Int(size)), context: what)
    }

    public func directory(_ index: Int) -> DataDirectory? {
        index < dataDirectories.count && !dataDirectories[index].isEmpty ? dataDirectories[index] : nil
    }
}

/// The CLI header (ECMA-335 II.25.3.3).
public struct CLIHeader: Sendable {
    public var majorRuntimeVersion: UInt16
    public var minorRuntimeVersion: UInt16
    public var metadata: PEImage.DataDirectory
    public var flags: UInt32
    /// A MethodDef or File token (native entry point flag aside), or null.
    public var entryPointToken: MetadataToken
    public var resources: PEImage.DataDirectory
    public var strongNameSignature: PEImage.DataDirectory
    public var vtableFixups: PEImage.DataDirectory
    /// File offset of the header, so its directories' errors point at them.
    public var fileOffset: Int

    public static let ilOnly: UInt32 = 0x1
    public static let requires32Bit: UInt32 = 0x2
    public static let strongNameSigned: UInt32 = 0x8
    public static let nativeEntryPoint: UInt32 = 0x10

    public init(image: PEImage) throws {
        guard let dir = image.directory(PEImage.cliHeaderDirectory) else {
            throw MetadataError("not a CLI assembly: the CLI header directory is empty", context: "PE header", offset: 0)
        }
        var c = try image.cursor(rva: dir.rva, size: max(dir.size, 72), what: "CLI header",
                                 referencedAt: image.directoryFieldOffset(PEImage.cliHeaderDirectory))
        let at = c.position
        fileOffset = at
        let cb = try c.readU32()
        guard cb >= 72 else { throw c.error("CLI header size \(cb) is below 72", at: at) }
        majorRuntimeVersion = try c.readU16()
        minorRuntimeVersion = try c.readU16()
        metadata = .init(rva: try c.readU32(), size: try c.readU32())
        flags = try c.readU32()
        entryPointToken = MetadataToken(raw: try c.readU32())
        resources = .init(rva: try c.readU32(), size: try c.readU32())
        strongNameSignature = .init(rva: try c.readU32(), size: try c.readU32())
        try c.skip(8)
        vtableFixups = .init(rva: try c.readU32(), size: try c.readU32())
    }
}
