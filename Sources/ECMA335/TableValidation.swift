extension Metadata {
    /// Checks every cell of every row against the schema: heap offsets inside their heaps
    /// (strings NUL-terminated UTF-8, blobs inside `#Blob`), row indices and coded-index
    /// tags in range, list columns non-decreasing, and tables flagged sorted in key order.
    /// After this, typed row accessors only fail on out-of-range row numbers.
    public func validateAllTables() throws {
        for table in TableID.allCases {
            let count = rowCount(table)
            guard count > 0 else { continue }
            let columns = TableSchema.columns(table)
            for row in 1...count {
                for (column, schema) in columns.enumerated() {
                    try validateCell(table, row, column, schema)
                }
            }
            if isSorted(table), let key = Metadata.sortKeyColumn(table) {
                var previous: UInt32 = 0
                for row in 1...count {
                    let value = cell(table, row, key)
                    guard value >= previous else {
                        throw MetadataError("table is flagged sorted but row \(row) is out of order",
                                            context: table.name, offset: cellOffset(table, row, key))
                    }
                    previous = value
                }
            }
        }
    }

    private func validateCell(_ table: TableID, _ row: UInt32, _ column: Int, _ schema: ColumnSchema) throws {
        let value = cell(table, row, column)
        let context = "\(table.name) row \(row) \(schema.name)"
        let at = cellOffset(table, row, column)
        do {
            switch schema.kind {
            case .u8, .u16, .u32: break
            case .string: _ = try string(value)
            case .blob: _ = try blob(value)
            case .guid: _ = try guid(value)
            case .index(let target, let isList):
                let limit = rowCount(target) + (isList ? 1 : 0)
                guard value <= limit else {
                    throw MetadataError("\(target.name) index \(value) is out of range (\(rowCount(target)) rows)",
                                        context: context, offset: at)
                }
                if isList, row > 1, value < cell(table, row - 1, column) {
                    throw MetadataError("\(target.name) list start \(value) is below the previous row's", context: context, offset: at)
                }
            case .coded(let kind):
                let token = try codedToken(table, row, column, kind)
                guard let target = token.table, token.row <= rowCount(target) else {
                    throw MetadataError("\(kind.name) index points at row \(token.row) of a table with "
                        + "\(token.table.map(rowCount) ?? 0) rows", context: context, offset: at)
                }
            }
        } catch let error as MetadataError where error.context.hasPrefix("#") || error.context.hasSuffix("row \(row)") {
            // Heap and tag errors name the heap; say which cell referred to it.
            throw MetadataError(error.message, context: context, offset: at)
        }
    }

    /// The key column of each table ECMA-335 II.22 requires to be sorted.
    static func sortKeyColumn(_ table: TableID) -> Int? {
        switch table {
        case .interfaceImpl, .nestedClass, .methodImpl, .genericParamConstraint, .customAttribute, .fieldMarshal: 0
        case .declSecurity, .fieldLayout, .fieldRVA, .implMap: 1
        case .classLayout, .constant, .methodSemantics, .genericParam: 2
        default: nil
        }
    }
}
