/// A Unix `ar` archive (static library), modelled losslessly.
///
/// Three layouts are understood:
/// - GNU (`!<arch>\n`): short names end in `/`, longer ones live in the `//` member and are
///   referenced as `/N`; the symbol index is the `/` member (or `/SYM64/` with 64-bit words).
/// - BSD (`!<arch>\n`): long names are stored as `#1/N` at the start of the member's data;
///   the symbol index is `__.SYMDEF` (or `__.SYMDEF SORTED`, `__.SYMDEF_64`, ...).
/// - Thin (`!<thin>\n`): GNU layout whose members' data is not embedded; member names are
///   paths relative to the archive's directory (see `ArchiveMember.resolvedPath(archivePath:)`).
///
/// The symbol index and the long-name table are not kept as bytes: symbols map to member
/// *indices*, and `ArchiveWriter` recomputes member offsets, the `//` table and every `/N`
/// reference from the members as they are laid out. What cannot be derived (header fields,
/// padding that some tool chose) is recorded, so reading then writing an archive reproduces
/// it byte for byte.
public struct Archive: Equatable, Sendable {
    public var kind: ArchiveKind
    /// How the symbol index is stored; `nil` when the archive has none. When `nil` but
    /// `symbols` is not empty, the writer adds an index in LLVM's layout for `kind`.
    public var symbolTable: ArchiveSymbolTable?
    /// The symbol index, in stored order: each defined symbol and the member defining it.
    public var symbols: [ArchiveSymbol]
    /// The GNU `//` member; `nil` when the archive has none. The writer adds one (in
    /// LLVM's layout) if a member uses `.gnuLong` and this is `nil`.
    public var longNameTable: ArchiveLongNameTable?
    /// The archive's members, excluding the symbol index and the long-name table.
    public var members: [ArchiveMember]

    public init(kind: ArchiveKind = .gnu,
                symbolTable: ArchiveSymbolTable? = nil,
                symbols: [ArchiveSymbol] = [],
                longNameTable: ArchiveLongNameTable? = nil,
                members: [ArchiveMember] = []) {
        self.kind = kind
        self.symbolTable = symbolTable
        self.symbols = symbols
        self.longNameTable = longNameTable
        self.members = members
    }

    /// Whether the symbol index uses 64-bit words (`/SYM64/` or `__.SYMDEF_64`).
    public var is64BitSymbolTable: Bool { symbolTable?.format.is64Bit ?? false }

    /// The magic string every GNU or BSD archive starts with.
    public static let magic: [UInt8] = Array("!<arch>\n".utf8)
    /// The magic string of a thin archive.
    public static let thinMagic: [UInt8] = Array("!<thin>\n".utf8)

    /// Whether `bytes` starts like an archive (regular or thin).
    public static func isArchive(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isArchive($0) }
    }

    public static func isArchive(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 8 else { return false }
        let head = bytes.prefix(8)
        return head.elementsEqual(magic) || head.elementsEqual(thinMagic)
    }

    /// Decodes `bytes`; see `ArchiveReader.read(_:)`.
    public static func read(_ bytes: [UInt8]) throws -> Archive {
        try ArchiveReader.read(bytes)
    }

    /// Encodes this archive; see `ArchiveWriter.write(_:)`.
    public func serialized() -> [UInt8] {
        ArchiveWriter.write(self)
    }

    /// The indices of the members that define `symbol` according to the symbol index.
    public func members(defining symbol: String) -> [Int] {
        symbols.filter { $0.name == symbol }.map(\.memberIndex)
    }
}

public enum ArchiveKind: Equatable, Sendable {
    case gnu
    case bsd
    /// A GNU-layout archive with the `!<thin>\n` magic whose members' data lives in separate files.
    case thin
}

/// One entry of the symbol index.
public struct ArchiveSymbol: Equatable, Hashable, Sendable {
    public var name: String
    /// Index into `Archive.members`.
    public var memberIndex: Int

    public init(name: String, memberIndex: Int) {
        self.name = name
        self.memberIndex = memberIndex
    }
}

/// The date, owner, group and mode fields of a member header, kept as the strings stored in
/// the file without their trailing space padding, so that they are re-emitted exactly.
///
/// Each character stands for one byte (bytes 0x80–0xFF become U+0080–U+00FF), so any header
/// round-trips. The writer pads each field with spaces, or cuts it, to its width.
public struct ArchiveHeaderFields: Equatable, Hashable, Sendable {
    /// Modification time, decimal seconds, 12 bytes.
    public var date: String
    /// Owner, decimal, 6 bytes.
    public var uid: String
    /// Group, decimal, 6 bytes.
    public var gid: String
    /// Permissions, octal, 8 bytes.
    public var mode: String

    public init(date: String, uid: String, gid: String, mode: String) {
        self.date = date
        self.uid = uid
        self.gid = gid
        self.mode = mode
    }

    /// Fields from numbers, formatted as llvm-ar and GNU ar do (decimal date/uid/gid, octal mode).
    public init(modificationTime: Int = 0, userID: Int = 0, groupID: Int = 0, permissions: Int = 0o644) {
        date = String(modificationTime)
        uid = String(userID)
        gid = String(groupID)
        mode = String(permissions, radix: 8)
    }

    /// What llvm-ar writes for regular members in deterministic mode: `0 0 0 644`.
    public static let deterministic = ArchiveHeaderFields(permissions: 0o644)
    /// What llvm-ar and GNU ar write for the symbol index: `0 0 0 0`.
    public static let symbolTable = ArchiveHeaderFields(permissions: 0)
    /// All blank, as llvm-ar and GNU ar write for the `//` member.
    public static let blank = ArchiveHeaderFields(date: "", uid: "", gid: "", mode: "")

    public var modificationTime: Int? { ArchiveHeaderFields.parse(date, radix: 10) }
    public var userID: Int? { ArchiveHeaderFields.parse(uid, radix: 10) }
    public var groupID: Int? { ArchiveHeaderFields.parse(gid, radix: 10) }
    public var permissions: Int? { ArchiveHeaderFields.parse(mode, radix: 8) }

    private static func parse(_ field: String, radix: Int) -> Int? {
        var text = Substring(field)
        while text.last == " " { text = text.dropLast() }
        return Int(text, radix: radix)
    }
}

/// How a member's name is stored in its header.
public enum ArchiveNameEncoding: Equatable, Hashable, Sendable {
    /// GNU short name: `name/`, space padded to 16 bytes.
    case gnuShort
    /// GNU long name: `/N`, where N is the name's offset in the `//` table. The writer puts the
    /// name in the table and computes N.
    case gnuLong
    /// `/N` with a fixed N into `ArchiveLongNameTable.verbatim` (used when a read table was not
    /// laid out the way the writer would regenerate it).
    case gnuLongAt(Int)
    /// BSD short name: `name`, space padded to 16 bytes, no terminator.
    case bsdShort
    /// BSD long name: `#1/N`; the name, NUL padded to N bytes, starts the member's data.
    /// With `nil`, N is chosen as llvm-ar does: padded so the data that follows is 8-byte aligned.
    case bsdLong(nameLength: Int?)
    /// The 16-byte name field exactly as stored, for names no other case reproduces.
    case raw([UInt8])

    /// How llvm-ar stores `name` in an archive of `kind`.
    public static func preferred(for name: String, kind: ArchiveKind) -> ArchiveNameEncoding {
        switch kind {
        case .bsd: return .bsdLong(nameLength: nil)
        case .thin: return .gnuLong
        case .gnu: return name.utf8.count >= 16 || name.utf8.contains(UInt8(ascii: "/")) ? .gnuLong : .gnuShort
        }
    }
}

public struct ArchiveMember: Equatable, Sendable {
    public var name: String
    public var nameEncoding: ArchiveNameEncoding
    public var header: ArchiveHeaderFields
    /// The member's contents; always empty in a thin archive.
    public var data: [UInt8]
    /// In a thin archive, the size recorded in the header (the external file's size).
    /// Ignored for regular archives, whose headers record `data.count`.
    public var thinSize: Int
    /// The byte that pads odd-sized data to an even offset (`\n` in every known writer).
    public var alignmentPadding: UInt8

    public init(name: String,
                nameEncoding: ArchiveNameEncoding,
                header: ArchiveHeaderFields = .deterministic,
                data: [UInt8] = [],
                thinSize: Int = 0,
                alignmentPadding: UInt8 = UInt8(ascii: "\n")) {
        self.name = name
        self.nameEncoding = nameEncoding
        self.header = header
        self.data = data
        self.thinSize = thinSize
        self.alignmentPadding = alignmentPadding
    }

    /// A member whose name is stored as llvm-ar would store it in an archive of `kind`.
    public init(name: String, data: [UInt8], kind: ArchiveKind = .gnu, header: ArchiveHeaderFields = .deterministic) {
        self.init(name: name, nameEncoding: .preferred(for: name, kind: kind), header: header,
                  data: kind == .thin ? [] : data, thinSize: kind == .thin ? data.count : 0)
    }

    /// For a thin archive's member, the path of the file holding its data: the member name
    /// resolved against the directory of the archive at `archivePath`. Absolute names are
    /// returned unchanged.
    public func resolvedPath(archivePath: String) -> String {
        Archive.resolveMemberPath(name, archivePath: archivePath)
    }
}

extension Archive {
    /// Resolves a thin-archive member name against the directory of the archive at `archivePath`.
    public static func resolveMemberPath(_ memberName: String, archivePath: String) -> String {
        if memberName.hasPrefix("/") { return memberName }
        guard let slash = archivePath.lastIndex(of: "/") else { return memberName }
        let directory = archivePath[...slash]  // keeps the trailing "/" (and "/" for the root)
        return directory + memberName
    }
}

/// Layout of the symbol index member. Its contents are regenerated from `Archive.symbols`.
public struct ArchiveSymbolTable: Equatable, Sendable {
    public enum Format: Equatable, Hashable, Sendable {
        /// `/`: big-endian u32 count, u32 member offsets, NUL-terminated names.
        case gnu
        /// `/SYM64/`: as `.gnu` with u64 words.
        case gnu64
        /// `__.SYMDEF` (or `__.SYMDEF SORTED`): little-endian u32 ranlib array size,
        /// {string offset, member offset} pairs, string table size, strings.
        case bsd(sorted: Bool)
        /// `__.SYMDEF_64` (or `__.SYMDEF_64 SORTED`): as `.bsd` with u64 words.
        case bsd64(sorted: Bool)

        public var is64Bit: Bool {
            switch self {
            case .gnu64, .bsd64: return true
            case .gnu, .bsd: return false
            }
        }

        public var isBSD: Bool {
            switch self {
            case .bsd, .bsd64: return true
            case .gnu, .gnu64: return false
            }
        }

        /// The member name that identifies the table.
        public var memberName: String {
            switch self {
            case .gnu: return "/"
            case .gnu64: return "/SYM64/"
            case .bsd(let sorted): return sorted ? "__.SYMDEF SORTED" : "__.SYMDEF"
            case .bsd64(let sorted): return sorted ? "__.SYMDEF_64 SORTED" : "__.SYMDEF_64"
            }
        }
    }

    /// A BSD string table kept verbatim because its strings are not simply the symbol names
    /// in order (e.g. shared or reordered strings).
    public struct StringLayout: Equatable, Sendable {
        public var table: [UInt8]
        /// Each symbol's offset into `table`, parallel to `Archive.symbols`.
        public var offsets: [UInt64]

        public init(table: [UInt8], offsets: [UInt64]) {
            self.table = table
            self.offsets = offsets
        }
    }

    public var format: Format
    public var header: ArchiveHeaderFields
    /// BSD only: how the member name is stored (`.bsdShort` or `.bsdLong`).
    public var nameEncoding: ArchiveNameEncoding
    /// Bytes after the strings up to the end of the member. `nil` means llvm-ar's padding:
    /// NULs up to a multiple of 2 bytes (GNU) or 8 bytes (BSD).
    public var trailer: [UInt8]?
    /// BSD only: a verbatim string table; `nil` means the names NUL-terminated in order.
    /// Ignored if its offset count differs from the number of symbols.
    public var stringLayout: StringLayout?
    /// The byte padding an odd-sized table to an even offset.
    public var alignmentPadding: UInt8

    public init(format: Format,
                header: ArchiveHeaderFields = .symbolTable,
                nameEncoding: ArchiveNameEncoding? = nil,
                trailer: [UInt8]? = nil,
                stringLayout: StringLayout? = nil,
                alignmentPadding: UInt8 = UInt8(ascii: "\n")) {
        self.format = format
        self.header = header
        self.nameEncoding = nameEncoding ?? (format.isBSD ? .bsdLong(nameLength: nil) : .gnuShort)
        self.trailer = trailer
        self.stringLayout = stringLayout
        self.alignmentPadding = alignmentPadding
    }

    /// The table llvm-ar writes for an archive of `kind`.
    public static func llvmDefault(for kind: ArchiveKind, is64Bit: Bool = false) -> ArchiveSymbolTable {
        switch kind {
        case .gnu, .thin: return ArchiveSymbolTable(format: is64Bit ? .gnu64 : .gnu)
        case .bsd: return ArchiveSymbolTable(format: is64Bit ? .bsd64(sorted: false) : .bsd(sorted: false))
        }
    }
}

/// Layout of the GNU `//` member. Its contents are regenerated from the names of the members
/// that use `.gnuLong`, in member order, each followed by `/\n`.
public struct ArchiveLongNameTable: Equatable, Sendable {
    public var header: ArchiveHeaderFields
    /// Whether a name that occurs again reuses its first entry (llvm-ar for regular
    /// archives) or gets a new one (GNU ar, and llvm-ar for thin archives).
    public var deduplicatesNames: Bool
    /// A table prefix kept as stored, which `.gnuLongAt` offsets point into; regenerated
    /// entries for `.gnuLong` members follow it.
    public var verbatim: [UInt8]
    /// Bytes after the last entry. `nil` means what llvm-ar and GNU ar write: a `\n` if
    /// needed to make the table's size even.
    public var trailer: [UInt8]?
    /// The byte padding an odd-sized table to an even offset.
    public var alignmentPadding: UInt8

    public init(header: ArchiveHeaderFields = .blank,
                deduplicatesNames: Bool = true,
                verbatim: [UInt8] = [],
                trailer: [UInt8]? = nil,
                alignmentPadding: UInt8 = UInt8(ascii: "\n")) {
        self.header = header
        self.deduplicatesNames = deduplicatesNames
        self.verbatim = verbatim
        self.trailer = trailer
        self.alignmentPadding = alignmentPadding
    }
}
