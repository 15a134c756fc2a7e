import ECMA335

/// A type known to the compiler, by its position in `TypeSystem.types`.
public struct TypeID: Hashable, Sendable { public var raw: Int32 }

/// The primitive kinds the IL evaluation stack and wasm care about.
public enum PrimitiveKind: Sendable, Equatable {
    case bool, char, i1, u1, i2, u2, i4, u4, i8, u8, r4, r8, intPtr, uintPtr

    public var size: Int {
        switch self {
        case .bool, .i1, .u1: 1
        case .char, .i2, .u2: 2
        case .i4, .u4, .r4, .intPtr, .uintPtr: 4
        case .i8, .u8, .r8: 8
        }
    }

    /// The CoreLib struct that boxes it.
    public var typeName: String {
        switch self {
        case .bool: "System.Boolean"
        case .char: "System.Char"
        case .i1: "System.SByte"
        case .u1: "System.Byte"
        case .i2: "System.Int16"
        case .u2: "System.UInt16"
        case .i4: "System.Int32"
        case .u4: "System.UInt32"
        case .i8: "System.Int64"
        case .u8: "System.UInt64"
        case .r4: "System.Single"
        case .r8: "System.Double"
        case .intPtr: "System.IntPtr"
        case .uintPtr: "System.UIntPtr"
        }
    }
}

public enum TypeKind: Sendable, Equatable {
    case void
    case primitive(PrimitiveKind)
    /// A reference type defined in metadata (System.Object, String, classes, interfaces, delegates).
    case classType(ResolvedType)
    /// A struct; enums are `primitive` of their underlying type with `definition` set.
    case valueType(ResolvedType)
    case szArray(element: TypeID)
    case pointer(TypeID)
    case byRef(TypeID)
}

public struct TypeInfo: Sendable {
    public var kind: TypeKind
    /// Full name as symbols and MethodTables spell it: `System.Int32`, `Ns.Outer/Inner`, `System.Int32[]`.
    public var name: String
    /// The metadata definition, for primitives and enums too (their CoreLib struct).
    public var definition: ResolvedType?
    /// Size and alignment of a value of this type where it is stored (a reference is 4 bytes).
    public var size: Int
    public var alignment: Int
    /// Value types and classes: instance field offsets (classes: from the object start, after the MT).
    public var fieldOffsets: [UInt32: Int] = [:]
    /// Classes: bytes of a fresh instance including the MethodTable pointer.
    public var instanceSize: Int = 0
    /// A struct with exactly one instance field and no padding lowers to that field (R2R-WASM.md §6).
    public var singleField: TypeID?
    public var isEnum = false
    /// Offsets of the object-reference fields, nested structs' included: the GC descriptor.
    /// Classes count from the object start, value types from the value's first byte.
    public var referenceOffsets: [Int] = []
}

/// Types, layouts and member resolution over an `AssemblyResolver`'s assemblies.
public final class TypeSystem {
    public let resolver: AssemblyResolver
    public let coreLibrary: AssemblyID
    public private(set) var types: [TypeInfo] = []
    private var byKind: [TypeKindKey: TypeID] = [:]
    private var layingOut: Set<ResolvedType> = []
    var slotCache: [TypeID: [MethodHandle]] = [:]
    var interfaceCache: [TypeID: [TypeID]] = [:]

    private enum TypeKindKey: Hashable {
        case void, primitive(String), definition(ResolvedType), szArray(TypeID), pointer(TypeID), byRef(TypeID)
    }

    public init(resolver: AssemblyResolver, coreLibrary: AssemblyID) {
        self.resolver = resolver
        self.coreLibrary = coreLibrary
    }

    public subscript(id: TypeID) -> TypeInfo { types[Int(id.raw)] }

    private func intern(_ key: TypeKindKey, _ make: () throws -> TypeInfo) rethrows -> TypeID {
        if let id = byKind[key] { return id }
        let info = try make()
        let id = TypeID(raw: Int32(types.count))
        types.append(info)
        byKind[key] = id
        return id
    }

    public var void: TypeID { intern(.void) { TypeInfo(kind: .void, name: "System.Void", size: 0, alignment: 1) } }

    public func primitive(_ kind: PrimitiveKind) -> TypeID {
        intern(.primitive(kind.typeName)) {
            let definition = try? resolver.topLevelType(
                namespace: "System", name: String(kind.typeName.dropFirst("System.".count)), in: coreLibrary)
            return TypeInfo(kind: .primitive(kind), name: kind.typeName, definition: definition,
                            size: kind.size, alignment: kind.size)
        }
    }

    public func szArray(of element: TypeID) -> TypeID {
        intern(.szArray(element)) { TypeInfo(kind: .szArray(element: element), name: self[element].name + "[]", size: 4, alignment: 4) }
    }

    public func pointer(to target: TypeID) -> TypeID {
        intern(.pointer(target)) { TypeInfo(kind: .pointer(target), name: self[target].name + "*", size: 4, alignment: 4) }
    }

    public func byRef(to target: TypeID) -> TypeID {
        intern(.byRef(target)) { TypeInfo(kind: .byRef(target), name: self[target].name + "&", size: 4, alignment: 4) }
    }

    public func coreType(_ namespace: String, _ name: String) throws -> TypeID {
        try definition(try resolver.topLevelType(namespace: namespace, name: name, in: coreLibrary))
    }

    /// The base type a TypeDef extends (nil for System.Object, interfaces, and generic bases).
    func baseType(of type: TypeID) throws -> TypeID? {
        guard let definition = self[type].definition else { return nil }
        let row = try resolver[definition.assembly].metadata.typeDef(definition.typeDefRow)
        guard !row.extends.isNull, row.extends.table != .typeSpec else { return nil }
        return try self.definition(try resolver.resolveType(row.extends, in: definition.assembly))
    }

    /// A method of a core library type, by name (the first of that name).
    func coreMethod(_ namespace: String, _ typeName: String, _ name: String) throws -> MethodHandle {
        let file = resolver[coreLibrary]
        guard let definition = self[try coreType(namespace, typeName)].definition,
              let row = try file.methodRows(ofType: definition.typeDefRow).first(where: {
                  file.metadata.stringEquals(try file.metadata.methodDef($0).name.offset, name)
              }) else { throw CompileError("the core library has no \(namespace).\(typeName).\(name)") }
        return MethodHandle(assembly: coreLibrary, row: row)
    }

    public var string: TypeID { get throws { try coreType("System", "String") } }
    public var object: TypeID { get throws { try coreType("System", "Object") } }

    /// The type a TypeDef names: a primitive for CoreLib's System.Int32 etc., an enum's underlying
    /// primitive, a struct or a class, laid out on first use.
    public func definition(_ type: ResolvedType) throws -> TypeID {
        if let id = byKind[.definition(type)] { return id }
        let file = resolver[type.assembly]
        let name = try file.typeDefName(type.typeDefRow)
        if type.assembly == coreLibrary, name.hasPrefix("System."), let kind = Self.primitiveKinds[name] {
            let id = primitive(kind)
            byKind[.definition(type)] = id
            return id
        }
        if let underlying = try resolver.enumUnderlyingType(type) {
            let base = self[primitive(Self.primitiveKind(of: underlying))]
            var info = TypeInfo(kind: base.kind, name: name, definition: type, size: base.size, alignment: base.alignment)
            info.isEnum = true
            return intern(.definition(type)) { info }
        }
        let row = try file.metadata.typeDef(type.typeDefRow)
        let isValueType = try extendsValueType(row, in: type.assembly)
        guard !layingOut.contains(type) else {
            throw CompileError("type \(name) contains itself by value")
        }
        layingOut.insert(type)
        defer { layingOut.remove(type) }
        let info = isValueType ? try layOutStruct(type, name: name) : try layOutClass(type, name: name)
        return intern(.definition(type)) { info }
    }

    static let primitiveKinds: [String: PrimitiveKind] = [
        "System.Boolean": .bool, "System.Char": .char, "System.SByte": .i1, "System.Byte": .u1,
        "System.Int16": .i2, "System.UInt16": .u2, "System.Int32": .i4, "System.UInt32": .u4,
        "System.Int64": .i8, "System.UInt64": .u8, "System.Single": .r4, "System.Double": .r8,
        "System.IntPtr": .intPtr, "System.UIntPtr": .uintPtr,
    ]

    static func primitiveKind(of element: ElementType) -> PrimitiveKind {
        switch element {
        case .boolean: .bool
        case .char: .char
        case .i1: .i1
        case .u1: .u1
        case .i2: .i2
        case .u2: .u2
        case .u4: .u4
        case .i8: .i8
        case .u8: .u8
        default: .i4
        }
    }

    private func extendsValueType(_ row: TypeDefRow, in assembly: AssemblyID) throws -> Bool {
        guard !row.extends.isNull, row.extends.table != .typeSpec else { return false }
        let base = try resolver.resolveType(row.extends, in: assembly)
        let baseName = try resolver[base.assembly].typeDefName(base.typeDefRow)
        return baseName == "System.ValueType"
    }

    /// A field's storage: references need no layout of what they point to, so classes may
    /// refer to themselves; a value type's layout comes first (and may not contain itself).
    private struct FieldStorage {
        var row: UInt32
        var size: Int
        var alignment: Int
        /// The field's type, or nil for a reference or pointer (4 bytes, lowered as an i32).
        var type: TypeID?
        /// An object reference (not a pointer): the GC descriptor lists it.
        var isReference = false
    }

    private func referenceOffsets(of field: FieldStorage, at offset: Int) -> [Int] {
        guard let type = field.type else { return field.isReference ? [offset] : [] }
        return self[type].referenceOffsets.map { $0 + offset }
    }

    private func instanceFields(_ type: ResolvedType) throws -> [FieldStorage] {
        let file = resolver[type.assembly]
        return try file.fieldRows(ofType: type.typeDefRow).compactMap { field in
            guard try file.metadata.field(field).flags & FieldAttributes.static == 0 else { return nil }
            var sig = try file.fieldSignature(ofField: field).type
            while case .modified(_, _, let inner) = sig { sig = inner }
            switch sig {
            case .classType, .string, .object, .szArray, .array:
                return FieldStorage(row: field, size: 4, alignment: 4, type: nil, isReference: true)
            case .genericInst(let isValueType, _, _) where !isValueType:
                return FieldStorage(row: field, size: 4, alignment: 4, type: nil, isReference: true)
            case .pointer, .byRef, .functionPointer:
                return FieldStorage(row: field, size: 4, alignment: 4, type: nil)
            default:
                let fieldType = try self.type(of: sig, in: type.assembly)
                return FieldStorage(row: field, size: self[fieldType].size, alignment: self[fieldType].alignment, type: fieldType)
            }
        }
    }

    private func layOutStruct(_ type: ResolvedType, name: String) throws -> TypeInfo {
        let file = resolver[type.assembly]
        let flags = try file.metadata.typeDef(type.typeDefRow).flags
        let explicit = flags & TypeAttributes.layoutMask == TypeAttributes.explicitLayout
        var packing = 0, classSize = 0
        if let layout = try file.classLayout(ofType: type.typeDefRow) {
            let row = try file.metadata.classLayout(layout)
            packing = Int(row.packingSize)
            classSize = Int(row.classSize)
        }
        var info = TypeInfo(kind: .valueType(type), name: name, definition: type, size: 0, alignment: 1)
        let fields = try instanceFields(type)
        var end = 0
        for field in fields {
            let alignment = packing > 0 ? min(packing, field.alignment) : field.alignment
            var offset: Int
            if explicit {
                guard let layoutRow = try file.fieldLayout(ofField: field.row) else {
                    throw CompileError("field \(name)::\(try file.metadata.string(try file.metadata.field(field.row).name.offset)) "
                        + "of an explicit-layout struct has no offset")
                }
                offset = Int(try file.metadata.fieldLayout(layoutRow).offset)
            } else {
                offset = (end + alignment - 1) / alignment * alignment
            }
            info.fieldOffsets[field.row] = offset
            info.referenceOffsets += referenceOffsets(of: field, at: offset)
            info.alignment = max(info.alignment, alignment)
            end = max(end, offset + field.size)
            guard end <= MethodCompiler.maximumFrameSize else { throw CompileError("struct \(name) is too large") }
        }
        guard classSize <= MethodCompiler.maximumFrameSize else { throw CompileError("struct \(name) is too large") }
        end = max(end, classSize)
        info.size = max(1, (end + info.alignment - 1) / info.alignment * info.alignment)
        if fields.count == 1, info.fieldOffsets[fields[0].row] == 0, fields[0].size == info.size {
            info.singleField = try fields[0].type ?? object
        }
        if fields.isEmpty && classSize == 0 { info.size = 1 }
        return info
    }

    private func layOutClass(_ type: ResolvedType, name: String) throws -> TypeInfo {
        let file = resolver[type.assembly]
        let row = try file.metadata.typeDef(type.typeDefRow)
        var info = TypeInfo(kind: .classType(type), name: name, definition: type, size: 4, alignment: 4)
        var end = 4
        if !row.extends.isNull, row.extends.table != .typeSpec {
            let base = try definition(try resolver.resolveType(row.extends, in: type.assembly))
            end = max(end, self[base].instanceSize)
            info.referenceOffsets = self[base].referenceOffsets
        }
        for field in try instanceFields(type) {
            let offset = (end + field.alignment - 1) / field.alignment * field.alignment
            info.fieldOffsets[field.row] = offset
            info.referenceOffsets += referenceOffsets(of: field, at: offset)
            end = offset + field.size
            guard end <= MethodCompiler.maximumFrameSize else { throw CompileError("class \(name) is too large") }
        }
        info.instanceSize = (end + 3) / 4 * 4
        return info
    }

    // MARK: Signatures

    /// The type a signature names, in the context of `assembly` (generic parameters are not supported yet).
    public func type(of sig: TypeSig, in assembly: AssemblyID) throws -> TypeID {
        switch sig {
        case .void: return void
        case .bool: return primitive(.bool)
        case .char: return primitive(.char)
        case .i1: return primitive(.i1)
        case .u1: return primitive(.u1)
        case .i2: return primitive(.i2)
        case .u2: return primitive(.u2)
        case .i4: return primitive(.i4)
        case .u4: return primitive(.u4)
        case .i8: return primitive(.i8)
        case .u8: return primitive(.u8)
        case .r4: return primitive(.r4)
        case .r8: return primitive(.r8)
        case .intPtr: return primitive(.intPtr)
        case .uintPtr: return primitive(.uintPtr)
        case .string: return try string
        case .object: return try object
        case .pointer(let target): return pointer(to: try type(of: target, in: assembly))
        case .byRef(let target): return byRef(to: try type(of: target, in: assembly))
        case .szArray(let element): return szArray(of: try type(of: element, in: assembly))
        case .valueType(let token), .classType(let token): return try type(token: token, in: assembly)
        case .modified(_, _, let inner), .pinned(let inner): return try type(of: inner, in: assembly)
        case .typedByRef: throw CompileError("TypedReference is not supported")
        case .genericParam, .methodGenericParam, .genericInst: throw CompileError("generic types are not supported yet")
        case .array: throw CompileError("multi-dimensional arrays are not supported yet")
        case .functionPointer: throw CompileError("function pointers are not supported yet")
        }
    }

    /// The type a TypeDef, TypeRef or TypeSpec token names.
    public func type(token: MetadataToken, in assembly: AssemblyID) throws -> TypeID {
        if token.table == .typeSpec { return try type(of: try resolver[assembly].typeSpec(token.row), in: assembly) }
        return try definition(try resolver.resolveType(token, in: assembly))
    }

    public func isReference(_ id: TypeID) -> Bool {
        switch self[id].kind {
        case .classType, .szArray: true
        default: false
        }
    }
}
