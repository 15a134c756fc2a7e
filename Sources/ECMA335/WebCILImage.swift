/// The header of a WebCIL payload (dotnet/runtime docs/design/mono/webcil.md): the part of
/// the PE/COFF headers a runtime needs to find the CLI header and map RVAs. Versions 0.0
/// (28 bytes) and 1.0 (32 bytes: adds `tableBase`) are read; a section header table of
/// `{VirtualSize, VirtualAddress, SizeOfRawData, PointerToRawData}` follows it.
public struct WebCILHeader: Sendable, Equatable {
    public var versionMajor: UInt16
    public var versionMinor: UInt16
    public var coffSections: UInt16
    /// Version 1: the 1-based index of a base-relocation section, or 0.
    public var reserved0: UInt16
    public var cliHeader: PEImage.DataDirectory
    public var debugDirectory: PEImage.DataDirectory
    /// Version 1: filled in by a loader with the function-table base; 0 in a file.
    public var tableBase: UInt32

    public init(versionMajor: UInt16, versionMinor: UInt16, coffSections: UInt16, reserved0: UInt16,
                cliHeader: PEImage.DataDirectory, debugDirectory: PEImage.DataDirectory, tableBase: UInt32) {
        self.versionMajor = versionMajor
        self.versionMinor = versionMinor
        self.coffSections = coffSections
        self.reserved0 = reserved0
        self.cliHeader = cliHeader
        self.debugDirectory = debugDirectory
        self.tableBase = tableBase
    }

    /// 'W' 'b' 'I' 'L'.
    public static let magic: [UInt8] = [0x57, 0x62, 0x49, 0x4C]
    public static let sectionHeaderSize = 16

    /// Bytes of the header of `versionMajor` (before the section header table).
    public static func size(versionMajor: UInt16) -> Int { versionMajor >= 1 ? 32 : 28 }

    public static func isWebCIL(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0..<4].elementsEqual(magic)
    }

    // Field offsets, for errors that point at a field.
    static let cliHeaderRVAOffset = 12
    static let debugRVAOffset = 20
}

extension PEImage {
    /// Which container the image came from.
    public enum Format: Sendable, Equatable {
        case pe
        case webcil(WebCILHeader)
    }

    static let debugDirectory = 6

    /// Reads a WebCIL payload as an image: its sections map RVAs as a PE's do (with
    /// `rawDataOffset` = PointerToRawData, an offset from the payload's start), and its CLI
    /// header and debug directories become data directories 14 and 6, so everything that
    /// reads an assembly through `PEImage` reads a WebCIL payload unchanged. Sections have no
    /// names in WebCIL; `machine` and `characteristics` are 0.
    public init(webcil bytes: [UInt8]) throws {
        self.bytes = bytes
        var c = ByteCursor(bytes, context: "WebCIL header")
        guard WebCILHeader.isWebCIL(bytes) else { throw c.error("not a WebCIL payload: missing WbIL magic", at: 0) }
        try c.skip(4)
        let major = try c.readU16(), minor = try c.readU16()
        guard major <= 1, minor == 0 else { throw c.error("unsupported WebCIL version \(major).\(minor)", at: 4) }
        let sectionCount = try c.readU16()
        let reserved0 = try c.readU16()
        let cli = DataDirectory(rva: try c.readU32(), size: try c.readU32())
        let debug = DataDirectory(rva: try c.readU32(), size: try c.readU32())
        let tableBase = major >= 1 ? try c.readU32() : 0
        guard reserved0 <= sectionCount else {
            throw c.error("base-relocation section index \(reserved0) is past the \(sectionCount) sections", at: 10)
        }
        let header = WebCILHeader(versionMajor: major, versionMinor: minor, coffSections: sectionCount,
                                  reserved0: reserved0, cliHeader: cli, debugDirectory: debug, tableBase: tableBase)
        c.context = "WebCIL section table"
        guard Int(sectionCount) * WebCILHeader.sectionHeaderSize <= c.remaining else {
            throw c.error("\(sectionCount) section headers run past the end of the payload")
        }
        let tableEnd = c.position + Int(sectionCount) * WebCILHeader.sectionHeaderSize
        sections = []
        for index in 0..<Int(sectionCount) {
            let at = c.position
            let virtualSize = try c.readU32(), virtualAddress = try c.readU32()
            let rawSize = try c.readU32(), rawOffset = try c.readU32()
            guard rawSize == 0 || Int(rawOffset) >= tableEnd else {
                throw c.error("section \(index) raw data at \(rawOffset) overlaps the headers", at: at + 12)
            }
            guard UInt64(rawOffset) + UInt64(rawSize) <= UInt64(bytes.count) else {
                throw c.error("section \(index) raw data \(rawOffset)+\(rawSize) runs past the end of the payload", at: at + 8)
            }
            sections.append(Section(name: "", virtualAddress: virtualAddress, virtualSize: virtualSize,
                                    rawDataSize: rawSize, rawDataOffset: rawOffset))
        }
        machine = 0
        characteristics = 0
        isPE32Plus = false
        dataDirectories = Array(repeating: DataDirectory(rva: 0, size: 0), count: 16)
        dataDirectories[PEImage.debugDirectory] = debug
        dataDirectories[PEImage.cliHeaderDirectory] = cli
        dataDirectoryOffset = 0
        format = .webcil(header)
    }

    /// File offset of the field that holds data directory `index`'s RVA, for errors.
    public func directoryFieldOffset(_ index: Int) -> Int {
        switch format {
        case .pe: return dataDirectoryOffset + 8 * index
        case .webcil:
            return index == PEImage.debugDirectory ? WebCILHeader.debugRVAOffset : WebCILHeader.cliHeaderRVAOffset
        }
    }
}
