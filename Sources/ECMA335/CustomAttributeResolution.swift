/// Custom attribute values need types from other assemblies: an enum argument's size is its
/// underlying type's, found by resolving the enum's definition.
extension AssemblyResolver {
    /// The decoded value of CustomAttribute row `row` of assembly `id`.
    public func customAttributeValue(_ row: UInt32, in id: AssemblyID) throws -> CustomAttributeValue {
        let file = self[id]
        let attribute = try file.metadata.customAttribute(row)
        let constructor: MethodSignature
        switch attribute.constructor.table {
        case .methodDef: constructor = try file.methodSignature(ofMethod: attribute.constructor.row)
        case .memberRef:
            guard case .method(let signature) = try file.memberRefSignature(attribute.constructor.row) else {
                throw MetadataError("attribute constructor \(attribute.constructor) is a field", context: "CustomAttribute row \(row)",
                                    offset: file.metadata.cellOffset(.customAttribute, row, 1))
            }
            constructor = signature
        default:
            throw MetadataError("attribute constructor \(attribute.constructor) is not a method",
                                context: "CustomAttribute row \(row)", offset: file.metadata.cellOffset(.customAttribute, row, 1))
        }
        let blob = try file.metadata.blob(attribute.value.offset, context: "CustomAttribute row \(row) value")
        return try CustomAttributeDecoder.decode(
            blob, constructor: constructor,
            resolveToken: { try self.customAttributeElementType(of: $0, in: id) },
            resolveEnumName: { try self.enumUnderlyingType(serializedName: $0, in: id) })
    }

    /// For a constructor parameter's class or value type: the enum's underlying type,
    /// `.systemType` for System.Type, nil for anything else.
    public func customAttributeElementType(of token: MetadataToken, in id: AssemblyID) throws -> ElementType? {
        let type = try resolveType(token, in: id)
        let file = self[type.assembly]
        let name = try file.typeDefName(type.typeDefRow)
        if name == "System.Type" { return .systemType }
        return try enumUnderlyingType(type)
    }

    /// The underlying type of an enum definition (its instance field's type), or nil if it is not an enum.
    public func enumUnderlyingType(_ type: ResolvedType) throws -> ElementType? {
        let file = self[type.assembly]
        let definition = try file.metadata.typeDef(type.typeDefRow)
        guard !definition.extends.isNull,
              try typeName(definition.extends, in: type.assembly) == "System.Enum" else { return nil }
        for field in try file.fieldRows(ofType: type.typeDefRow) where try file.metadata.field(field).flags & FieldAttributes.static == 0 {
            guard let element = try file.fieldSignature(ofField: field).type.integralElementType else {
                throw MetadataError("enum \(try file.typeDefName(type.typeDefRow)) has a non-integral value field",
                                    context: "Field row \(field)", offset: file.metadata.cellOffset(.field, field, 2))
            }
            return element
        }
        throw MetadataError("enum \(try file.typeDefName(type.typeDefRow)) has no value field",
                            context: "TypeDef row \(type.typeDefRow)", offset: file.metadata.cellOffset(.typeDef, type.typeDefRow, 1))
    }

    /// An enum named as custom attributes serialize types: `Ns.Outer+Inner, Assembly, Version=…`.
    /// Without an assembly part the type is looked up in `id`, then in mscorlib.
    public func enumUnderlyingType(serializedName: String, in id: AssemblyID) throws -> ElementType? {
        var typePart = Substring(serializedName), assemblyPart: Substring?
        var depth = 0
        for index in serializedName.indices {
            switch serializedName[index] {
            case "[": depth += 1
            case "]": depth -= 1
            case "," where depth == 0:
                typePart = serializedName[..<index]
                assemblyPart = serializedName[serializedName.index(after: index)...]
            default: continue
            }
            if assemblyPart != nil { break }
        }
        let names = typePart.trimmingSpaces.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        guard let outer = names.first, !outer.isEmpty else {
            throw MetadataError("malformed serialized type name '\(serializedName)'", offset: 0)
        }
        let scopes: [AssemblyID]
        if let assemblyPart {
            let simpleName = assemblyPart.split(separator: ",", maxSplits: 1).first.map { String($0.trimmingSpaces) } ?? ""
            scopes = [try assembly(named: simpleName)]
        } else {
            scopes = [id, try assembly(named: "mscorlib")]
        }
        let dot = outer.lastIndex(of: ".")
        let namespace = dot.map { String(outer[..<$0]) } ?? ""
        let name = dot.map { String(outer[outer.index(after: $0)...]) } ?? outer
        var lastError: MetadataError?
        for scope in scopes {
            do {
                var type = try topLevelType(namespace: namespace, name: name, in: scope)
                for nested in names.dropFirst() { type = try nestedType(named: nested, in: type) }
                return try enumUnderlyingType(type)
            } catch let error as MetadataError {
                lastError = error
            }
        }
        throw lastError ?? MetadataError("cannot resolve type '\(serializedName)'", offset: 0)
    }

    /// `Namespace.Name` of a TypeDef or TypeRef token, or nil for other tokens.
    func typeName(_ token: MetadataToken, in id: AssemblyID) throws -> String? {
        switch token.table {
        case .typeDef: try self[id].typeDefName(token.row)
        case .typeRef: try self[id].typeRefName(token.row)
        default: nil
        }
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
