/// The coded index kinds of ECMA-335 II.24.2.6: a tag in the low bits picks the table.
public enum CodedIndexKind: Int, CaseIterable, Sendable {
    case typeDefOrRef, hasConstant, hasCustomAttribute, hasFieldMarshal, hasDeclSecurity
    case memberRefParent, hasSemantics, methodDefOrRef, memberForwarded, implementation
    case customAttributeType, resolutionScope, typeOrMethodDef

    /// The tables in tag order; `nil` marks a tag value the standard leaves unused.
    public var tables: [TableID?] {
        switch self {
        case .typeDefOrRef: [.typeDef, .typeRef, .typeSpec]
        case .hasConstant: [.field, .param, .property]
        case .hasCustomAttribute:
            [.methodDef, .field, .typeRef, .typeDef, .param, .interfaceImpl, .memberRef, .module, .declSecurity,
             .property, .event, .standAloneSig, .moduleRef, .typeSpec, .assembly, .assemblyRef, .file,
             .exportedType, .manifestResource, .genericParam, .genericParamConstraint, .methodSpec]
        case .hasFieldMarshal: [.field, .param]
        case .hasDeclSecurity: [.typeDef, .methodDef, .assembly]
        case .memberRefParent: [.typeDef, .typeRef, .moduleRef, .methodDef, .typeSpec]
        case .hasSemantics: [.event, .property]
        case .methodDefOrRef: [.methodDef, .memberRef]
        case .memberForwarded: [.field, .methodDef]
        case .implementation: [.file, .assemblyRef, .exportedType]
        case .customAttributeType: [nil, nil, .methodDef, .memberRef, nil]
        case .resolutionScope: [.module, .moduleRef, .assemblyRef, .typeRef]
        case .typeOrMethodDef: [.typeDef, .methodDef]
        }
    }

    public var tagBits: Int {
        switch self {
        case .typeDefOrRef, .hasConstant, .hasDeclSecurity, .implementation, .resolutionScope: 2
        case .hasCustomAttribute: 5
        case .hasFieldMarshal, .hasSemantics, .methodDefOrRef, .memberForwarded, .typeOrMethodDef: 1
        case .memberRefParent, .customAttributeType: 3
        }
    }

    public var name: String {
        switch self {
        case .typeDefOrRef: "TypeDefOrRef"
        case .hasConstant: "HasConstant"
        case .hasCustomAttribute: "HasCustomAttribute"
        case .hasFieldMarshal: "HasFieldMarshal"
        case .hasDeclSecurity: "HasDeclSecurity"
        case .memberRefParent: "MemberRefParent"
        case .hasSemantics: "HasSemantics"
        case .methodDefOrRef: "MethodDefOrRef"
        case .memberForwarded: "MemberForwarded"
        case .implementation: "Implementation"
        case .customAttributeType: "CustomAttributeType"
        case .resolutionScope: "ResolutionScope"
        case .typeOrMethodDef: "TypeOrMethodDef"
        }
    }
}

/// What one column of a metadata table holds (II.22).
public enum ColumnKind: Sendable, Equatable {
    case u8, u16, u32
    case string, guid, blob
    /// A 1-based row index into one table; `list` columns may also equal rowCount + 1 (an empty run at the end).
    case index(TableID, list: Bool)
    case coded(CodedIndexKind)
}

public struct ColumnSchema: Sendable {
    public var name: String
    public var kind: ColumnKind
}

/// Every table's columns, declared once; layouts, validation, typed rows and the dump all derive from it.
public enum TableSchema {
    public static func columns(_ table: TableID) -> [ColumnSchema] { all[Int(table.rawValue)] }

    private static func c(_ name: String, _ kind: ColumnKind) -> ColumnSchema { ColumnSchema(name: name, kind: kind) }
    private static func idx(_ t: TableID) -> ColumnKind { .index(t, list: false) }
    private static func list(_ t: TableID) -> ColumnKind { .index(t, list: true) }

    static let all: [[ColumnSchema]] = TableID.allCases.map { table in
        switch table {
        case .module: [c("Generation", .u16), c("Name", .string), c("Mvid", .guid), c("EncId", .guid), c("EncBaseId", .guid)]
        case .typeRef: [c("ResolutionScope", .coded(.resolutionScope)), c("TypeName", .string), c("TypeNamespace", .string)]
        case .typeDef:
            [c("Flags", .u32), c("TypeName", .string), c("TypeNamespace", .string), c("Extends", .coded(.typeDefOrRef)),
             c("FieldList", list(.field)), c("MethodList", list(.methodDef))]
        case .fieldPtr: [c("Field", idx(.field))]
        case .field: [c("Flags", .u16), c("Name", .string), c("Signature", .blob)]
        case .methodPtr: [c("Method", idx(.methodDef))]
        case .methodDef:
            [c("Rva", .u32), c("ImplFlags", .u16), c("Flags", .u16), c("Name", .string), c("Signature", .blob),
             c("ParamList", list(.param))]
        case .paramPtr: [c("Param", idx(.param))]
        case .param: [c("Flags", .u16), c("Sequence", .u16), c("Name", .string)]
        case .interfaceImpl: [c("Class", idx(.typeDef)), c("Interface", .coded(.typeDefOrRef))]
        case .memberRef: [c("Class", .coded(.memberRefParent)), c("Name", .string), c("Signature", .blob)]
        case .constant: [c("Type", .u8), c("Padding", .u8), c("Parent", .coded(.hasConstant)), c("Value", .blob)]
        case .customAttribute: [c("Parent", .coded(.hasCustomAttribute)), c("Type", .coded(.customAttributeType)), c("Value", .blob)]
        case .fieldMarshal: [c("Parent", .coded(.hasFieldMarshal)), c("NativeType", .blob)]
        case .declSecurity: [c("Action", .u16), c("Parent", .coded(.hasDeclSecurity)), c("PermissionSet", .blob)]
        case .classLayout: [c("PackingSize", .u16), c("ClassSize", .u32), c("Parent", idx(.typeDef))]
        case .fieldLayout: [c("Offset", .u32), c("Field", idx(.field))]
        case .standAloneSig: [c("Signature", .blob)]
        case .eventMap: [c("Parent", idx(.typeDef)), c("EventList", list(.event))]
        case .eventPtr: [c("Event", idx(.event))]
        case .event: [c("EventFlags", .u16), c("Name", .string), c("EventType", .coded(.typeDefOrRef))]
        case .propertyMap: [c("Parent", idx(.typeDef)), c("PropertyList", list(.property))]
        case .propertyPtr: [c("Property", idx(.property))]
        case .property: [c("Flags", .u16), c("Name", .string), c("Type", .blob)]
        case .methodSemantics: [c("Semantics", .u16), c("Method", idx(.methodDef)), c("Association", .coded(.hasSemantics))]
        case .methodImpl:
            [c("Class", idx(.typeDef)), c("MethodBody", .coded(.methodDefOrRef)), c("MethodDeclaration", .coded(.methodDefOrRef))]
        case .moduleRef: [c("Name", .string)]
        case .typeSpec: [c("Signature", .blob)]
        case .implMap:
            [c("MappingFlags", .u16), c("MemberForwarded", .coded(.memberForwarded)), c("ImportName", .string),
             c("ImportScope", idx(.moduleRef))]
        case .fieldRVA: [c("Rva", .u32), c("Field", idx(.field))]
        case .encLog: [c("Token", .u32), c("FuncCode", .u32)]
        case .encMap: [c("Token", .u32)]
        case .assembly:
            [c("HashAlgId", .u32), c("MajorVersion", .u16), c("MinorVersion", .u16), c("BuildNumber", .u16),
             c("RevisionNumber", .u16), c("Flags", .u32), c("PublicKey", .blob), c("Name", .string), c("Culture", .string)]
        case .assemblyProcessor: [c("Processor", .u32)]
        case .assemblyOS: [c("OSPlatformID", .u32), c("OSMajorVersion", .u32), c("OSMinorVersion", .u32)]
        case .assemblyRef:
            [c("MajorVersion", .u16), c("MinorVersion", .u16), c("BuildNumber", .u16), c("RevisionNumber", .u16),
             c("Flags", .u32), c("PublicKeyOrToken", .blob), c("Name", .string), c("Culture", .string), c("HashValue", .blob)]
        case .assemblyRefProcessor: [c("Processor", .u32), c("AssemblyRef", idx(.assemblyRef))]
        case .assemblyRefOS:
            [c("OSPlatformId", .u32), c("OSMajorVersion", .u32), c("OSMinorVersion", .u32), c("AssemblyRef", idx(.assemblyRef))]
        case .file: [c("Flags", .u32), c("Name", .string), c("HashValue", .blob)]
        case .exportedType:
            [c("Flags", .u32), c("TypeDefId", .u32), c("TypeName", .string), c("TypeNamespace", .string),
             c("Implementation", .coded(.implementation))]
        case .manifestResource:
            [c("Offset", .u32), c("Flags", .u32), c("Name", .string), c("Implementation", .coded(.implementation))]
        case .nestedClass: [c("NestedClass", idx(.typeDef)), c("EnclosingClass", idx(.typeDef))]
        case .genericParam:
            [c("Number", .u16), c("Flags", .u16), c("Owner", .coded(.typeOrMethodDef)), c("Name", .string)]
        case .methodSpec: [c("Method", .coded(.methodDefOrRef)), c("Instantiation", .blob)]
        case .genericParamConstraint: [c("Owner", idx(.genericParam)), c("Constraint", .coded(.typeDefOrRef))]
        }
    }
}
