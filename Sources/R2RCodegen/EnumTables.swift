import ECMA335
import ObjWriter

/// An enum's names and values, for Enum.ToString (Runtime/ABI.md "Enum table"): an enum has no
/// reference fields, so its MethodTable's GC-descriptor field points here instead.
///
/// `u32 count, u8 isFlags, u8 size, u8 isSigned, u8 0`, then per literal field in declaration
/// order `u64 value` (sign- or zero-extended from `size` bytes), `u32 name` (UTF-8, NUL-terminated),
/// `u32 0`.
enum EnumTables {
    static func define(_ type: TypeID, in context: ObjectContext) throws -> SymbolIndex? {
        let types = context.types
        let info = types[type]
        guard info.isEnum, case .primitive(let kind) = info.kind, let definition = info.definition else { return nil }
        let file = types.resolver[definition.assembly]
        let signed = [.i1, .i2, .i4, .i8, .intPtr].contains(kind)
        var names: [UInt8] = []
        var entries: [(value: UInt64, nameOffset: Int)] = []
        for fieldRow in try file.fieldRows(ofType: definition.typeDefRow) {
            let field = try file.metadata.field(fieldRow)
            guard field.flags & FieldAttributes.literal != 0,
                  let constantRow = try file.constant(of: MetadataToken(.field, row: fieldRow)) else { continue }
            var blob = try file.metadata.blob(try file.metadata.constant(constantRow).value.offset)
            let value: UInt64
            switch kind.size {
            case 1: value = signed ? UInt64(bitPattern: Int64(try blob.readI8())) : UInt64(try blob.readU8())
            case 2: value = signed ? UInt64(bitPattern: Int64(try blob.readI16())) : UInt64(try blob.readU16())
            case 4: value = signed ? UInt64(bitPattern: Int64(try blob.readI32())) : UInt64(try blob.readU32())
            default: value = try blob.readU64()
            }
            entries.append((value, names.count))
            names += Array(try file.metadata.string(field.name.offset).utf8) + [0]
        }
        let nameSymbol = context.builder.defineData("EN:names:" + info.name, segmentName: ".rodata.EN:names:" + info.name,
                                                    bytes: names.isEmpty ? [0] : names, alignmentLog2: 0, flags: [.local])
        var bytes = le32(UInt32(entries.count)) + [try hasFlagsAttribute(definition, types) ? 1 : 0, UInt8(kind.size),
                                                    signed ? 1 : 0, 0]
        var relocations: [Relocation] = []
        for entry in entries {
            bytes += le32(UInt32(truncatingIfNeeded: entry.value)) + le32(UInt32(truncatingIfNeeded: entry.value >> 32))
            relocations.append(Relocation(type: .memoryAddrI32, offset: UInt32(bytes.count), index: nameSymbol.raw,
                                          addend: Int64(entry.nameOffset)))
            bytes += le32(0) + le32(0)
        }
        return context.builder.defineData("EN:" + info.name, segmentName: ".rodata.EN:" + info.name, bytes: bytes,
                                          alignmentLog2: 3, relocations: relocations, flags: [.local])
    }

    /// Whether the type carries System.FlagsAttribute.
    private static func hasFlagsAttribute(_ definition: ResolvedType, _ types: TypeSystem) throws -> Bool {
        let file = types.resolver[definition.assembly]
        return try file.customAttributes(of: MetadataToken(.typeDef, row: definition.typeDefRow)).contains {
            try file.customAttributeTypeName($0) == "System.FlagsAttribute"
        }
    }
}
