/// What reading an assembly completely touched.
public struct ReadStatistics: Equatable, Sendable {
    public var tableRows = 0
    public var signatures = 0
    public var methods = 0
    public var methodBodies = 0
    public var instructions = 0
    public var exceptionClauses = 0
    public var customAttributes = 0

    public init() {}
}

extension AssemblyResolver {
    /// Reads everything in assembly `id`: validates every table cell, decodes every signature
    /// blob (fields, methods, member references, stand-alone signatures, properties, type and
    /// method specs), every method body with its locals and exception clauses, every
    /// instruction (token operands checked against their tables and heaps), and every custom
    /// attribute value. The first error is thrown, naming the row or method and the offset.
    public func readCompletely(_ id: AssemblyID) throws -> ReadStatistics {
        let file = self[id]
        let md = file.metadata
        var stats = ReadStatistics()
        try md.validateAllTables()
        for table in TableID.allCases { stats.tableRows += Int(md.rowCount(table)) }
        func rows(_ table: TableID) -> Range<UInt32> { 1..<(md.rowCount(table) + 1) }

        for row in rows(.field) { _ = try file.fieldSignature(ofField: row) }
        for row in rows(.memberRef) { _ = try file.memberRefSignature(row) }
        for row in rows(.standAloneSig) { _ = try file.standAloneSignature(row) }
        for row in rows(.property) { _ = try file.propertySignature(ofProperty: row) }
        for row in rows(.typeSpec) { _ = try file.typeSpec(row) }
        for row in rows(.methodSpec) { _ = try file.methodSpec(row) }
        stats.signatures = Int(md.rowCount(.field) + md.rowCount(.memberRef) + md.rowCount(.standAloneSig)
            + md.rowCount(.property) + md.rowCount(.typeSpec) + md.rowCount(.methodSpec) + md.rowCount(.methodDef))

        for row in rows(.methodDef) {
            stats.methods += 1
            do {
                _ = try file.methodSignature(ofMethod: row)
                guard let body = try file.methodBody(ofMethod: row) else { continue }
                _ = try file.locals(of: body)
                var decoder = body.decoder(in: file.bytes, context: "IL")
                while let instruction = try decoder.next() {
                    stats.instructions += 1
                    if case .token(let token) = instruction.operand { try file.checkOperand(token, of: instruction, decoder) }
                }
                try body.checkClauseBoundaries(decoder)
                stats.methodBodies += 1
                stats.exceptionClauses += body.exceptionClauses.count
            } catch let error as MetadataError {
                throw error.within("method \(try file.methodDisplayName(row))")
            }
        }
        for row in rows(.customAttribute) {
            do {
                _ = try customAttributeValue(row, in: id)
            } catch let error as MetadataError where error.offset == 0 {
                // Resolution errors (a missing referenced assembly) have no place in this file but the row.
                throw MetadataError(error.message, context: "CustomAttribute row \(row)",
                                    offset: md.cellOffset(.customAttribute, row, 0))
            }
            stats.customAttributes += 1
        }
        return stats
    }
}

extension AssemblyFile {
    /// A token operand names an existing row (or `#US` entry); `decoder` has just decoded `instruction`.
    func checkOperand(_ token: MetadataToken, of instruction: CILInstruction, _ decoder: CILDecoder) throws {
        if token.tableNumber == MetadataToken.userStringTag {
            _ = try metadata.userStringUnits(token.row)
        } else if let table = token.table, token.row > metadata.rowCount(table) {
            throw MetadataError("\(ilLabel(instruction.offset)): token \(token) is out of range "
                + "(\(table.name) has \(metadata.rowCount(table)) rows)", context: decoder.context, offset: decoder.position - 4)
        }
    }

    /// `Namespace.Type::Name` of a MethodDef row, for messages.
    public func methodDisplayName(_ row: UInt32) throws -> String {
        let m = try metadata.methodDef(row)
        return try typeDefName(try declaringType(ofMethod: row)) + "::" + metadata.string(m.name.offset)
    }
}
