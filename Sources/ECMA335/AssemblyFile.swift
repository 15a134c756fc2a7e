import Foundation

/// One CLI module file (an assembly's manifest module): its PE image, CLI header and metadata.
public struct AssemblyFile {
    public let path: String
    public let image: PEImage
    public let cliHeader: CLIHeader
    public let metadata: Metadata

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MetadataError("cannot read file", context: path, offset: 0)
        }
        try self.init(bytes: [UInt8](data), path: path)
    }

    /// Reads a PE file or, recognized by its `WbIL` magic, a WebCIL payload.
    public init(bytes: [UInt8], path: String = "<memory>") throws {
        self.path = path
        image = WebCILHeader.isWebCIL(bytes) ? try PEImage(webcil: bytes) : try PEImage(bytes: bytes)
        cliHeader = try CLIHeader(image: image)
        let dir = cliHeader.metadata
        guard let offset = image.fileOffset(rva: dir.rva, size: dir.size) else {
            throw MetadataError("metadata RVA 0x\(String(dir.rva, radix: 16)) size \(dir.size) is not inside any section",
                                context: "CLI header", offset: cliHeader.fileOffset + 8)
        }
        metadata = try Metadata(bytes: bytes, range: offset..<(offset + Int(dir.size)))
    }

    public var bytes: [UInt8] { metadata.bytes }

    // MARK: Member lists (II.22: a run of rows up to the next owner's start; Ptr tables indirect it)

    public func fieldRows(ofType typeRow: UInt32) throws -> [UInt32] {
        try listRun(owner: .typeDef, row: typeRow, column: 4, target: .field, pointer: .fieldPtr)
    }

    public func methodRows(ofType typeRow: UInt32) throws -> [UInt32] {
        try listRun(owner: .typeDef, row: typeRow, column: 5, target: .methodDef, pointer: .methodPtr)
    }

    public func paramRows(ofMethod methodRow: UInt32) throws -> [UInt32] {
        try listRun(owner: .methodDef, row: methodRow, column: 5, target: .param, pointer: .paramPtr)
    }

    public func propertyRows(ofType typeRow: UInt32) throws -> [UInt32] {
        guard let map = try rows(of: .propertyMap, keyColumn: 0, equal: typeRow).first else { return [] }
        return try listRun(owner: .propertyMap, row: map, column: 1, target: .property, pointer: .propertyPtr)
    }

    public func eventRows(ofType typeRow: UInt32) throws -> [UInt32] {
        guard let map = try rows(of: .eventMap, keyColumn: 0, equal: typeRow).first else { return [] }
        return try listRun(owner: .eventMap, row: map, column: 1, target: .event, pointer: .eventPtr)
    }

    private func listRun(owner: TableID, row: UInt32, column: Int, target: TableID, pointer: TableID) throws -> [UInt32] {
        try metadata.checkRow(owner, row)
        let ownerCount = metadata.rowCount(owner)
        let usesPointer = metadata.rowCount(pointer) > 0
        let limit = (usesPointer ? metadata.rowCount(pointer) : metadata.rowCount(target)) + 1
        let first = metadata.cell(owner, row, column)
        let next = row < ownerCount ? metadata.cell(owner, row + 1, column) : limit
        guard first >= 1 || limit == 1, first <= next, next <= limit else {
            throw MetadataError("\(target.name) list \(first)..<\(next) is out of range (\(limit - 1) rows)",
                                context: "\(owner.name) row \(row)", offset: metadata.cellOffset(owner, row, column))
        }
        guard first < next else { return [] }
        guard usesPointer else { return Array(first..<next) }
        return try (first..<next).map { p in
            let r = metadata.cell(pointer, p, 0)
            guard r >= 1, r <= metadata.rowCount(target) else {
                throw MetadataError("\(target.name) index \(r) is out of range", context: "\(pointer.name) row \(p)",
                                    offset: metadata.cellOffset(pointer, p, 0))
            }
            return r
        }
    }

    /// The TypeDef row whose member list holds `methodRow` (every method has exactly one owner).
    public func declaringType(ofMethod methodRow: UInt32) throws -> UInt32 {
        try owner(of: methodRow, ownerColumn: 5, pointer: .methodPtr, target: .methodDef)
    }

    public func declaringType(ofField fieldRow: UInt32) throws -> UInt32 {
        try owner(of: fieldRow, ownerColumn: 4, pointer: .fieldPtr, target: .field)
    }

    private func owner(of row: UInt32, ownerColumn: Int, pointer: TableID, target: TableID) throws -> UInt32 {
        try metadata.checkRow(target, row)
        var position = row
        if metadata.rowCount(pointer) > 0 {
            guard let p = (1...metadata.rowCount(pointer)).first(where: { metadata.cell(pointer, $0, 0) == row }) else {
                throw MetadataError("\(target.name) row \(row) is not listed in \(pointer.name)", context: target.name, offset: 0)
            }
            position = p
        }
        // Last TypeDef whose list starts at or before `position` (list starts are non-decreasing).
        var low: UInt32 = 1, high = metadata.rowCount(.typeDef)
        var found: UInt32 = 0
        while low <= high {
            let mid = low + (high - low) / 2
            if metadata.cell(.typeDef, mid, ownerColumn) <= position { found = mid; low = mid + 1 } else { high = mid - 1 }
        }
        // Skip types with empty runs that start at the same row.
        while found > 0, found < metadata.rowCount(.typeDef), metadata.cell(.typeDef, found + 1, ownerColumn) <= position {
            found += 1
        }
        guard found > 0 else {
            throw MetadataError("\(target.name) row \(row) belongs to no type", context: target.name, offset: 0)
        }
        return found
    }

    // MARK: Lookups by key (binary search where the table is sorted, a scan otherwise)

    /// Rows of `table` whose `keyColumn` raw value equals `key`, in row order.
    public func rows(of table: TableID, keyColumn: Int, equal key: UInt32) throws -> [UInt32] {
        let count = metadata.rowCount(table)
        guard count > 0 else { return [] }
        if metadata.isSorted(table) && Metadata.sortKeyColumn(table) == keyColumn {
            var low: UInt32 = 1, high = count + 1
            while low < high {
                let mid = low + (high - low) / 2
                if metadata.cell(table, mid, keyColumn) < key { low = mid + 1 } else { high = mid }
            }
            var result: [UInt32] = []
            var row = low
            while row <= count, metadata.cell(table, row, keyColumn) == key { result.append(row); row += 1 }
            return result
        }
        return (1...count).filter { metadata.cell(table, $0, keyColumn) == key }
    }

    /// The raw coded-index value of `token` as `kind` stores it, for key lookups.
    public static func codedValue(_ token: MetadataToken, _ kind: CodedIndexKind) -> UInt32? {
        guard let table = token.table, let tag = kind.tables.firstIndex(of: table) else { return nil }
        return token.row << UInt32(kind.tagBits) | UInt32(tag)
    }

    private func rows(of table: TableID, keyColumn: Int, codedKey token: MetadataToken, _ kind: CodedIndexKind) throws -> [UInt32] {
        guard let key = AssemblyFile.codedValue(token, kind) else { return [] }
        return try rows(of: table, keyColumn: keyColumn, equal: key)
    }

    public func customAttributes(of token: MetadataToken) throws -> [UInt32] {
        try rows(of: .customAttribute, keyColumn: 0, codedKey: token, .hasCustomAttribute)
    }

    /// `Namespace.Name` of the attribute type of CustomAttribute row `row`: the type declaring its
    /// constructor (nil for a constructor referenced through a TypeSpec or ModuleRef).
    public func customAttributeTypeName(_ row: UInt32) throws -> String? {
        let constructor = try metadata.customAttribute(row).constructor
        switch constructor.table {
        case .memberRef:
            let parent = try metadata.memberRef(constructor.row).parent
            switch parent.table {
            case .typeRef: return try typeRefName(parent.row)
            case .typeDef: return try typeDefName(parent.row)
            default: return nil
            }
        case .methodDef:
            return try typeDefName(try declaringType(ofMethod: constructor.row))
        default:
            return nil
        }
    }
    public func constant(of token: MetadataToken) throws -> UInt32? {
        try rows(of: .constant, keyColumn: 2, codedKey: token, .hasConstant).first
    }
    public func genericParams(of token: MetadataToken) throws -> [UInt32] {
        try rows(of: .genericParam, keyColumn: 2, codedKey: token, .typeOrMethodDef)
    }
    public func genericParamConstraints(of genericParamRow: UInt32) throws -> [UInt32] {
        try rows(of: .genericParamConstraint, keyColumn: 0, equal: genericParamRow)
    }
    public func methodSemantics(of token: MetadataToken) throws -> [UInt32] {
        try rows(of: .methodSemantics, keyColumn: 2, codedKey: token, .hasSemantics)
    }
    public func implMap(of token: MetadataToken) throws -> UInt32? {
        try rows(of: .implMap, keyColumn: 1, codedKey: token, .memberForwarded).first
    }
    public func interfaceImpls(ofType typeRow: UInt32) throws -> [UInt32] {
        try rows(of: .interfaceImpl, keyColumn: 0, equal: typeRow)
    }
    public func methodImpls(ofType typeRow: UInt32) throws -> [UInt32] {
        try rows(of: .methodImpl, keyColumn: 0, equal: typeRow)
    }
    public func classLayout(ofType typeRow: UInt32) throws -> UInt32? {
        try rows(of: .classLayout, keyColumn: 2, equal: typeRow).first
    }
    public func fieldLayout(ofField fieldRow: UInt32) throws -> UInt32? {
        try rows(of: .fieldLayout, keyColumn: 1, equal: fieldRow).first
    }
    public func fieldRVA(ofField fieldRow: UInt32) throws -> UInt32? {
        try rows(of: .fieldRVA, keyColumn: 1, equal: fieldRow).first
    }
    public func nestedTypes(ofType typeRow: UInt32) throws -> [UInt32] {
        try rows(of: .nestedClass, keyColumn: 1, equal: typeRow)
            .map { metadata.cell(.nestedClass, $0, 0) }
    }
    public func enclosingType(ofType typeRow: UInt32) throws -> UInt32? {
        try rows(of: .nestedClass, keyColumn: 0, equal: typeRow).first.map { metadata.cell(.nestedClass, $0, 1) }
    }

    // MARK: Names

    /// `Namespace.Name`, or `Outer/Inner` for nested types, as ilasm writes them.
    public func typeDefName(_ row: UInt32) throws -> String { try typeDefName(row, depth: 0) }

    private func typeDefName(_ row: UInt32, depth: Int) throws -> String {
        guard depth < 64 else {
            throw MetadataError("nested types form a cycle", context: "TypeDef row \(row)", offset: metadata.cellOffset(.typeDef, row, 1))
        }
        let t = try metadata.typeDef(row)
        let name = try metadata.string(t.name.offset)
        if let outer = try enclosingType(ofType: row), outer != row {
            return try typeDefName(outer, depth: depth + 1) + "/" + name
        }
        let ns = try metadata.string(t.namespace.offset)
        return ns.isEmpty ? name : ns + "." + name
    }

    /// `Namespace.Name` or `Outer/Inner` for a TypeRef (its resolution scope may be another TypeRef).
    public func typeRefName(_ row: UInt32, depth: Int = 0) throws -> String {
        guard depth < 64 else {
            throw MetadataError("nested type references form a cycle", context: "TypeRef row \(row)",
                                offset: metadata.cellOffset(.typeRef, row, 0))
        }
        let t = try metadata.typeRef(row)
        let name = try metadata.string(t.name.offset)
        if t.resolutionScope.table == .typeRef, !t.resolutionScope.isNull {
            return try typeRefName(t.resolutionScope.row, depth: depth + 1) + "/" + name
        }
        let ns = try metadata.string(t.namespace.offset)
        return ns.isEmpty ? name : ns + "." + name
    }

    /// The simple name of this assembly (Assembly table), or the module name if there is no manifest.
    public func assemblyName() throws -> String {
        if metadata.rowCount(.assembly) > 0 { return try metadata.string(try metadata.assembly(1).name.offset) }
        return try metadata.string(try metadata.module(1).name.offset)
    }
}
