import ECMA335

/// Interface dispatch data (Runtime/ABI.md "Interface map"): the interfaces a type implements
/// and, for each, the method that implements each of the interface's methods. Every compiler
/// invocation derives the same maps from the metadata, as it does virtual slots.
extension TypeSystem {
    func isInterface(_ type: TypeID) throws -> Bool {
        guard let definition = self[type].definition else { return false }
        return try resolver[definition.assembly].metadata.typeDef(definition.typeDefRow).flags & TypeAttributes.interface != 0
    }

    /// The interfaces a type implements (an interface: those it inherits), its base type's first,
    /// then its own in declaration order, each followed by the interfaces it inherits. Generic
    /// interfaces (TypeSpec) are left out: generics are not compiled.
    func interfaces(of type: TypeID) throws -> [TypeID] {
        if let cached = interfaceCache[type] { return cached }
        guard let definition = self[type].definition else { return [] }
        var result = try baseType(of: type).map { try interfaces(of: $0) } ?? []
        for interface in try listedInterfaces(definition) {
            for candidate in [interface] + (try interfaces(of: interface)) where !result.contains(candidate) {
                result.append(candidate)
            }
        }
        interfaceCache[type] = result
        return result
    }

    /// An interface's methods in declaration order: a method's index here is its interface slot.
    func interfaceMethods(of interface: TypeID) throws -> [MethodHandle] {
        guard let definition = self[interface].definition else { return [] }
        let file = resolver[definition.assembly]
        return try file.methodRows(ofType: definition.typeDefRow).filter {
            try file.metadata.methodDef($0).flags & MethodAttributes.virtual != 0
        }.map { MethodHandle(assembly: definition.assembly, row: $0) }
    }

    /// The method a `type` instance runs for interface method `method` (ECMA-335 II.12.2, as
    /// mono resolves it): the mapping `mapping(of:at:)` finds, then its most derived override in
    /// `type`. Nil when nothing implements it (abstract).
    func implementation(of method: MethodHandle, in type: TypeID) throws -> MethodHandle? {
        guard let mapped = try mapping(of: method, at: type) else { return nil }
        return try mostDerived(mapped, in: type)
    }

    /// At a class that lists the interface (itself or one inheriting it): its explicit
    /// implementation (MethodImpl), else its own virtual method of the same name and signature.
    /// Otherwise the base class's mapping; failing that, at a listing class, the nearest
    /// matching virtual method of a base class.
    private func mapping(of method: MethodHandle, at type: TypeID) throws -> MethodHandle? {
        guard let definition = self[type].definition else { return nil }
        let interface = try shape(of: method).declaringType
        let lists = try listsInterface(definition, interface)
        if lists {
            let file = resolver[definition.assembly]
            for implRow in try file.methodImpls(ofType: definition.typeDefRow) {
                let impl = try file.metadata.methodImpl(implRow)
                if try resolveMethod(impl.declaration, in: definition.assembly) == method {
                    return try resolveMethod(impl.body, in: definition.assembly)
                }
            }
            if let own = try virtualMethod(matching: method, in: type) { return own }
        }
        let base = try baseType(of: type)
        if let base, let inherited = try mapping(of: method, at: base) { return inherited }
        guard lists else { return nil }
        var level = base
        while let current = level {
            if let match = try virtualMethod(matching: method, in: current) { return match }
            level = try baseType(of: current)
        }
        return nil
    }

    /// The interfaces a type's own InterfaceImpl rows name, in order (generic ones left out).
    private func listedInterfaces(_ definition: ResolvedType) throws -> [TypeID] {
        let file = resolver[definition.assembly]
        return try file.interfaceImpls(ofType: definition.typeDefRow).compactMap { implRow in
            let token = try file.metadata.interfaceImpl(implRow).interface
            guard token.table != .typeSpec else { return nil }
            return try self.definition(try resolver.resolveType(token, in: definition.assembly))
        }
    }

    /// Whether the class's own InterfaceImpl rows name `interface` or an interface inheriting it.
    private func listsInterface(_ definition: ResolvedType, _ interface: TypeID) throws -> Bool {
        try listedInterfaces(definition).contains { try $0 == interface || interfaces(of: $0).contains(interface) }
    }

    /// The virtual method `type` itself declares with `method`'s name and signature.
    private func virtualMethod(matching method: MethodHandle, in type: TypeID) throws -> MethodHandle? {
        guard let definition = self[type].definition else { return nil }
        let methodFile = resolver[method.assembly]
        let name = try methodFile.metadata.string(try methodFile.metadata.methodDef(method.row).name.offset)
        let signature = try methodFile.methodSignature(ofMethod: method.row)
        let file = resolver[definition.assembly]
        for row in try file.methodRows(ofType: definition.typeDefRow) {
            let candidate = try file.metadata.methodDef(row)
            guard candidate.flags & MethodAttributes.virtual != 0, file.metadata.stringEquals(candidate.name.offset, name),
                  try signaturesMatch(signature, in: method.assembly, try file.methodSignature(ofMethod: row),
                                      in: definition.assembly) else { continue }
            return MethodHandle(assembly: definition.assembly, row: row)
        }
        return nil
    }

    private func mostDerived(_ method: MethodHandle, in type: TypeID) throws -> MethodHandle? {
        guard let slot = try slot(of: method) else { return method }
        let slots = try virtualSlots(of: type)
        guard slot < slots.count else { return method }
        let target = slots[slot]
        let isAbstract = try resolver[target.assembly].metadata.methodDef(target.row).flags & MethodAttributes.abstract != 0
        return isAbstract ? nil : target
    }
}
