import ECMA335

/// The AvailableTypes section (108): a native hashtable of every TypeDef and ExportedType of
/// the assembly, keyed by the version-resilient hash of the type's name and its enclosing
/// types' names, valued `(rid << 1) | isExportedType` (readytorun-format.md). Entries are in
/// crossgen2's order: TypeDefs by row (`<Module>` included), then ExportedTypes by row.
public enum AvailableTypes {
    public struct Entry: Equatable, Sendable {
        public var token: MetadataToken
        /// `Namespace.Name`, nested types as `Outer/Inner`.
        public var name: String
        public var key: UInt32
        public var value: UInt32
    }

    public static func entries(of assembly: AssemblyFile) throws -> [Entry] {
        let metadata = assembly.metadata
        var entries: [Entry] = []
        for row in 1..<(metadata.rowCount(.typeDef) + 1) {
            var chain: [(namespace: String, name: String)] = []
            var current = row
            while true {
                let type = try metadata.typeDef(current)
                chain.append((try metadata.string(type.namespace.offset), try metadata.string(type.name.offset)))
                // Visibility NestedPublic (2) through NestedFamORAssem (7) marks a nested type.
                guard type.flags & 0x7 >= 2 else { break }
                guard chain.count < 64, let outer = try assembly.enclosingType(ofType: current) else {
                    throw MetadataError("nested type has no enclosing type, or nesting forms a cycle",
                                        context: "TypeDef row \(current)", offset: metadata.cellOffset(.typeDef, current, 0))
                }
                current = outer
            }
            entries.append(Entry(token: MetadataToken(.typeDef, row: row), name: try assembly.typeDefName(row),
                                 key: TypeNameHash.availableTypeKey(chain), value: row << 1))
        }
        for row in 1..<(metadata.rowCount(.exportedType) + 1) {
            var chain: [(namespace: String, name: String)] = []
            var current = row
            while true {
                let type = try metadata.exportedType(current)
                chain.append((try metadata.string(type.namespace.offset), try metadata.string(type.name.offset)))
                guard type.implementation.table == .exportedType, !type.implementation.isNull else { break }
                guard chain.count < 64 else {
                    throw MetadataError("exported type nesting forms a cycle", context: "ExportedType row \(row)",
                                        offset: metadata.cellOffset(.exportedType, row, 4))
                }
                current = type.implementation.row
            }
            let name = chain.reversed().enumerated().map { index, part in
                index == 0 && !part.namespace.isEmpty ? part.namespace + "." + part.name : part.name
            }.joined(separator: "/")
            entries.append(Entry(token: MetadataToken(.exportedType, row: row), name: name,
                                 key: TypeNameHash.availableTypeKey(chain), value: row << 1 | 1))
        }
        return entries
    }

    static func encode(_ entries: [Entry]) -> [UInt8] {
        NativeHashtable.encode(entries.map { NativeHashtable.Entry(hash: $0.key, value: NativeFormat.unsigned($0.value)) })
    }
}
