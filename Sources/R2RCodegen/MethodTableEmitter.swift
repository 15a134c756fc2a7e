import ECMA335
import ObjWriter

/// MethodTables as Runtime/ABI.md lays them out: flags, base size, component size, parent,
/// element type, name, GC descriptor, interface map, slot count, slots.
enum MethodTableEmitter {
    static let isArray: UInt32 = 0x1, isString: UInt32 = 0x2, isValueType: UInt32 = 0x4, hasReferences: UInt32 = 0x8
    static let isInterface: UInt32 = 0x10, isEnum: UInt32 = 0x20, isPrimitive: UInt32 = 0x40

    /// An array's MethodTable: System.Array's parent link and virtual slots (so `ToString` and
    /// casts to Object and Array work on arrays), the element's MethodTable and size.
    static func defineArray(_ type: TypeID, element elementType: TypeID, elementTable: SymbolIndex,
                            in context: ObjectContext) throws -> SymbolIndex {
        let types = context.types
        let array = try types.coreType("System", "Array")
        let slots = try types.virtualSlots(of: array).map { try slotTarget($0, of: array, in: context) }
        let symbols = emit(name: types[type].name, flags: isArray, baseSize: 8, componentSize: UInt32(types[elementType].size),
                           parent: try context.methodTable(array), element: elementTable, slots: slots,
                           interfaceMap: try interfaceMap(name: types[type].name, implementer: array, in: context),
                           gcDescriptor: nil, in: context)
        // All go in the array type's COMDAT, so a second copy leaves nothing behind.
        context.builder.addComdat(SymbolNames.methodTable(types[type].name),
                                  symbols: [symbols.table, symbols.name] + (symbols.interfaceMap.map { [$0] } ?? []))
        return symbols.table
    }

    static func define(_ type: TypeID, in context: ObjectContext) throws -> SymbolIndex {
        let types = context.types
        let info = types[type]
        guard let definition = info.definition else { throw CompileError("type \(info.name) has no definition") }
        let file = types.resolver[definition.assembly]
        let row = try file.metadata.typeDef(definition.typeDefRow)
        var flags: UInt32 = 0
        var baseSize = UInt32(info.size), componentSize: UInt32 = 0
        switch info.kind {
        case .primitive: flags |= isValueType | (info.isEnum ? isEnum : isPrimitive)
        case .valueType: flags |= isValueType
        case .classType:
            baseSize = UInt32(info.instanceSize)
            if info.name == "System.String" {
                flags |= isString
                baseSize = 8
                componentSize = 2
            }
            if row.flags & TypeAttributes.interface != 0 { flags |= isInterface }
        default: break
        }
        let parent = try types.baseType(of: type).map { try context.methodTable($0) }
        if flags & isValueType != 0 { baseSize = UInt32(4 + info.size + 3) / 4 * 4 }
        let slots = flags & isInterface != 0
            ? [] : try types.virtualSlots(of: type).map { try slotTarget($0, of: type, in: context) }
        let map = flags & isInterface == 0 ? try interfaceMap(name: info.name, implementer: type, in: context) : nil
        var descriptor: SymbolIndex? = try EnumTables.define(type, in: context)
        if !info.referenceOffsets.isEmpty {
            flags |= hasReferences
            let bytes = info.referenceOffsets.reduce(le32(UInt32(info.referenceOffsets.count))) { $0 + le32(UInt32($1)) }
            descriptor = context.builder.defineData("GC:" + info.name, segmentName: ".rodata.GC:" + info.name, bytes: bytes,
                                                    alignmentLog2: 2, flags: [.local])
        }
        return emit(name: info.name, flags: flags, baseSize: baseSize, componentSize: componentSize, parent: parent,
                    element: try underlyingTable(of: type, in: context), slots: slots, interfaceMap: map,
                    gcDescriptor: descriptor, in: context).table
    }

    /// `u32 count`, then per interface `u32 interface MethodTable*, u32 methodCount, u32
    /// tableIndex[methodCount]` (0 for an unimplemented method); nil when the type implements none.
    private static func interfaceMap(name: String, implementer type: TypeID, in context: ObjectContext) throws -> SymbolIndex? {
        let types = context.types
        let interfaces = try types.interfaces(of: type)
        guard !interfaces.isEmpty else { return nil }
        var bytes = le32(UInt32(interfaces.count))
        var relocations: [Relocation] = []
        for interface in interfaces {
            relocations.append(Relocation(type: .memoryAddrI32, offset: UInt32(bytes.count),
                                          index: try context.methodTable(interface).raw))
            let methods = try types.interfaceMethods(of: interface)
            bytes += le32(0) + le32(UInt32(methods.count))
            for method in methods {
                if let implementation = try types.implementation(of: method, in: type),
                   let target = try slotTarget(implementation, of: type, in: context) {
                    relocations.append(Relocation(type: .tableIndexI32, offset: UInt32(bytes.count), index: target.raw))
                }
                bytes += le32(0)
            }
        }
        return context.builder.defineData("IM:" + name, segmentName: ".data.IM:" + name, bytes: bytes, alignmentLog2: 2,
                                          relocations: relocations, flags: [.local])
    }

    /// What a MethodTable slot of `type` holds for `method`: nothing for an abstract method, the
    /// unboxing stub for a value type's own method (it expects `this` to point at the value, not
    /// the box), else the method.
    private static func slotTarget(_ method: MethodHandle, of type: TypeID, in context: ObjectContext) throws -> SymbolIndex? {
        let types = context.types
        if try types.resolver[method.assembly].metadata.methodDef(method.row).flags & MethodAttributes.abstract != 0 {
            return nil
        }
        if try !types.isReference(type) && types.shape(of: method).declaringType == type {
            return try unboxingStub(for: method, in: context)
        }
        return try context.methodSymbol(method)
    }

    /// An enum's "element" is its underlying primitive's MethodTable, so unboxing can accept
    /// the enum for its underlying type and back, as .NET does.
    private static func underlyingTable(of type: TypeID, in context: ObjectContext) throws -> SymbolIndex? {
        let info = context.types[type]
        guard info.isEnum, case .primitive(let kind) = info.kind else { return nil }
        return try context.methodTable(context.types.primitive(kind))
    }

    /// `this += 4`, then the method: what a boxed value's virtual slot calls (CoreCLR's unboxing stub).
    private static func unboxingStub(for method: MethodHandle, in context: ObjectContext) throws -> SymbolIndex {
        if let existing = context.unboxingStubs[method] { return existing }
        let signature = context.types.managedSignature(try context.types.shape(of: method))
        let target = try context.methodSymbol(method)
        var code = WasmCode()
        for index in 0..<UInt32(signature.wasmType.params.count) {
            code.localGet(index)
            if index == 1 {
                code.i32Const(4)
                code.emit(.i32Add)
            }
        }
        code.call(functionSymbol: target)
        code.emit(.end)
        let name = "Unbox:" + (try context.types.symbolName(of: method))
        let stub = context.builder.defineFunction(name, type: signature.wasmType, body: code.functionBody(locals: []),
                                                  relocations: code.relocations, flags: [.local])
        context.unboxingStubs[method] = stub
        return stub
    }

    private static func emit(name: String, flags: UInt32, baseSize: UInt32, componentSize: UInt32, parent: SymbolIndex?,
                             element: SymbolIndex?, slots: [SymbolIndex?], interfaceMap: SymbolIndex?,
                             gcDescriptor: SymbolIndex?, in context: ObjectContext)
        -> (table: SymbolIndex, name: SymbolIndex, interfaceMap: SymbolIndex?) {
        let symbolName = SymbolNames.methodTable(name)
        // Reflection's spelling of nested types (Outer+Inner), which Object.ToString prints.
        let displayName = name.replacingOccurrences(of: "/", with: "+")
        let nameSymbol = context.builder.defineData("name:" + name, segmentName: ".rodata.name:" + name,
                                                    bytes: Array(displayName.utf8) + [0], alignmentLog2: 0, flags: [.local])
        var bytes = le32(flags) + le32(baseSize) + le32(componentSize) + le32(0) + le32(0) + le32(0) + le32(0) + le32(0)
            + le32(UInt32(slots.count))
        var relocations = [Relocation(type: .memoryAddrI32, offset: 20, index: nameSymbol.raw)]
        for (index, slot) in slots.enumerated() {
            if let slot {
                relocations.append(Relocation(type: .tableIndexI32, offset: UInt32(BlockTranslator.slotsOffset + 4 * index),
                                              index: slot.raw))
            }
            bytes += le32(0)
        }
        if let parent { relocations.append(Relocation(type: .memoryAddrI32, offset: 12, index: parent.raw)) }
        if let element { relocations.append(Relocation(type: .memoryAddrI32, offset: 16, index: element.raw)) }
        if let gcDescriptor { relocations.append(Relocation(type: .memoryAddrI32, offset: 24, index: gcDescriptor.raw)) }
        if let interfaceMap { relocations.append(Relocation(type: .memoryAddrI32, offset: 28, index: interfaceMap.raw)) }
        relocations.sort { $0.offset < $1.offset }
        let symbol = context.builder.defineData(symbolName, segmentName: ".data." + symbolName, bytes: bytes,
                                                alignmentLog2: 2, relocations: relocations)
        context.recordDataSymbol(symbolName, symbol)
        return (symbol, nameSymbol, interfaceMap)
    }
}
