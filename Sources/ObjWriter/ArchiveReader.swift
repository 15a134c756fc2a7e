/// Decodes `ar` archives (GNU, BSD and thin) into `Archive`.
///
/// Malformed input throws `DecodeError` with the file offset and a context such as
/// `"archive member header"` or `"archive symbol table"`; nothing traps.
public enum ArchiveReader {
    public static func read(_ bytes: [UInt8]) throws -> Archive {
        try bytes.withUnsafeBufferPointer { try read($0) }
    }

    public static func read(_ buffer: UnsafeBufferPointer<UInt8>) throws -> Archive {
        var parser = Parser(buffer)
        return try parser.parse()
    }
}

private let space = UInt8(ascii: " ")
private let slash = UInt8(ascii: "/")
private let newline = UInt8(ascii: "\n")
private let headerSize = 60

/// Shows header bytes in an error message: printable ASCII as is, anything else as `\xNN`.
private func quoted(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var text = "\""
    for b in bytes {
        if b >= 0x20 && b < 0x7f && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
            text.unicodeScalars.append(Unicode.Scalar(b))
        } else if b == newline {
            text += "\\n"
        } else {
            let hex = String(b, radix: 16, uppercase: true)
            text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
        }
    }
    return text + "\""
}

/// One byte per character, so any field round-trips (see `ArchiveHeaderFields`); trailing
/// spaces are dropped (the writer pads fields with spaces).
private func latin1(_ field: UnsafeBufferPointer<UInt8>) -> String {
    var end = field.count
    while end > 0 && field[end - 1] == space { end -= 1 }
    let bytes = slice(field, 0..<end)
    var ascii = true
    for b in bytes where b >= 0x80 { ascii = false; break }
    if ascii { return String(decoding: bytes, as: UTF8.self) }
    var text = ""
    text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
    return text
}

/// A decimal field: digits, then only spaces; at least one digit and no leading zero (every
/// `ar` writes numbers this way, and only this spelling is re-encoded exactly). `nil` if
/// malformed. Fields are at most 15 bytes, so the value cannot overflow.
private func parseDecimal(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
    var value = 0
    var digits = 0
    var index = 0
    while index < field.count, field[index] >= 0x30, field[index] <= 0x39 {
        value = value * 10 + Int(field[index] - 0x30)
        digits += 1
        index += 1
    }
    guard digits > 0, digits == 1 || field[0] != 0x30 else { return nil }
    while index < field.count {
        guard field[index] == space else { return nil }
        index += 1
    }
    return value
}

private func isSpaces(_ field: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
    var index = start
    while index < field.count {
        if field[index] != space { return false }
        index += 1
    }
    return true
}

private func slice(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: buffer[range])
}

private struct Parser {
    let buffer: UnsafeBufferPointer<UInt8>
    var reader: ByteReader
    var isThin = false

    var members: [ArchiveMember] = []
    var memberOffsets: [Int] = []

    // The symbol index: its contents are decoded once the member offsets are known.
    var symbolTable: ArchiveSymbolTable?
    var symbolTableContent: ByteReader?

    // The `//` table and the members naming an entry in it, for checking whether
    // regenerating the table reproduces it.
    var longNameTable: ArchiveLongNameTable?
    var longNameBytes: UnsafeBufferPointer<UInt8>?
    var longNameRefs: [(member: Int, offset: Int, length: Int)] = []

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
        self.reader = ByteReader(buffer, context: "archive")
    }

    mutating func parse() throws -> Archive {
        if Archive.isArchive(buffer) {
            isThin = buffer.prefix(8).elementsEqual(Archive.thinMagic)
        } else {
            throw DecodeError("missing archive magic \"!<arch>\\n\" or \"!<thin>\\n\"", context: "archive", offset: 0)
        }
        reader.position = 8
        while !reader.isAtEnd {
            try readMember()
        }
        try settleLongNames()
        let symbols = try readSymbols()

        let kind: ArchiveKind
        if isThin {
            kind = .thin
        } else if let table = symbolTable {
            kind = table.format.isBSD ? .bsd : .gnu
        } else if longNameTable != nil {
            kind = .gnu
        } else {
            switch members.first?.nameEncoding {
            case .bsdShort?, .bsdLong?: kind = .bsd
            default: kind = .gnu
            }
        }
        return Archive(kind: kind, symbolTable: symbolTable, symbols: symbols,
                       longNameTable: longNameTable, members: members)
    }

    // MARK: Members

    mutating func readMember() throws {
        let headerOffset = reader.position
        reader.context = "archive member header"
        guard reader.remaining >= headerSize else {
            throw reader.error("truncated header: \(headerSize) bytes needed, \(reader.remaining) left")
        }
        let header = try reader.readSlice(headerSize)
        let nameField = slice(header, 0..<16)
        guard header[58] == UInt8(ascii: "`"), header[59] == newline else {
            throw DecodeError("bad header terminator \(quoted(slice(header, 58..<60))), expected \"`\\n\"",
                              context: "archive member header", offset: headerOffset + 58)
        }
        let sizeField = slice(header, 48..<58)
        guard let size = parseDecimal(sizeField) else {
            throw DecodeError("bad size field \(quoted(sizeField))",
                              context: "archive member header", offset: headerOffset + 48)
        }
        let fields = ArchiveHeaderFields(date: latin1(slice(header, 16..<28)),
                                         uid: latin1(slice(header, 28..<34)),
                                         gid: latin1(slice(header, 34..<40)),
                                         mode: latin1(slice(header, 40..<48)))
        let isFirst = members.isEmpty && symbolTable == nil && longNameTable == nil

        // Special members, whose contents are always embedded.
        if isFirst, let format = gnuSymbolTableFormat(nameField) {
            let content = try readContent(size, headerOffset: headerOffset, context: "archive symbol table")
            let padding = try readPadding(after: size, context: "archive symbol table")
            symbolTable = ArchiveSymbolTable(format: format, header: fields, trailer: nil, alignmentPadding: padding)
            symbolTableContent = content
            return
        }
        if members.isEmpty && longNameTable == nil && nameField[0] == slash && nameField[1] == slash
            && isSpaces(nameField, from: 2) {
            var content = try readContent(size, headerOffset: headerOffset, context: "archive long-name table")
            let padding = try readPadding(after: size, context: "archive long-name table")
            longNameBytes = try content.readSlice(size)
            longNameTable = ArchiveLongNameTable(header: fields, alignmentPadding: padding)
            return
        }

        // The name, and for `#1/N` the bytes it takes at the start of the data.
        var name: String
        var encoding: ArchiveNameEncoding
        var inlineNameLength = 0
        var longNameRef: (offset: Int, length: Int)?
        if nameField[0] == slash, nameField[1] >= 0x30, nameField[1] <= 0x39 {
            guard let offset = parseDecimal(slice(nameField, 1..<16)) else {
                throw DecodeError("bad long name reference \(quoted(nameField))",
                                  context: "archive member header", offset: headerOffset)
            }
            let bytes = try longName(at: offset, headerOffset: headerOffset)
            name = String(decoding: bytes, as: UTF8.self)
            encoding = .gnuLong
            longNameRef = (offset, bytes.count)
        } else if nameField[0] == UInt8(ascii: "#"), nameField[1] == UInt8(ascii: "1"), nameField[2] == slash {
            guard let length = parseDecimal(slice(nameField, 3..<16)) else {
                throw DecodeError("bad BSD name length \(quoted(nameField))",
                                  context: "archive member header", offset: headerOffset)
            }
            guard length <= size else {
                throw DecodeError("BSD name length \(length) exceeds member size \(size)",
                                  context: "archive member header", offset: headerOffset)
            }
            guard length <= reader.remaining else {
                throw DecodeError("member size \(size) runs past the end of the archive (\(reader.remaining) bytes left)",
                                  context: "archive member header", offset: headerOffset + 48)
            }
            var stored = slice(buffer, reader.position..<(reader.position + length))
            while let last = stored.last, last == 0 { stored = UnsafeBufferPointer(rebasing: stored.dropLast()) }
            guard let decoded = String(validating: stored, as: UTF8.self) else {
                throw DecodeError("member name is not valid UTF-8", context: "archive member header",
                                  offset: headerOffset + headerSize)
            }
            name = decoded
            encoding = .bsdLong(nameLength: length)
            inlineNameLength = length
        } else {
            var end = 16
            while end > 0 && nameField[end - 1] == space { end -= 1 }
            let isGNU = end > 0 && nameField[end - 1] == slash
            let stored = slice(nameField, 0..<(isGNU ? end - 1 : end))
            if let decoded = String(validating: stored, as: UTF8.self) {
                name = decoded
                encoding = isGNU ? .gnuShort : .bsdShort
            } else {
                name = String(decoding: stored, as: UTF8.self)
                encoding = .raw(Array(nameField))
            }
        }

        // Symbol tables may also be stored under a BSD name.
        if isFirst, let format = bsdSymbolTableFormat(name) {
            var content = try readContent(size, headerOffset: headerOffset, context: "archive symbol table")
            let padding = try readPadding(after: size, context: "archive symbol table")
            _ = try content.readSlice(inlineNameLength)
            symbolTable = ArchiveSymbolTable(format: format, header: fields, nameEncoding: encoding,
                                             trailer: nil, alignmentPadding: padding)
            symbolTableContent = try content.subReader(content.remaining)
            return
        }

        var member = ArchiveMember(name: name, nameEncoding: encoding, header: fields)
        if isThin {
            // Only the name of a `#1/N` member is embedded; the data lives elsewhere.
            if inlineNameLength > 0 { _ = try reader.readSlice(inlineNameLength) }
            member.thinSize = size - inlineNameLength
        } else {
            var content = try readContent(size, headerOffset: headerOffset, context: "archive member \(name)")
            _ = try content.readSlice(inlineNameLength)
            member.data = Array(try content.readSlice(content.remaining))
            member.alignmentPadding = try readPadding(after: size, context: "archive member \(name)")
        }
        if let ref = longNameRef {
            longNameRefs.append((members.count, ref.offset, ref.length))
        }
        members.append(member)
        memberOffsets.append(headerOffset)
    }

    /// The member's embedded bytes, checked against what is left of the file.
    mutating func readContent(_ size: Int, headerOffset: Int, context: String) throws -> ByteReader {
        guard size <= reader.remaining else {
            throw DecodeError("member size \(size) runs past the end of the archive (\(reader.remaining) bytes left)",
                              context: "archive member header", offset: headerOffset + 48)
        }
        return try reader.subReader(size, context: context)
    }

    /// Consumes the byte that aligns the next header to an even offset.
    mutating func readPadding(after size: Int, context: String) throws -> UInt8 {
        guard size & 1 == 1 else { return newline }
        guard !reader.isAtEnd else {
            throw DecodeError("missing alignment byte after odd-sized member", context: context,
                              offset: reader.position)
        }
        return try reader.readByte()
    }

    func gnuSymbolTableFormat(_ field: UnsafeBufferPointer<UInt8>) -> ArchiveSymbolTable.Format? {
        guard field[0] == slash else { return nil }
        if isSpaces(field, from: 1) { return .gnu }
        if field.prefix(7).elementsEqual("/SYM64/".utf8) && isSpaces(field, from: 7) { return .gnu64 }
        return nil
    }

    func bsdSymbolTableFormat(_ name: String) -> ArchiveSymbolTable.Format? {
        switch name {
        case "__.SYMDEF": return .bsd(sorted: false)
        case "__.SYMDEF SORTED": return .bsd(sorted: true)
        case "__.SYMDEF_64": return .bsd64(sorted: false)
        case "__.SYMDEF_64 SORTED": return .bsd64(sorted: true)
        default: return nil
        }
    }

    /// The name at `offset` in the `//` table, which ends with "/\n".
    func longName(at offset: Int, headerOffset: Int) throws -> UnsafeBufferPointer<UInt8> {
        guard let table = longNameBytes else {
            throw DecodeError("long name reference /\(offset) but the archive has no long-name table",
                              context: "archive member header", offset: headerOffset)
        }
        guard offset < table.count else {
            throw DecodeError("long name offset \(offset) is past the end of the long-name table (\(table.count) bytes)",
                              context: "archive member header", offset: headerOffset)
        }
        var end = offset
        while end < table.count && table[end] != newline { end += 1 }
        guard end < table.count, end > offset, table[end - 1] == slash else {
            throw DecodeError("long name at table offset \(offset) is not terminated by \"/\\n\"",
                              context: "archive member header", offset: headerOffset)
        }
        return slice(table, offset..<(end - 1))
    }

    // MARK: Long-name table

    /// Decides how the `//` table is reproduced: regenerated from the member names (with or
    /// without reuse of repeated names), or, failing both, kept verbatim.
    mutating func settleLongNames() throws {
        guard var table = longNameTable, let stored = longNameBytes else { return }
        let preferences = isThin ? [false, true] : [true, false]
        for deduplicate in preferences {
            if let end = regeneratedLength(stored, deduplicate: deduplicate) {
                table.deduplicatesNames = deduplicate
                let trailer = Array(slice(stored, end..<stored.count))
                if trailer != ArchiveWriter.defaultLongNameTableTrailer(entriesSize: end) {
                    table.trailer = trailer
                }
                longNameTable = table
                return
            }
        }
        table.deduplicatesNames = !isThin
        table.verbatim = Array(stored)
        table.trailer = []
        longNameTable = table
        for ref in longNameRefs {
            members[ref.member].nameEncoding = .gnuLongAt(ref.offset)
        }
    }

    /// If writing the `.gnuLong` names in member order reproduces the start of `stored` and
    /// every reference, the length of that prefix.
    func regeneratedLength(_ stored: UnsafeBufferPointer<UInt8>, deduplicate: Bool) -> Int? {
        var position = 0
        var seen: [String: Int] = [:]
        for ref in longNameRefs {
            let name = members[ref.member].name
            if deduplicate, let first = seen[name] {
                guard ref.offset == first else { return nil }
                continue
            }
            guard ref.offset == position else { return nil }
            // The name must be the stored bytes (it is not if decoding replaced bad UTF-8).
            let utf8 = name.utf8
            guard utf8.count == ref.length,
                  utf8.elementsEqual(slice(stored, position..<(position + ref.length))) else { return nil }
            position += ref.length
            guard position + 2 <= stored.count, stored[position] == slash, stored[position + 1] == newline else {
                return nil
            }
            position += 2
            if deduplicate { seen[name] = ref.offset }
        }
        return position
    }

    // MARK: Symbol index

    mutating func readSymbols() throws -> [ArchiveSymbol] {
        guard var table = symbolTable, var content = symbolTableContent else { return [] }
        var index: [Int: Int] = [:]
        index.reserveCapacity(memberOffsets.count)
        for (i, offset) in memberOffsets.enumerated() { index[offset] = i }

        let symbols: [ArchiveSymbol]
        switch table.format {
        case .gnu, .gnu64:
            symbols = try readGNUSymbols(&content, wordSize: table.format.is64Bit ? 8 : 4, index: index)
        case .bsd, .bsd64:
            let (decoded, layout) = try readBSDSymbols(&content, wordSize: table.format.is64Bit ? 8 : 4, index: index)
            symbols = decoded
            table.stringLayout = layout
        }
        let trailer = Array(try content.readSlice(content.remaining))
        let contentSize = content.buffer.count - trailer.count
        if trailer != ArchiveWriter.defaultSymbolTableTrailer(contentSize: contentSize, format: table.format) {
            table.trailer = trailer
        }
        symbolTable = table
        return symbols
    }

    func readWord(_ reader: inout ByteReader, size: Int, bigEndian: Bool) throws -> UInt64 {
        let bytes = try reader.readSlice(size)
        var value: UInt64 = 0
        if bigEndian {
            for b in bytes { value = value << 8 | UInt64(b) }
        } else {
            for b in bytes.reversed() { value = value << 8 | UInt64(b) }
        }
        return value
    }

    func member(at offset: UInt64, symbol: String, entryOffset: Int, reader: ByteReader,
                index: [Int: Int]) throws -> Int {
        guard let position = Int(exactly: offset), let member = index[position] else {
            throw reader.error("symbol \"\(symbol)\" refers to offset \(offset), where no member starts",
                               at: entryOffset)
        }
        return member
    }

    /// NUL-terminated name starting at `start` in `strings`.
    func cString(_ strings: UnsafeBufferPointer<UInt8>, from start: Int) -> UnsafeBufferPointer<UInt8>? {
        var end = start
        while end < strings.count {
            if strings[end] == 0 { return slice(strings, start..<end) }
            end += 1
        }
        return nil
    }

    func readGNUSymbols(_ r: inout ByteReader, wordSize: Int, index: [Int: Int]) throws -> [ArchiveSymbol] {
        let countStart = r.position
        let rawCount = try readWord(&r, size: wordSize, bigEndian: true)
        guard rawCount <= UInt64(r.remaining / wordSize) else {
            throw r.error("symbol count \(rawCount) does not fit in the table (\(r.remaining) bytes left)", at: countStart)
        }
        let count = Int(rawCount)
        let offsetsStart = r.position
        var offsets: [UInt64] = []
        offsets.reserveCapacity(count)
        for _ in 0..<count { offsets.append(try readWord(&r, size: wordSize, bigEndian: true)) }

        var symbols: [ArchiveSymbol] = []
        symbols.reserveCapacity(count)
        let strings = slice(r.buffer, r.position..<r.buffer.count)
        var position = 0
        for i in 0..<count {
            guard let bytes = cString(strings, from: position) else {
                throw r.error("name of symbol \(i) is not NUL-terminated", at: r.position + position)
            }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                throw r.error("name of symbol \(i) is not valid UTF-8", at: r.position + position)
            }
            let member = try member(at: offsets[i], symbol: name, entryOffset: offsetsStart + i * wordSize,
                                    reader: r, index: index)
            symbols.append(ArchiveSymbol(name: name, memberIndex: member))
            position += bytes.count + 1
        }
        r.position += position
        return symbols
    }

    func readBSDSymbols(_ r: inout ByteReader, wordSize: Int, index: [Int: Int]) throws
        -> ([ArchiveSymbol], ArchiveSymbolTable.StringLayout?) {
        let sizeStart = r.position
        let arraySize = try readWord(&r, size: wordSize, bigEndian: false)
        let entrySize = UInt64(2 * wordSize)
        guard arraySize % entrySize == 0 else {
            throw r.error("ranlib array size \(arraySize) is not a multiple of \(entrySize)", at: sizeStart)
        }
        guard arraySize <= UInt64(r.remaining) else {
            throw r.error("ranlib array size \(arraySize) runs past the end of the table (\(r.remaining) bytes left)",
                          at: sizeStart)
        }
        let count = Int(arraySize / entrySize)
        let entriesStart = r.position
        var entries: [(strx: UInt64, offset: UInt64)] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let strx = try readWord(&r, size: wordSize, bigEndian: false)
            let offset = try readWord(&r, size: wordSize, bigEndian: false)
            entries.append((strx, offset))
        }
        let stringsSizeStart = r.position
        let stringsSize = try readWord(&r, size: wordSize, bigEndian: false)
        guard stringsSize <= UInt64(r.remaining) else {
            throw r.error("string table size \(stringsSize) runs past the end of the table (\(r.remaining) bytes left)",
                          at: stringsSizeStart)
        }
        let stringsStart = r.position
        let strings = try r.readSlice(Int(stringsSize))

        var symbols: [ArchiveSymbol] = []
        symbols.reserveCapacity(count)
        var sequential = true
        var expected = 0
        for (i, entry) in entries.enumerated() {
            let entryOffset = entriesStart + i * Int(entrySize)
            guard entry.strx < stringsSize else {
                throw r.error("string offset \(entry.strx) of symbol \(i) is past the end of the string table (\(stringsSize) bytes)",
                              at: entryOffset)
            }
            let start = Int(entry.strx)
            guard let bytes = cString(strings, from: start) else {
                throw r.error("name of symbol \(i) is not NUL-terminated", at: stringsStart + start)
            }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                throw r.error("name of symbol \(i) is not valid UTF-8", at: stringsStart + start)
            }
            let member = try member(at: entry.offset, symbol: name, entryOffset: entryOffset + wordSize,
                                    reader: r, index: index)
            symbols.append(ArchiveSymbol(name: name, memberIndex: member))
            if start != expected { sequential = false }
            expected = start + bytes.count + 1
        }
        if sequential && expected == strings.count {
            return (symbols, nil)
        }
        return (symbols, ArchiveSymbolTable.StringLayout(table: Array(strings), offsets: entries.map(\.strx)))
    }
}
