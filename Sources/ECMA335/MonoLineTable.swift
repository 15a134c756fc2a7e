/// The parameters of the DWARF-like line number programs of a Mono `.mdb` file
/// (the last fields of its offset table), and the decoder of those programs.
///
/// A program runs a state machine (IL offset, line, file, hidden) from
/// (0, 1, 1, false); each special opcode or `DW_LNS_copy` appends a row.
/// After `DW_LNE_end_sequence` come, when the method's flags say so, the
/// columns of the rows and then their end line/column.
public struct MonoLineProgram: Equatable, Sendable {
    /// The smallest line advance a special opcode encodes (mcs writes -1).
    public var lineBase: Int
    /// How many line advances special opcodes encode (mcs writes 8).
    public var lineRange: Int
    /// The first special opcode; smaller non-zero opcodes are standard ones (mcs writes 9).
    public var opcodeBase: Int

    public init(lineBase: Int, lineRange: Int, opcodeBase: Int) {
        self.lineBase = lineBase
        self.lineRange = lineRange
        self.opcodeBase = opcodeBase
    }

    /// The IL offset advance of `DW_LNS_const_add_pc`: that of special opcode 255.
    public var maxAddressIncrement: Int { (255 - opcodeBase) / lineRange }

    // Standard opcodes; mono's writer uses no others, and its reader rejects the rest.
    static let copy: UInt8 = 1
    static let advancePC: UInt8 = 2
    static let advanceLine: UInt8 = 3
    static let setFile: UInt8 = 4
    static let constAddPC: UInt8 = 8
    // Extended opcodes (after a 0 byte and a length byte).
    static let endSequence: UInt8 = 1
    static let negateIsHidden: UInt8 = 0x40
    /// Extended opcodes 0x41...0x7F are reserved for Mono and skipped by their length.
    static let reservedExtensions: ClosedRange<UInt8> = 0x41...0x7F
    /// The end-line delta that means "no end position".
    static let noEnd: Int32 = 0xFF_FFFF

    /// Decodes the program at `cursor`'s position, then its column and end tables.
    ///
    /// `sourceCount` bounds the file indices rows may use (they are 1-based).
    func decode(_ cursor: inout ByteCursor, columns: Bool, ends: Bool,
                sourceCount: Int) throws -> [MonoSymbolMethod.LineEntry] {
        var rows: [MonoSymbolMethod.LineEntry] = []
        var ilOffset = 0, line = 1, file = 1, hidden = false
        // Whether the state changed since the last row; end_sequence then emits one more.
        var modified = false

        func emit(at offset: Int) throws {
            guard file >= 1, file <= sourceCount else {
                throw cursor.error("line entry names source file \(file), but the file has \(sourceCount)",
                                   at: offset)
            }
            rows.append(.init(ilOffset: ilOffset, fileIndex: file, line: line, column: nil,
                              endLine: nil, endColumn: nil, isHidden: hidden))
            modified = false
        }

        // The writer's registers are 32-bit; a program leaving that range is corrupt.
        func checked(_ value: Int, at offset: Int) throws -> Int {
            guard Int32(exactly: value) != nil else {
                throw cursor.error("line table register overflows 32 bits", at: offset)
            }
            return value
        }

        program: while true {
            let at = cursor.position
            let opcode = try cursor.readU8()
            if opcode == 0 {
                let length = Int(try cursor.readU8())
                let end = cursor.position + length
                // The length covers the extended opcode itself, so it cannot be 0.
                guard length >= 1 else { throw cursor.error("extended opcode of length 0", at: at) }
                let extended = try cursor.readU8()
                switch extended {
                case Self.endSequence:
                    if modified { try emit(at: at) }
                    break program
                case Self.negateIsHidden:
                    hidden.toggle()
                    modified = true
                case Self.reservedExtensions:
                    break
                default:
                    throw cursor.error("unknown extended line opcode 0x\(String(extended, radix: 16))", at: at)
                }
                try cursor.seek(end)
            } else if Int(opcode) < opcodeBase {
                switch opcode {
                case Self.copy:
                    try emit(at: at)
                case Self.advancePC:
                    let delta = Int(try cursor.read7BitEncodedInt())
                    // IL offsets only grow: rows are sorted by offset.
                    guard delta >= 0 else { throw cursor.error("negative IL offset advance \(delta)", at: at) }
                    ilOffset = try checked(ilOffset + delta, at: at)
                    modified = true
                case Self.advanceLine:
                    line = try checked(line + Int(try cursor.read7BitEncodedInt()), at: at)
                    modified = true
                case Self.setFile:
                    file = Int(try cursor.read7BitEncodedInt())
                    modified = true
                case Self.constAddPC:
                    ilOffset = try checked(ilOffset + maxAddressIncrement, at: at)
                    modified = true
                default:
                    throw cursor.error("unknown standard line opcode \(opcode)", at: at)
                }
            } else {
                let special = Int(opcode) - opcodeBase
                ilOffset = try checked(ilOffset + special / lineRange, at: at)
                line = try checked(line + lineBase + special % lineRange, at: at)
                try emit(at: at)
            }
        }

        if columns {
            // The writer stores no column for rows with a negative line.
            for i in rows.indices where rows[i].line >= 0 {
                rows[i].column = Int(try cursor.read7BitEncodedInt())
            }
        }
        if ends {
            for i in rows.indices {
                let at = cursor.position
                let delta = try cursor.read7BitEncodedInt()
                guard delta != Self.noEnd else { continue }
                rows[i].endLine = try checked(rows[i].line + Int(delta), at: at)
                rows[i].endColumn = Int(try cursor.read7BitEncodedInt())
            }
        }
        return rows
    }
}
