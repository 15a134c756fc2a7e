/// Encodes an `Archive`, recomputing everything derivable: member sizes, the long-name table
/// and its `/N` references, the symbol index and the member offsets in it.
///
/// The archive must be consistent: every symbol's `memberIndex` must index `members`, and
/// sizes must fit the header's 10 decimal digits (and 32-bit offsets for an explicitly
/// 32-bit symbol index). Violations are programming errors and stop the program.
public enum ArchiveWriter {
    public static func write(_ archive: Archive) -> [UInt8] {
        for symbol in archive.symbols {
            precondition(archive.members.indices.contains(symbol.memberIndex),
                         "archive symbol \(symbol.name) refers to member \(symbol.memberIndex), but there are \(archive.members.count) members")
        }
        let isThin = archive.kind == .thin

        // The long-name table and each member's offset into it.
        var longNameOffsets = [Int](repeating: 0, count: archive.members.count)
        var longNames: [UInt8]?
        var longNameTable = archive.longNameTable
        if longNameTable == nil && archive.members.contains(where: { $0.nameEncoding == .gnuLong }) {
            longNameTable = ArchiveLongNameTable(deduplicatesNames: !isThin)
        }
        if let table = longNameTable {
            var bytes = table.verbatim
            var seen: [String: Int] = [:]
            for (i, member) in archive.members.enumerated() where member.nameEncoding == .gnuLong {
                if table.deduplicatesNames, let offset = seen[member.name] {
                    longNameOffsets[i] = offset
                    continue
                }
                longNameOffsets[i] = bytes.count
                if table.deduplicatesNames { seen[member.name] = bytes.count }
                bytes.append(contentsOf: member.name.utf8)
                bytes.append(UInt8(ascii: "/"))
                bytes.append(UInt8(ascii: "\n"))
            }
            bytes.append(contentsOf: table.trailer ?? defaultLongNameTableTrailer(entriesSize: bytes.count))
            longNames = bytes
        }

        // The symbol index: its size does not depend on member offsets, so lay it out first.
        var symbolTable = archive.symbolTable
        let defaultTable = symbolTable == nil
        if symbolTable == nil && !archive.symbols.isEmpty {
            symbolTable = .llvmDefault(for: archive.kind)
        }
        var symbolStrings: [UInt8] = []
        var stringOffsets: [UInt64] = []

        if let table = symbolTable {
            if table.format.isBSD, let layout = table.stringLayout, layout.offsets.count == archive.symbols.count {
                symbolStrings = layout.table
                stringOffsets = layout.offsets

            } else {
                var total = 0
                for symbol in archive.symbols { total += symbol.name.utf8.count + 1 }
                symbolStrings.reserveCapacity(total)
                stringOffsets.reserveCapacity(archive.symbols.count)
                for symbol in archive.symbols {
                    stringOffsets.append(UInt64(symbolStrings.count))
                    symbolStrings.append(contentsOf: symbol.name.utf8)
                    symbolStrings.append(0)
                }
            }
        }

        var layout = Layout(archive: archive, symbolTable: symbolTable, symbolStrings: symbolStrings,
                            longNames: longNames)
        if defaultTable, let table = symbolTable, !table.format.is64Bit,
           layout.largestMemberOffset > Int(UInt32.max) {
            // As llvm-ar does, switch to 64-bit words when offsets no longer fit.
            symbolTable = .llvmDefault(for: archive.kind, is64Bit: true)
            layout = Layout(archive: archive, symbolTable: symbolTable, symbolStrings: symbolStrings,
                            longNames: longNames)
        }

        var out: [UInt8] = []
        out.reserveCapacity(layout.totalSize)
        out.append(contentsOf: isThin ? Archive.thinMagic : Archive.magic)

        if let table = symbolTable {
            let wordSize = table.format.is64Bit ? 8 : 4
            let inlineName = layout.symbolTableNameLength
            appendHeader(&out, nameEncoding: table.format.isBSD ? table.nameEncoding : .raw(Array(table.format.memberName.utf8)),
                         name: table.format.memberName, inlineNameLength: inlineName, longNameOffset: 0,
                         fields: table.header, size: layout.symbolTableSize)
            if inlineName > 0 { appendInlineName(&out, table.format.memberName, length: inlineName) }
            let count = archive.symbols.count
            switch table.format {
            case .gnu, .gnu64:
                appendWord(&out, UInt64(count), size: wordSize, bigEndian: true)
                for symbol in archive.symbols {
                    appendWord(&out, UInt64(layout.memberOffsets[symbol.memberIndex]), size: wordSize, bigEndian: true)
                }
                out.append(contentsOf: symbolStrings)
            case .bsd, .bsd64:
                appendWord(&out, UInt64(count * 2 * wordSize), size: wordSize, bigEndian: false)
                for (i, symbol) in archive.symbols.enumerated() {
                    appendWord(&out, stringOffsets[i], size: wordSize, bigEndian: false)
                    appendWord(&out, UInt64(layout.memberOffsets[symbol.memberIndex]), size: wordSize, bigEndian: false)
                }
                appendWord(&out, UInt64(symbolStrings.count), size: wordSize, bigEndian: false)
                out.append(contentsOf: symbolStrings)
            }
            out.append(contentsOf: layout.symbolTableTrailer)
            if layout.symbolTableSize & 1 == 1 { out.append(table.alignmentPadding) }
        }

        if let table = longNameTable, let bytes = longNames {
            appendHeader(&out, nameEncoding: .raw(Array("//".utf8)), name: "//", inlineNameLength: 0,
                         longNameOffset: 0, fields: table.header, size: bytes.count)
            out.append(contentsOf: bytes)
            if bytes.count & 1 == 1 { out.append(table.alignmentPadding) }
        }

        for (i, member) in archive.members.enumerated() {
            let inlineName = layout.inlineNameLengths[i]
            let size = inlineName + (isThin ? member.thinSize : member.data.count)
            appendHeader(&out, nameEncoding: member.nameEncoding, name: member.name, inlineNameLength: inlineName,
                         longNameOffset: longNameOffsets[i], fields: member.header, size: size)
            if inlineName > 0 { appendInlineName(&out, member.name, length: inlineName) }
            if !isThin {
                out.append(contentsOf: member.data)
                if size & 1 == 1 { out.append(member.alignmentPadding) }
            }
        }
        return out
    }

    /// The padding llvm-ar puts after a symbol index's strings: NULs up to a multiple of
    /// 2 bytes (GNU) or 8 bytes (BSD) of content (not counting a `#1/N` name).
    public static func defaultSymbolTableTrailer(contentSize: Int, format: ArchiveSymbolTable.Format) -> [UInt8] {
        let alignment = format.isBSD ? 8 : 2
        let remainder = contentSize % alignment
        return [UInt8](repeating: 0, count: remainder == 0 ? 0 : alignment - remainder)
    }

    /// The padding llvm-ar and GNU ar put at the end of the `//` table: `\n` if its size is odd.
    public static func defaultLongNameTableTrailer(entriesSize: Int) -> [UInt8] {
        entriesSize & 1 == 1 ? [UInt8(ascii: "\n")] : []
    }

    // MARK: Layout

    /// Sizes and offsets of everything, computed before any byte is written.
    private struct Layout {
        var symbolTableNameLength = 0
        var symbolTableSize = 0
        var symbolTableTrailer: [UInt8] = []
        var inlineNameLengths: [Int]
        var memberOffsets: [Int]
        var totalSize = 8

        var largestMemberOffset: Int { memberOffsets.last ?? 0 }

        init(archive: Archive, symbolTable: ArchiveSymbolTable?, symbolStrings: [UInt8], longNames: [UInt8]?) {
            inlineNameLengths = []
            inlineNameLengths.reserveCapacity(archive.members.count)
            memberOffsets = []
            memberOffsets.reserveCapacity(archive.members.count)
            var position = 8
            if let table = symbolTable {
                let wordSize = table.format.is64Bit ? 8 : 4
                let count = archive.symbols.count
                let content = table.format.isBSD
                    ? wordSize + count * 2 * wordSize + wordSize + symbolStrings.count
                    : wordSize + count * wordSize + symbolStrings.count
                symbolTableTrailer = table.trailer
                    ?? ArchiveWriter.defaultSymbolTableTrailer(contentSize: content, format: table.format)
                if table.format.isBSD {
                    symbolTableNameLength = ArchiveWriter.inlineNameLength(table.nameEncoding, name: table.format.memberName,
                                                                           headerOffset: position)
                }
                symbolTableSize = symbolTableNameLength + content + symbolTableTrailer.count
                position += 60 + symbolTableSize + (symbolTableSize & 1)
            }
            if let bytes = longNames {
                position += 60 + bytes.count + (bytes.count & 1)
            }
            let isThin = archive.kind == .thin
            for member in archive.members {
                memberOffsets.append(position)
                let inline = ArchiveWriter.inlineNameLength(member.nameEncoding, name: member.name, headerOffset: position)
                inlineNameLengths.append(inline)
                position += 60 + inline
                if !isThin {
                    position += member.data.count
                    position += (inline + member.data.count) & 1
                }
            }
            totalSize = position
        }
    }

    /// Bytes a `#1/N` name takes at the start of the data (0 for other encodings).
    static func inlineNameLength(_ encoding: ArchiveNameEncoding, name: String, headerOffset: Int) -> Int {
        guard case .bsdLong(let stored) = encoding else { return 0 }
        let length = name.utf8.count
        if let stored, stored >= length { return stored }
        // llvm-ar pads the name so the data after it is 8-byte aligned.
        let end = headerOffset + 60 + length
        return length + (8 - end % 8) % 8
    }

    // MARK: Encoding

    private static func appendInlineName(_ out: inout [UInt8], _ name: String, length: Int) {
        let start = out.count
        out.append(contentsOf: name.utf8)
        out.append(contentsOf: repeatElement(0, count: length - (out.count - start)))
    }

    private static func appendWord(_ out: inout [UInt8], _ value: UInt64, size: Int, bigEndian: Bool) {
        precondition(size == 8 || value <= UInt64(UInt32.max),
                     "archive symbol index value \(value) does not fit in a 32-bit word")
        if bigEndian {
            for shift in stride(from: (size - 1) * 8, through: 0, by: -8) {
                out.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
            }
        } else {
            for shift in stride(from: 0, to: size * 8, by: 8) {
                out.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
            }
        }
    }

    /// Appends `bytes` space padded (or cut) to `width`.
    private static func appendField<S: Sequence>(_ out: inout [UInt8], _ bytes: S, width: Int) where S.Element == UInt8 {
        var written = 0
        for b in bytes where written < width {
            out.append(b)
            written += 1
        }
        while written < width {
            out.append(UInt8(ascii: " "))
            written += 1
        }
    }

    /// A header field given as one character per byte (see `ArchiveHeaderFields`).
    private static func appendField(_ out: inout [UInt8], latin1 text: String, width: Int) {
        appendField(&out, text.unicodeScalars.lazy.map { $0.value <= 0xFF ? UInt8($0.value) : UInt8(ascii: "?") },
                    width: width)
    }

    private static func appendHeader(_ out: inout [UInt8], nameEncoding: ArchiveNameEncoding, name: String,
                                     inlineNameLength: Int, longNameOffset: Int,
                                     fields: ArchiveHeaderFields, size: Int) {
        switch nameEncoding {
        case .gnuShort:
            appendField(&out, name.utf8 + [UInt8(ascii: "/")], width: 16)
        case .bsdShort:
            appendField(&out, name.utf8, width: 16)
        case .gnuLong:
            appendField(&out, ("/" + String(longNameOffset)).utf8, width: 16)
        case .gnuLongAt(let offset):
            appendField(&out, ("/" + String(offset)).utf8, width: 16)
        case .bsdLong:
            appendField(&out, ("#1/" + String(inlineNameLength)).utf8, width: 16)
        case .raw(let field):
            appendField(&out, field, width: 16)
        }
        appendField(&out, latin1: fields.date, width: 12)
        appendField(&out, latin1: fields.uid, width: 6)
        appendField(&out, latin1: fields.gid, width: 6)
        appendField(&out, latin1: fields.mode, width: 8)
        precondition(size >= 0 && size <= 9_999_999_999, "archive member size \(size) does not fit the header")
        appendField(&out, String(size).utf8, width: 10)
        out.append(UInt8(ascii: "`"))
        out.append(UInt8(ascii: "\n"))
    }
}
