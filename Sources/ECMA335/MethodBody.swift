/// An IL method body (ECMA-335 II.25.4): its header, where its code lies, and its exception
/// clauses. The instructions themselves are decoded on demand with `CILDecoder`.
public struct MethodBody: Hashable, Sendable {
    /// Absolute file offset of the header's first byte.
    public var headerOffset: Int
    /// Absolute file offsets of the code bytes.
    public var codeRange: Range<Int>
    public var maxStack: UInt16
    /// The StandAloneSig of the locals, or nil when the method has none.
    public var localVarSigToken: MetadataToken?
    /// CorILMethod_InitLocals: locals start zeroed.
    public var initLocals: Bool
    /// A one-byte tiny header: max stack 8, no locals, no exception clauses.
    public var isTiny: Bool
    public var exceptionClauses: [ExceptionClause]

    /// Bytes of code.
    public var codeSize: Int { codeRange.count }

    public init(headerOffset: Int, codeRange: Range<Int>, maxStack: UInt16, localVarSigToken: MetadataToken?,
                initLocals: Bool, isTiny: Bool, exceptionClauses: [ExceptionClause]) {
        self.headerOffset = headerOffset
        self.codeRange = codeRange
        self.maxStack = maxStack
        self.localVarSigToken = localVarSigToken
        self.initLocals = initLocals
        self.isTiny = isTiny
        self.exceptionClauses = exceptionClauses
    }

    // Header flags (II.25.4.4).
    private static let tinyFormat: UInt8 = 0x2
    private static let fatFormat: UInt16 = 0x3
    private static let moreSects: UInt16 = 0x8
    private static let initLocalsFlag: UInt16 = 0x10
    // Data section kinds (II.25.4.5).
    private static let ehTable: UInt8 = 0x1
    private static let optILTable: UInt8 = 0x2
    private static let fatSection: UInt8 = 0x40
    private static let moreSections: UInt8 = 0x80

    /// Parses the body whose header starts at `cursor.position`, reading no further than
    /// `cursor.end`.
    ///
    /// Data sections are aligned to 4 bytes of file offset: PE sections start at file and
    /// virtual addresses that are both multiples of 512, so file offset and RVA agree modulo 4.
    public init(at cursor: ByteCursor) throws {
        var cursor = cursor
        headerOffset = cursor.position
        let first = try cursor.readU8()
        if first & 0x3 == Self.tinyFormat {
            codeRange = try Self.code(Int(first >> 2), &cursor, sizeAt: headerOffset)
            maxStack = 8
            localVarSigToken = nil
            initLocals = false
            isTiny = true
            exceptionClauses = []
            return
        }
        guard UInt16(first) & 0x3 == Self.fatFormat else {
            throw cursor.error("method header byte 0x\(CILOpcode.hex(first)) is neither tiny (low bits 10) nor fat (11)",
                               at: headerOffset)
        }
        cursor.position = headerOffset
        let flagsAndSize = try cursor.readU16()
        let flags = flagsAndSize & 0x0FFF
        guard flagsAndSize >> 12 == 3 else {
            throw cursor.error("fat method header size is \(flagsAndSize >> 12) dwords, not 3", at: headerOffset)
        }
        let unknown = flags & ~(Self.fatFormat | Self.moreSects | Self.initLocalsFlag)
        guard unknown == 0 else {
            throw cursor.error("fat method header has unknown flags 0x\(String(unknown, radix: 16))", at: headerOffset)
        }
        maxStack = try cursor.readU16()
        let codeSizeAt = cursor.position
        let codeSize = try cursor.readU32()
        let localsAt = cursor.position
        let locals = MetadataToken(raw: try cursor.readU32())
        if locals.raw == 0 {
            localVarSigToken = nil
        } else {
            guard locals.table == .standAloneSig, !locals.isNull else {
                throw cursor.error("local variable signature token \(locals) is not a StandAloneSig", at: localsAt)
            }
            localVarSigToken = locals
        }
        initLocals = flags & Self.initLocalsFlag != 0
        isTiny = false
        codeRange = try Self.code(Int(codeSize), &cursor, sizeAt: codeSizeAt)
        exceptionClauses = []
        guard flags & Self.moreSects != 0 else { return }
        var more = true
        while more {
            more = try readSection(&cursor)
        }
    }

    /// Consumes `size` code bytes; `sizeAt` is where the header gave the size.
    private static func code(_ size: Int, _ cursor: inout ByteCursor, sizeAt: Int) throws -> Range<Int> {
        let start = cursor.position
        guard size > 0 else { throw cursor.error("method body has no code", at: sizeAt) }
        guard size <= cursor.remaining else {
            throw cursor.error("code of \(size) bytes runs past the end of input (\(cursor.remaining) bytes left)",
                               at: sizeAt)
        }
        cursor.position += size
        return start..<cursor.position
    }

    /// Reads one data section; returns whether another follows.
    private mutating func readSection(_ cursor: inout ByteCursor) throws -> Bool {
        let padding = (4 - cursor.position % 4) % 4
        guard padding <= cursor.remaining else {
            throw cursor.error("data section after the code runs past the end of input")
        }
        cursor.position += padding
        let sectionAt = cursor.position
        let kind = try cursor.readU8()
        guard kind & Self.optILTable == 0 else {
            throw cursor.error("OptILTable data sections are not supported", at: sectionAt)
        }
        guard kind & Self.ehTable != 0, kind & ~(Self.ehTable | Self.fatSection | Self.moreSections) == 0 else {
            throw cursor.error("data section kind 0x\(CILOpcode.hex(kind)) is not an exception table", at: sectionAt)
        }
        let fat = kind & Self.fatSection != 0
        let dataSize: Int
        if fat {
            let low = Int(try cursor.readU8())
            dataSize = low | Int(try cursor.readU16()) << 8
        } else {
            dataSize = Int(try cursor.readU8())
            _ = try cursor.readU16() // reserved
        }
        let clauseSize = fat ? 24 : 12
        guard dataSize >= 4, (dataSize - 4) % clauseSize == 0 else {
            throw cursor.error("\(fat ? "fat" : "small") exception table data size \(dataSize) is not 4 + "
                + "\(clauseSize) × the clause count", at: sectionAt + 1)
        }
        let count = (dataSize - 4) / clauseSize
        guard count * clauseSize <= cursor.remaining else {
            throw cursor.error("\(count) exception clauses of \(clauseSize) bytes run past the end of input "
                + "(\(cursor.remaining) bytes left)")
        }
        for _ in 0..<count {
            exceptionClauses.append(try readClause(&cursor, fat: fat))
        }
        return kind & Self.moreSections != 0
    }

    private func readClause(_ cursor: inout ByteCursor, fat: Bool) throws -> ExceptionClause {
        let at = cursor.position
        let name = "exception clause \(exceptionClauses.count)"
        let flags = fat ? try cursor.readU32() : UInt32(try cursor.readU16())
        let tryAt = cursor.position
        let tryOffset = Int(fat ? try cursor.readU32() : UInt32(try cursor.readU16()))
        let tryLength = Int(fat ? try cursor.readU32() : UInt32(try cursor.readU8()))
        let handlerAt = cursor.position
        let handlerOffset = Int(fat ? try cursor.readU32() : UInt32(try cursor.readU16()))
        let handlerLength = Int(fat ? try cursor.readU32() : UInt32(try cursor.readU8()))
        let tokenAt = cursor.position
        let token = try cursor.readU32()

        func region(_ what: String, _ offset: Int, _ length: Int, at fieldAt: Int) throws -> Range<Int> {
            guard length > 0 else { throw cursor.error("\(name): \(what) at \(ilLabel(offset)) is empty", at: fieldAt) }
            guard offset + length <= codeSize else {
                throw cursor.error("\(name): \(what) \(ilLabel(offset))..<\(ilLabel(offset + length)) runs past "
                    + "the end of the code (\(codeSize) bytes)", at: fieldAt)
            }
            return offset..<(offset + length)
        }
        let tryRange = try region("try block", tryOffset, tryLength, at: tryAt)
        let handlerRange = try region("handler", handlerOffset, handlerLength, at: handlerAt)

        let kind: ExceptionClause.Kind
        switch flags {
        case 0:
            let classToken = MetadataToken(raw: token)
            guard [.typeDef, .typeRef, .typeSpec].contains(classToken.table), !classToken.isNull else {
                throw cursor.error("\(name): catch type \(classToken) is not a TypeDef, TypeRef or TypeSpec",
                                   at: tokenAt)
            }
            kind = .catch(classToken)
        case 1:
            // The filter block runs from the filter offset up to the handler.
            let filter = Int(token)
            guard filter < handlerOffset else {
                throw cursor.error("\(name): filter at \(ilLabel(filter)) does not precede its handler at "
                    + "\(ilLabel(handlerOffset))", at: tokenAt)
            }
            kind = .filter(filter)
        case 2:
            kind = .finally
        case 4:
            kind = .fault
        default:
            throw cursor.error("\(name): flags 0x\(String(flags, radix: 16)) are not catch (0), filter (1), "
                + "finally (2) or fault (4)", at: at)
        }
        return ExceptionClause(kind: kind, tryRange: tryRange, handlerRange: handlerRange, fileOffset: at)
    }

    /// A decoder over this body's code in `bytes`, the array the body was parsed from.
    public func decoder(in bytes: [UInt8], context: String = "") -> CILDecoder {
        CILDecoder(bytes: bytes, codeRange: codeRange, context: context)
    }

    /// Decodes every instruction and checks the exception clauses against them.
    public func instructions(in bytes: [UInt8], context: String = "") throws -> [CILInstruction] {
        var decoder = decoder(in: bytes, context: context)
        let instructions = try decoder.decodeAll()
        try checkClauseBoundaries(decoder)
        return instructions
    }

    /// Checks that every try, handler and filter block starts and ends on an instruction boundary,
    /// given a decoder over this body's code that has decoded all of it.
    public func checkClauseBoundaries(_ decoder: CILDecoder) throws {
        for (index, clause) in exceptionClauses.enumerated() {
            var edges = [("try block start", clause.tryRange.lowerBound), ("try block end", clause.tryRange.upperBound),
                         ("handler start", clause.handlerRange.lowerBound),
                         ("handler end", clause.handlerRange.upperBound)]
            if case .filter(let start) = clause.kind { edges.append(("filter start", start)) }
            for (what, offset) in edges where !decoder.isInstructionBoundary(offset) {
                throw MetadataError("\(ilLabel(offset)): exception clause \(index) \(what) is not an instruction "
                    + "boundary", context: decoder.context, offset: clause.fileOffset)
            }
        }
    }
}

/// One exception handling clause (II.25.4.6), with IL offsets.
public struct ExceptionClause: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A typed handler catching exceptions of this TypeDef, TypeRef or TypeSpec.
        case `catch`(MetadataToken)
        /// A filtered handler; the filter block runs from this IL offset to the handler's start.
        case filter(Int)
        case finally
        case fault
    }

    public var kind: Kind
    public var tryRange: Range<Int>
    public var handlerRange: Range<Int>
    /// Absolute file offset of the clause's first byte.
    public var fileOffset: Int

    public init(kind: Kind, tryRange: Range<Int>, handlerRange: Range<Int>, fileOffset: Int) {
        self.kind = kind
        self.tryRange = tryRange
        self.handlerRange = handlerRange
        self.fileOffset = fileOffset
    }
}
