import ECMA335

/// Virtual method slots: a type's slots are its base type's, with overrides replacing the
/// slot they override (same name and signature, unless `newslot`) and new virtual methods
/// appended, in declaration order. Every compiler invocation derives the same layout from the
/// metadata, so objects compiled separately agree on slot numbers.
extension TypeSystem {
    public func virtualSlots(of type: TypeID) throws -> [MethodHandle] {
        if let cached = slotCache[type] { return cached }
        guard let definition = self[type].definition else { return [] }
        let file = resolver[definition.assembly]
        var slots: [MethodHandle] = []
        if let base = try baseType(of: type) { slots = try virtualSlots(of: base) }
        for methodRow in try file.methodRows(ofType: definition.typeDefRow) {
            let method = try file.metadata.methodDef(methodRow)
            guard method.flags & MethodAttributes.virtual != 0 else { continue }
            let handle = MethodHandle(assembly: definition.assembly, row: methodRow)
            if method.flags & MethodAttributes.newSlot == 0, let overridden = try overriddenSlot(handle, in: slots) {
                slots[overridden] = handle
            } else {
                slots.append(handle)
            }
        }
        slotCache[type] = slots
        return slots
    }

    private func overriddenSlot(_ method: MethodHandle, in slots: [MethodHandle]) throws -> Int? {
        let file = resolver[method.assembly]
        let name = try file.metadata.string(try file.metadata.methodDef(method.row).name.offset)
        let signature = try file.methodSignature(ofMethod: method.row)
        for index in slots.indices.reversed() {
            let candidate = slots[index]
            let candidateFile = resolver[candidate.assembly]
            guard candidateFile.metadata.stringEquals(try candidateFile.metadata.methodDef(candidate.row).name.offset, name) else {
                continue
            }
            if try signaturesMatch(signature, in: method.assembly, try candidateFile.methodSignature(ofMethod: candidate.row),
                                   in: candidate.assembly) {
                return index
            }
        }
        return nil
    }

    /// The slot a virtual method occupies in its declaring type (and every type derived from it).
    public func slot(of method: MethodHandle) throws -> Int? {
        try virtualSlots(of: try shape(of: method).declaringType).firstIndex(of: method)
    }
}
