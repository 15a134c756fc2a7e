import Foundation

/// A loaded assembly, by its position in the resolver's list.
public struct AssemblyID: Hashable, Sendable { public var raw: Int }

/// A type definition somewhere in the loaded set.
public struct ResolvedType: Hashable, Sendable {
    public var assembly: AssemblyID
    public var typeDefRow: UInt32
    public init(assembly: AssemblyID, typeDefRow: UInt32) {
        self.assembly = assembly
        self.typeDefRow = typeDefRow
    }
}

/// A method or field definition somewhere in the loaded set (token is a MethodDef or Field token).
public struct ResolvedMember: Hashable, Sendable {
    public var assembly: AssemblyID
    public var token: MetadataToken
}

/// Loads referenced assemblies on demand and resolves type and member references to their
/// definitions: TypeRef scopes (module, module ref, assembly ref, enclosing TypeRef),
/// `ExportedType` forwarders, nested types, and MemberRefs by name and signature.
public final class AssemblyResolver {
    public private(set) var assemblies: [AssemblyFile] = []
    private var byName: [String: AssemblyID] = [:]
    /// Per assembly: "namespace\0name" → top-level TypeDef row, built on first use.
    private var topLevelTypes: [Int: [String: UInt32]] = [:]
    public let searchDirectories: [String]
    /// Simple assembly names resolved as another name (e.g. `mscorlib` → our core library).
    public let redirects: [String: String]

    public init(searchDirectories: [String], redirects: [String: String] = [:]) {
        self.searchDirectories = searchDirectories
        self.redirects = redirects
    }

    public subscript(id: AssemblyID) -> AssemblyFile { assemblies[id.raw] }

    /// Adds an assembly read from `path` (or returns the one already loaded with its name).
    @discardableResult
    public func load(path: String) throws -> AssemblyID {
        let file: AssemblyFile
        do { file = try AssemblyFile(path: path) } catch let e as MetadataError { throw e.within(path) }
        let name = try file.assemblyName()
        if let existing = byName[name] { return existing }
        let id = AssemblyID(raw: assemblies.count)
        assemblies.append(file)
        byName[name] = id
        return id
    }

    /// Runs `body` with `file` added under a fresh ID (not registered by name), then forgets it:
    /// for inspecting many variants of one assembly against a shared set of references.
    public func withTemporary<T>(_ file: AssemblyFile, _ body: (AssemblyID) throws -> T) rethrows -> T {
        let id = AssemblyID(raw: assemblies.count)
        assemblies.append(file)
        defer {
            assemblies.removeLast()
            topLevelTypes[id.raw] = nil
        }
        return try body(id)
    }

    /// The assembly with simple name `name`, loaded from the search directories if needed.
    public func assembly(named requested: String) throws -> AssemblyID {
        let name = redirects[requested] ?? requested
        if let id = byName[name] { return id }
        for directory in searchDirectories {
            for ext in [".dll", ".exe"] {
                let path = directory + "/" + name + ext
                if FileManager.default.fileExists(atPath: path) {
                    let id = try load(path: path)
                    byName[requested] = id
                    return id
                }
            }
        }
        throw MetadataError("cannot find assembly '\(name)' in \(searchDirectories.joined(separator: ", "))", offset: 0)
    }

    // MARK: Types

    /// The definition a TypeDef, TypeRef or (for its generic type) TypeSpec-free token names.
    public func resolveType(_ token: MetadataToken, in id: AssemblyID) throws -> ResolvedType {
        switch token.table {
        case .typeDef:
            try self[id].metadata.checkRow(.typeDef, token.row)
            return ResolvedType(assembly: id, typeDefRow: token.row)
        case .typeRef:
            return try resolveTypeRef(token.row, in: id, depth: 0)
        default:
            throw MetadataError("token \(token) does not name a type definition or reference", offset: 0)
        }
    }

    private func resolveTypeRef(_ row: UInt32, in id: AssemblyID, depth: Int) throws -> ResolvedType {
        let file = self[id]
        let md = file.metadata
        let ref = try md.typeRef(row)
        let name = try md.string(ref.name.offset), namespace = try md.string(ref.namespace.offset)
        let at = md.cellOffset(.typeRef, row, 0)
        guard depth < 64 else { throw MetadataError("type reference chain too deep", context: "TypeRef row \(row)", offset: at) }
        let scope = ref.resolutionScope
        switch scope.table {
        case .typeRef where !scope.isNull:
            let outer = try resolveTypeRef(scope.row, in: id, depth: depth + 1)
            return try nestedType(named: name, in: outer, referencedAt: at)
        case .assemblyRef where !scope.isNull:
            let target = try assembly(named: try md.string(try md.assemblyRef(scope.row).name.offset))
            return try topLevelType(namespace: namespace, name: name, in: target, depth: depth, referencedAt: at)
        case .moduleRef:
            throw MetadataError("types in other modules of a multi-module assembly are not supported",
                                context: "TypeRef row \(row)", offset: at)
        case .module, .typeRef, .assemblyRef, nil:
            // Module scope (or null, which ECMA-335 reserves for ExportedType lookup) names this assembly.
            return try topLevelType(namespace: namespace, name: name, in: id, depth: depth, referencedAt: at)
        default:
            throw MetadataError("unexpected resolution scope \(scope)", context: "TypeRef row \(row)", offset: at)
        }
    }

    /// A top-level type by namespace and name, following `ExportedType` forwarders.
    public func topLevelType(namespace: String, name: String, in id: AssemblyID, depth: Int = 0,
                             referencedAt: Int = 0) throws -> ResolvedType {
        let key = namespace + "\0" + name
        if let row = try typeIndex(id)[key] { return ResolvedType(assembly: id, typeDefRow: row) }
        let md = self[id].metadata
        for row in 1..<(md.rowCount(.exportedType) + 1) {
            let exported = try md.exportedType(row)
            guard md.stringEquals(exported.name.offset, name), md.stringEquals(exported.namespace.offset, namespace),
                  exported.implementation.table == .assemblyRef else { continue }
            guard depth < 64 else { throw MetadataError("type forwarders form a cycle", context: key, offset: referencedAt) }
            let target = try assembly(named: try md.string(try md.assemblyRef(exported.implementation.row).name.offset))
            return try topLevelType(namespace: namespace, name: name, in: target, depth: depth + 1, referencedAt: referencedAt)
        }
        let full = namespace.isEmpty ? name : namespace + "." + name
        throw MetadataError("type \(full) is not defined in \(try self[id].assemblyName())", offset: referencedAt)
    }

    func nestedType(named name: String, in outer: ResolvedType, referencedAt: Int = 0) throws -> ResolvedType {
        let file = self[outer.assembly]
        for row in try file.nestedTypes(ofType: outer.typeDefRow)
        where file.metadata.stringEquals(try file.metadata.typeDef(row).name.offset, name) {
            return ResolvedType(assembly: outer.assembly, typeDefRow: row)
        }
        throw MetadataError("nested type \(name) is not defined in \(try file.typeDefName(outer.typeDefRow))", offset: referencedAt)
    }

    private func typeIndex(_ id: AssemblyID) throws -> [String: UInt32] {
        if let index = topLevelTypes[id.raw] { return index }
        let file = self[id]
        var nested = Set<UInt32>()
        for row in 1..<(file.metadata.rowCount(.nestedClass) + 1) { nested.insert(try file.metadata.nestedClass(row).nested) }
        var index: [String: UInt32] = [:]
        for row in 1..<(file.metadata.rowCount(.typeDef) + 1) where !nested.contains(row) {
            let t = try file.metadata.typeDef(row)
            let key = try file.metadata.string(t.namespace.offset) + "\0" + file.metadata.string(t.name.offset)
            if index[key] == nil { index[key] = row }
        }
        topLevelTypes[id.raw] = index
        return index
    }
}
