/// A plain-text listing of every metadata table: row counts, then every row's raw cells
/// with the row's file offset, then decoded names of types, methods and member references.
/// `r2r-cc --dump-tables` prints it; the metadata conformance suite diffs it against dnfile.
public enum TableDump {
    public static func render(_ file: AssemblyFile) throws -> String {
        let md = file.metadata
        var out = ""
        for table in TableID.allCases where md.rowCount(table) > 0 {
            out += "table \(table.name) rows=\(md.rowCount(table))\n"
        }
        for table in TableID.allCases {
            let columns = TableSchema.columns(table).count
            for row in rows(md, table) {
                out += "\(table.name) \(row) @\(md.cellOffset(table, row, 0))"
                for column in 0..<columns { out += " \(md.cell(table, row, column))" }
                out += "\n"
            }
        }
        for row in rows(md, .typeDef) {
            let t = try md.typeDef(row)
            out += "TypeDef \(row) name=\(quoted(try md.string(t.namespace.offset))) \(quoted(try md.string(t.name.offset)))\n"
        }
        for row in rows(md, .methodDef) {
            let m = try md.methodDef(row)
            out += "MethodDef \(row) name=\(quoted(try md.string(m.name.offset))) sig=\(m.signature.offset)\n"
        }
        for row in rows(md, .memberRef) {
            let m = try md.memberRef(row)
            out += "MemberRef \(row) name=\(quoted(try md.string(m.name.offset))) sig=\(m.signature.offset)\n"
        }
        return out
    }

    private static func rows(_ md: Metadata, _ table: TableID) -> Range<UInt32> { 1..<(md.rowCount(table) + 1) }

    /// Double-quoted, with `"`, `\` and everything outside printable ASCII as \u{XXXX} escapes.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            if scalar == "\"" || scalar == "\\" || scalar.value < 0x20 || scalar.value > 0x7E {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
