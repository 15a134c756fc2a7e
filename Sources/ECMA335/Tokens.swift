/// The metadata tables of ECMA-335 II.22, by their table number.
public enum TableID: UInt8, CaseIterable, Sendable, Comparable {
    case module = 0x00, typeRef = 0x01, typeDef = 0x02, fieldPtr = 0x03, field = 0x04
    case methodPtr = 0x05, methodDef = 0x06, paramPtr = 0x07, param = 0x08, interfaceImpl = 0x09
    case memberRef = 0x0A, constant = 0x0B, customAttribute = 0x0C, fieldMarshal = 0x0D
    case declSecurity = 0x0E, classLayout = 0x0F, fieldLayout = 0x10, standAloneSig = 0x11
    case eventMap = 0x12, eventPtr = 0x13, event = 0x14, propertyMap = 0x15, propertyPtr = 0x16
    case property = 0x17, methodSemantics = 0x18, methodImpl = 0x19, moduleRef = 0x1A
    case typeSpec = 0x1B, implMap = 0x1C, fieldRVA = 0x1D, encLog = 0x1E, encMap = 0x1F
    case assembly = 0x20, assemblyProcessor = 0x21, assemblyOS = 0x22, assemblyRef = 0x23
    case assemblyRefProcessor = 0x24, assemblyRefOS = 0x25, file = 0x26, exportedType = 0x27
    case manifestResource = 0x28, nestedClass = 0x29, genericParam = 0x2A, methodSpec = 0x2B
    case genericParamConstraint = 0x2C

    public static func < (a: TableID, b: TableID) -> Bool { a.rawValue < b.rawValue }

    /// The name ECMA-335 (and dnfile) give the table.
    public var name: String {
        switch self {
        case .module: "Module"
        case .typeRef: "TypeRef"
        case .typeDef: "TypeDef"
        case .fieldPtr: "FieldPtr"
        case .field: "Field"
        case .methodPtr: "MethodPtr"
        case .methodDef: "MethodDef"
        case .paramPtr: "ParamPtr"
        case .param: "Param"
        case .interfaceImpl: "InterfaceImpl"
        case .memberRef: "MemberRef"
        case .constant: "Constant"
        case .customAttribute: "CustomAttribute"
        case .fieldMarshal: "FieldMarshal"
        case .declSecurity: "DeclSecurity"
        case .classLayout: "ClassLayout"
        case .fieldLayout: "FieldLayout"
        case .standAloneSig: "StandAloneSig"
        case .eventMap: "EventMap"
        case .eventPtr: "EventPtr"
        case .event: "Event"
        case .propertyMap: "PropertyMap"
        case .propertyPtr: "PropertyPtr"
        case .property: "Property"
        case .methodSemantics: "MethodSemantics"
        case .methodImpl: "MethodImpl"
        case .moduleRef: "ModuleRef"
        case .typeSpec: "TypeSpec"
        case .implMap: "ImplMap"
        case .fieldRVA: "FieldRva"
        case .encLog: "EncLog"
        case .encMap: "EncMap"
        case .assembly: "Assembly"
        case .assemblyProcessor: "AssemblyProcessor"
        case .assemblyOS: "AssemblyOS"
        case .assemblyRef: "AssemblyRef"
        case .assemblyRefProcessor: "AssemblyRefProcessor"
        case .assemblyRefOS: "AssemblyRefOS"
        case .file: "File"
        case .exportedType: "ExportedType"
        case .manifestResource: "ManifestResource"
        case .nestedClass: "NestedClass"
        case .genericParam: "GenericParam"
        case .methodSpec: "MethodSpec"
        case .genericParamConstraint: "GenericParamConstraint"
        }
    }
}

/// A metadata token: table number in the top byte, 1-based row below (0 = null).
///
/// `0x70` in the top byte is a `#US` heap offset (the `ldstr` operand), not a table.
public struct MetadataToken: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var raw: UInt32

    public init(raw: UInt32) { self.raw = raw }
    public init(_ table: TableID, row: UInt32) { raw = UInt32(table.rawValue) << 24 | (row & 0x00FF_FFFF) }

    public static let userStringTag: UInt8 = 0x70

    public var tableNumber: UInt8 { UInt8(raw >> 24) }
    public var table: TableID? { TableID(rawValue: tableNumber) }
    public var row: UInt32 { raw & 0x00FF_FFFF }
    public var isNull: Bool { row == 0 }

    public static func < (a: MetadataToken, b: MetadataToken) -> Bool { a.raw < b.raw }

    public var description: String {
        let hex = String(raw, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 8 - hex.count)) + hex
    }
}
