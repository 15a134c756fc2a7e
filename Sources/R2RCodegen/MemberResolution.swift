import ECMA335

/// A method definition anywhere in the loaded assemblies.
public struct MethodHandle: Hashable, Sendable {
    public var assembly: AssemblyID
    public var row: UInt32
}

/// A field definition anywhere in the loaded assemblies.
public struct FieldHandle: Hashable, Sendable {
    public var assembly: AssemblyID
    public var row: UInt32
}

/// A method's signature in compiler types.
public struct MethodShape: Sendable {
    public var hasThis: Bool
    public var declaringType: TypeID
    public var parameters: [TypeID]
    public var returnType: TypeID
}

extension TypeSystem {
    /// The definition a MethodDef or MemberRef token calls; a MemberRef is matched by name and
    /// signature in its parent type (resolved across assemblies, through the redirects).
    public func resolveMethod(_ token: MetadataToken, in assembly: AssemblyID) throws -> MethodHandle {
        let file = resolver[assembly]
        switch token.table {
        case .methodDef:
            try file.metadata.checkRow(.methodDef, token.row)
            return MethodHandle(assembly: assembly, row: token.row)
        case .memberRef:
            let ref = try file.metadata.memberRef(token.row)
            let name = try file.metadata.string(ref.name.offset)
            guard case .method(let signature) = try file.memberRefSignature(token.row) else {
                throw CompileError("\(token) is a field reference, not a method")
            }
            let parent: ResolvedType
            switch ref.parent.table {
            case .typeRef, .typeDef: parent = try resolver.resolveType(ref.parent, in: assembly)
            case .methodDef: return MethodHandle(assembly: assembly, row: ref.parent.row)
            default: throw CompileError("calls through \(ref.parent.table?.name ?? "?") member references are not supported yet")
            }
            let target = resolver[parent.assembly]
            for row in try target.methodRows(ofType: parent.typeDefRow)
            where target.metadata.stringEquals(try target.metadata.methodDef(row).name.offset, name) {
                let candidate = try target.methodSignature(ofMethod: row)
                if try signaturesMatch(signature, in: assembly, candidate, in: parent.assembly) {
                    return MethodHandle(assembly: parent.assembly, row: row)
                }
            }
            let printer = SignaturePrinter(typeName: { [resolver] in (try? Self.typeName($0, in: assembly, resolver)) ?? "?" })
            throw CompileError("\(try target.typeDefName(parent.typeDefRow))::\(name) with signature "
                + "'\(printer.text(signature))' is not defined in \(try target.assemblyName())")
        default:
            throw CompileError("\(token) does not name a method")
        }
    }

    public func resolveField(_ token: MetadataToken, in assembly: AssemblyID) throws -> FieldHandle {
        let file = resolver[assembly]
        switch token.table {
        case .field:
            try file.metadata.checkRow(.field, token.row)
            return FieldHandle(assembly: assembly, row: token.row)
        case .memberRef:
            let ref = try file.metadata.memberRef(token.row)
            let name = try file.metadata.string(ref.name.offset)
            guard ref.parent.table == .typeRef || ref.parent.table == .typeDef else {
                throw CompileError("fields of generic instances are not supported yet")
            }
            let parent = try resolver.resolveType(ref.parent, in: assembly)
            let target = resolver[parent.assembly]
            for row in try target.fieldRows(ofType: parent.typeDefRow)
            where target.metadata.stringEquals(try target.metadata.field(row).name.offset, name) {
                return FieldHandle(assembly: parent.assembly, row: row)
            }
            throw CompileError("field \(try target.typeDefName(parent.typeDefRow))::\(name) is not defined in "
                + "\(try target.assemblyName())")
        default:
            throw CompileError("\(token) does not name a field")
        }
    }

    public func shape(of method: MethodHandle) throws -> MethodShape {
        let file = resolver[method.assembly]
        let signature = try file.methodSignature(ofMethod: method.row)
        if case .generic = signature.callingConvention { throw CompileError("generic methods are not supported yet") }
        let owner = try definition(ResolvedType(assembly: method.assembly, typeDefRow: try file.declaringType(ofMethod: method.row)))
        return MethodShape(hasThis: signature.hasThis, declaringType: owner,
                           parameters: try signature.parameterTypes.map { try type(of: $0, in: method.assembly) },
                           returnType: try type(of: signature.returnType, in: method.assembly))
    }

    /// Field type and, for instance fields, offset within the value (structs) or object (classes).
    public func fieldInfo(_ field: FieldHandle) throws -> (type: TypeID, owner: TypeID, offset: Int?, isStatic: Bool) {
        let file = resolver[field.assembly]
        let row = try file.metadata.field(field.row)
        let owner = try definition(ResolvedType(assembly: field.assembly, typeDefRow: try file.declaringType(ofField: field.row)))
        let type = try type(of: try file.fieldSignature(ofField: field.row).type, in: field.assembly)
        let isStatic = row.flags & FieldAttributes.static != 0
        // Primitives and enums wrap their one instance field (m_value, value__) at offset 0.
        var offset = self[owner].fieldOffsets[field.row]
        if case .primitive = self[owner].kind, !isStatic { offset = 0 }
        return (type, owner, isStatic ? nil : offset, isStatic)
    }

    func signaturesMatch(_ a: MethodSignature, in aAssembly: AssemblyID,
                                 _ b: MethodSignature, in bAssembly: AssemblyID) throws -> Bool {
        guard a.hasThis == b.hasThis, a.parameterTypes.count == b.parameterTypes.count,
              a.callingConvention == b.callingConvention || a.callingConvention == .vararg else { return false }
        guard try sigEqual(a.returnType, aAssembly, b.returnType, bAssembly) else { return false }
        for (x, y) in zip(a.parameterTypes, b.parameterTypes) where !(try sigEqual(x, aAssembly, y, bAssembly)) { return false }
        return true
    }

    private func sigEqual(_ a: TypeSig, _ aAssembly: AssemblyID, _ b: TypeSig, _ bAssembly: AssemblyID) throws -> Bool {
        switch (a, b) {
        case (.pointer(let x), .pointer(let y)), (.byRef(let x), .byRef(let y)), (.szArray(let x), .szArray(let y)),
             (.pinned(let x), .pinned(let y)):
            return try sigEqual(x, aAssembly, y, bAssembly)
        case (.modified(_, _, let x), _): return try sigEqual(x, aAssembly, b, bAssembly)
        case (_, .modified(_, _, let y)): return try sigEqual(a, aAssembly, y, bAssembly)
        case (.valueType(let x), .valueType(let y)), (.classType(let x), .classType(let y)):
            return try sameType(x, aAssembly, y, bAssembly)
        case (.genericInst(let xv, let xt, let xs), .genericInst(let yv, let yt, let ys)):
            guard xv == yv, xs.count == ys.count, try sameType(xt, aAssembly, yt, bAssembly) else { return false }
            for (x, y) in zip(xs, ys) where !(try sigEqual(x, aAssembly, y, bAssembly)) { return false }
            return true
        case (.array(let x, let xs), .array(let y, let ys)):
            guard xs == ys else { return false }
            return try sigEqual(x, aAssembly, y, bAssembly)
        case (.functionPointer(let x), .functionPointer(let y)):
            return try signaturesMatch(x, in: aAssembly, y, in: bAssembly)
        default:
            return a == b
        }
    }

    private func sameType(_ x: MetadataToken, _ xa: AssemblyID, _ y: MetadataToken, _ ya: AssemblyID) throws -> Bool {
        guard x.table != .typeSpec, y.table != .typeSpec else {
            return x.table == y.table && xa == ya && x == y
        }
        return try resolver.resolveType(x, in: xa) == (try resolver.resolveType(y, in: ya))
    }

    static func typeName(_ token: MetadataToken, in assembly: AssemblyID, _ resolver: AssemblyResolver) throws -> String {
        switch token.table {
        case .typeDef: try resolver[assembly].typeDefName(token.row)
        case .typeRef: try resolver[assembly].typeRefName(token.row)
        default: "\(token)"
        }
    }
}
