/// An offset into `#Strings`.
public struct StringHandle: Hashable, Sendable { public var offset: UInt32 }
/// An offset into `#Blob`.
public struct BlobHandle: Hashable, Sendable { public var offset: UInt32 }

// Typed rows of the tables the compiler reads, decoded from the columns TableSchema declares.
// Column numbers below follow that schema's order.

public struct ModuleRow: Sendable { public var name: StringHandle; public var mvid: UInt32 }
public struct TypeRefRow: Sendable {
    public var resolutionScope: MetadataToken
    public var name: StringHandle
    public var namespace: StringHandle
}
public struct TypeDefRow: Sendable {
    public var flags: UInt32
    public var name: StringHandle
    public var namespace: StringHandle
    public var extends: MetadataToken
    public var fieldList: UInt32
    public var methodList: UInt32
}
public struct FieldRow: Sendable { public var flags: UInt16; public var name: StringHandle; public var signature: BlobHandle }
public struct MethodDefRow: Sendable {
    public var rva: UInt32
    public var implFlags: UInt16
    public var flags: UInt16
    public var name: StringHandle
    public var signature: BlobHandle
    public var paramList: UInt32
}
public struct ParamRow: Sendable { public var flags: UInt16; public var sequence: UInt16; public var name: StringHandle }
public struct InterfaceImplRow: Sendable { public var classRow: UInt32; public var interface: MetadataToken }
public struct MemberRefRow: Sendable { public var parent: MetadataToken; public var name: StringHandle; public var signature: BlobHandle }
public struct ConstantRow: Sendable { public var type: UInt8; public var parent: MetadataToken; public var value: BlobHandle }
public struct CustomAttributeRow: Sendable { public var parent: MetadataToken; public var constructor: MetadataToken; public var value: BlobHandle }
public struct ClassLayoutRow: Sendable { public var packingSize: UInt16; public var classSize: UInt32; public var parent: UInt32 }
public struct FieldLayoutRow: Sendable { public var offset: UInt32; public var field: UInt32 }
public struct PropertyRow: Sendable { public var flags: UInt16; public var name: StringHandle; public var type: BlobHandle }
public struct EventRow: Sendable { public var flags: UInt16; public var name: StringHandle; public var type: MetadataToken }
public struct MethodSemanticsRow: Sendable { public var semantics: UInt16; public var method: UInt32; public var association: MetadataToken }
public struct MethodImplRow: Sendable { public var classRow: UInt32; public var body: MetadataToken; public var declaration: MetadataToken }
public struct ImplMapRow: Sendable {
    public var flags: UInt16
    public var member: MetadataToken
    public var importName: StringHandle
    public var importScope: UInt32
}
public struct FieldRVARow: Sendable { public var rva: UInt32; public var field: UInt32 }
public struct AssemblyRow: Sendable {
    public var hashAlgorithm: UInt32
    public var version: (UInt16, UInt16, UInt16, UInt16)
    public var flags: UInt32
    public var publicKey: BlobHandle
    public var name: StringHandle
    public var culture: StringHandle
}
public struct AssemblyRefRow: Sendable {
    public var version: (UInt16, UInt16, UInt16, UInt16)
    public var flags: UInt32
    public var publicKeyOrToken: BlobHandle
    public var name: StringHandle
    public var culture: StringHandle
    public var hashValue: BlobHandle
}
public struct ExportedTypeRow: Sendable {
    public var flags: UInt32
    public var typeDefID: UInt32
    public var name: StringHandle
    public var namespace: StringHandle
    public var implementation: MetadataToken
}
public struct ManifestResourceRow: Sendable {
    public var offset: UInt32
    public var flags: UInt32
    public var name: StringHandle
    public var implementation: MetadataToken
}
public struct NestedClassRow: Sendable { public var nested: UInt32; public var enclosing: UInt32 }
public struct GenericParamRow: Sendable {
    public var number: UInt16
    public var flags: UInt16
    public var owner: MetadataToken
    public var name: StringHandle
}
public struct MethodSpecRow: Sendable { public var method: MetadataToken; public var instantiation: BlobHandle }
public struct GenericParamConstraintRow: Sendable { public var owner: UInt32; public var constraint: MetadataToken }

extension Metadata {
    @inline(__always) private func str(_ t: TableID, _ r: UInt32, _ c: Int) -> StringHandle { StringHandle(offset: cell(t, r, c)) }
    @inline(__always) private func blb(_ t: TableID, _ r: UInt32, _ c: Int) -> BlobHandle { BlobHandle(offset: cell(t, r, c)) }
    @inline(__always) private func u16(_ t: TableID, _ r: UInt32, _ c: Int) -> UInt16 { UInt16(truncatingIfNeeded: cell(t, r, c)) }

    public func module(_ r: UInt32) throws -> ModuleRow {
        try checkRow(.module, r)
        return ModuleRow(name: str(.module, r, 1), mvid: cell(.module, r, 2))
    }
    public func typeRef(_ r: UInt32) throws -> TypeRefRow {
        try checkRow(.typeRef, r)
        return TypeRefRow(resolutionScope: try codedToken(.typeRef, r, 0, .resolutionScope),
                          name: str(.typeRef, r, 1), namespace: str(.typeRef, r, 2))
    }
    public func typeDef(_ r: UInt32) throws -> TypeDefRow {
        try checkRow(.typeDef, r)
        return TypeDefRow(flags: cell(.typeDef, r, 0), name: str(.typeDef, r, 1), namespace: str(.typeDef, r, 2),
                          extends: try codedToken(.typeDef, r, 3, .typeDefOrRef),
                          fieldList: cell(.typeDef, r, 4), methodList: cell(.typeDef, r, 5))
    }
    public func field(_ r: UInt32) throws -> FieldRow {
        try checkRow(.field, r)
        return FieldRow(flags: u16(.field, r, 0), name: str(.field, r, 1), signature: blb(.field, r, 2))
    }
    public func methodDef(_ r: UInt32) throws -> MethodDefRow {
        try checkRow(.methodDef, r)
        return MethodDefRow(rva: cell(.methodDef, r, 0), implFlags: u16(.methodDef, r, 1), flags: u16(.methodDef, r, 2),
                            name: str(.methodDef, r, 3), signature: blb(.methodDef, r, 4), paramList: cell(.methodDef, r, 5))
    }
    public func param(_ r: UInt32) throws -> ParamRow {
        try checkRow(.param, r)
        return ParamRow(flags: u16(.param, r, 0), sequence: u16(.param, r, 1), name: str(.param, r, 2))
    }
    public func interfaceImpl(_ r: UInt32) throws -> InterfaceImplRow {
        try checkRow(.interfaceImpl, r)
        return InterfaceImplRow(classRow: cell(.interfaceImpl, r, 0), interface: try codedToken(.interfaceImpl, r, 1, .typeDefOrRef))
    }
    public func memberRef(_ r: UInt32) throws -> MemberRefRow {
        try checkRow(.memberRef, r)
        return MemberRefRow(parent: try codedToken(.memberRef, r, 0, .memberRefParent), name: str(.memberRef, r, 1),
                            signature: blb(.memberRef, r, 2))
    }
    public func constant(_ r: UInt32) throws -> ConstantRow {
        try checkRow(.constant, r)
        return ConstantRow(type: UInt8(truncatingIfNeeded: cell(.constant, r, 0)),
                           parent: try codedToken(.constant, r, 2, .hasConstant), value: blb(.constant, r, 3))
    }
    public func customAttribute(_ r: UInt32) throws -> CustomAttributeRow {
        try checkRow(.customAttribute, r)
        return CustomAttributeRow(parent: try codedToken(.customAttribute, r, 0, .hasCustomAttribute),
                                  constructor: try codedToken(.customAttribute, r, 1, .customAttributeType),
                                  value: blb(.customAttribute, r, 2))
    }
    public func classLayout(_ r: UInt32) throws -> ClassLayoutRow {
        try checkRow(.classLayout, r)
        return ClassLayoutRow(packingSize: u16(.classLayout, r, 0), classSize: cell(.classLayout, r, 1), parent: cell(.classLayout, r, 2))
    }
    public func fieldLayout(_ r: UInt32) throws -> FieldLayoutRow {
        try checkRow(.fieldLayout, r)
        return FieldLayoutRow(offset: cell(.fieldLayout, r, 0), field: cell(.fieldLayout, r, 1))
    }
    public func standAloneSig(_ r: UInt32) throws -> BlobHandle {
        try checkRow(.standAloneSig, r)
        return blb(.standAloneSig, r, 0)
    }
    public func property(_ r: UInt32) throws -> PropertyRow {
        try checkRow(.property, r)
        return PropertyRow(flags: u16(.property, r, 0), name: str(.property, r, 1), type: blb(.property, r, 2))
    }
    public func event(_ r: UInt32) throws -> EventRow {
        try checkRow(.event, r)
        return EventRow(flags: u16(.event, r, 0), name: str(.event, r, 1), type: try codedToken(.event, r, 2, .typeDefOrRef))
    }
    public func methodSemantics(_ r: UInt32) throws -> MethodSemanticsRow {
        try checkRow(.methodSemantics, r)
        return MethodSemanticsRow(semantics: u16(.methodSemantics, r, 0), method: cell(.methodSemantics, r, 1),
                                  association: try codedToken(.methodSemantics, r, 2, .hasSemantics))
    }
    public func methodImpl(_ r: UInt32) throws -> MethodImplRow {
        try checkRow(.methodImpl, r)
        return MethodImplRow(classRow: cell(.methodImpl, r, 0), body: try codedToken(.methodImpl, r, 1, .methodDefOrRef),
                             declaration: try codedToken(.methodImpl, r, 2, .methodDefOrRef))
    }
    public func moduleRef(_ r: UInt32) throws -> StringHandle {
        try checkRow(.moduleRef, r)
        return str(.moduleRef, r, 0)
    }
    public func typeSpec(_ r: UInt32) throws -> BlobHandle {
        try checkRow(.typeSpec, r)
        return blb(.typeSpec, r, 0)
    }
    public func implMap(_ r: UInt32) throws -> ImplMapRow {
        try checkRow(.implMap, r)
        return ImplMapRow(flags: u16(.implMap, r, 0), member: try codedToken(.implMap, r, 1, .memberForwarded),
                          importName: str(.implMap, r, 2), importScope: cell(.implMap, r, 3))
    }
    public func fieldRVA(_ r: UInt32) throws -> FieldRVARow {
        try checkRow(.fieldRVA, r)
        return FieldRVARow(rva: cell(.fieldRVA, r, 0), field: cell(.fieldRVA, r, 1))
    }
    public func assembly(_ r: UInt32) throws -> AssemblyRow {
        try checkRow(.assembly, r)
        return AssemblyRow(hashAlgorithm: cell(.assembly, r, 0),
                           version: (u16(.assembly, r, 1), u16(.assembly, r, 2), u16(.assembly, r, 3), u16(.assembly, r, 4)),
                           flags: cell(.assembly, r, 5), publicKey: blb(.assembly, r, 6), name: str(.assembly, r, 7),
                           culture: str(.assembly, r, 8))
    }
    public func assemblyRef(_ r: UInt32) throws -> AssemblyRefRow {
        try checkRow(.assemblyRef, r)
        return AssemblyRefRow(version: (u16(.assemblyRef, r, 0), u16(.assemblyRef, r, 1), u16(.assemblyRef, r, 2),
                                        u16(.assemblyRef, r, 3)),
                              flags: cell(.assemblyRef, r, 4), publicKeyOrToken: blb(.assemblyRef, r, 5),
                              name: str(.assemblyRef, r, 6), culture: str(.assemblyRef, r, 7), hashValue: blb(.assemblyRef, r, 8))
    }
    public func exportedType(_ r: UInt32) throws -> ExportedTypeRow {
        try checkRow(.exportedType, r)
        return ExportedTypeRow(flags: cell(.exportedType, r, 0), typeDefID: cell(.exportedType, r, 1),
                               name: str(.exportedType, r, 2), namespace: str(.exportedType, r, 3),
                               implementation: try codedToken(.exportedType, r, 4, .implementation))
    }
    public func manifestResource(_ r: UInt32) throws -> ManifestResourceRow {
        try checkRow(.manifestResource, r)
        return ManifestResourceRow(offset: cell(.manifestResource, r, 0), flags: cell(.manifestResource, r, 1),
                                   name: str(.manifestResource, r, 2),
                                   implementation: try codedToken(.manifestResource, r, 3, .implementation))
    }
    public func nestedClass(_ r: UInt32) throws -> NestedClassRow {
        try checkRow(.nestedClass, r)
        return NestedClassRow(nested: cell(.nestedClass, r, 0), enclosing: cell(.nestedClass, r, 1))
    }
    public func genericParam(_ r: UInt32) throws -> GenericParamRow {
        try checkRow(.genericParam, r)
        return GenericParamRow(number: u16(.genericParam, r, 0), flags: u16(.genericParam, r, 1),
                               owner: try codedToken(.genericParam, r, 2, .typeOrMethodDef), name: str(.genericParam, r, 3))
    }
    public func methodSpec(_ r: UInt32) throws -> MethodSpecRow {
        try checkRow(.methodSpec, r)
        return MethodSpecRow(method: try codedToken(.methodSpec, r, 0, .methodDefOrRef), instantiation: blb(.methodSpec, r, 1))
    }
    public func genericParamConstraint(_ r: UInt32) throws -> GenericParamConstraintRow {
        try checkRow(.genericParamConstraint, r)
        return GenericParamConstraintRow(owner: cell(.genericParamConstraint, r, 0),
                                         constraint: try codedToken(.genericParamConstraint, r, 1, .typeDefOrRef))
    }
}
