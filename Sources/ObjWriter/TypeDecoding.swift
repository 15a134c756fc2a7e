/// Decoders for types, limits and constant expressions, shared by every section reader.
extension ByteReader {
    public mutating func readHeapType() throws -> HeapType {
        let start = position
        let value = try readSignedLEB(bits: 33)
        if value >= 0 { return .concrete(UInt32(value)) }
        guard position == start + 1, let abstract = AbstractHeapType(rawValue: buffer[start]) else {
            throw error("invalid heap type", at: start)
        }
        return .abstract(abstract)
    }

    public mutating func readValueType() throws -> ValueType {
        let start = position
        let code = try readByte()
        switch code {
        case 0x7f: return .i32
        case 0x7e: return .i64
        case 0x7d: return .f32
        case 0x7c: return .f64
        case 0x7b: return .v128
        case 0x63, 0x64:
            return .ref(RefType(nullable: code == 0x63, heapType: try readHeapType()))
        default:
            if let abstract = AbstractHeapType(rawValue: code) {
                return .ref(RefType(nullable: true, heapType: .abstract(abstract), shorthand: true))
            }
            throw error("invalid value type 0x\(String(code, radix: 16))", at: start)
        }
    }

    public mutating func readRefType() throws -> RefType {
        let start = position
        guard case .ref(let ref) = try readValueType() else {
            throw error("expected a reference type", at: start)
        }
        return ref
    }

    public mutating func readLimits() throws -> Limits {
        let start = position
        let flags = try readByte()
        guard flags & ~0x0f == 0 else {
            throw error("invalid limits flags 0x\(String(flags, radix: 16))", at: start)
        }
        let is64 = flags & Limits.is64Flag != 0
        let minimum = is64 ? try readVarUInt64() : UInt64(try readVarUInt32())
        var maximum: UInt64?
        if flags & Limits.hasMaximumFlag != 0 {
            maximum = is64 ? try readVarUInt64() : UInt64(try readVarUInt32())
        }
        var pageSizeLog2: UInt32?
        if flags & Limits.customPageSizeFlag != 0 { pageSizeLog2 = try readVarUInt32() }
        return Limits(flags: flags, minimum: minimum, maximum: maximum, pageSizeLog2: pageSizeLog2)
    }

    public mutating func readTableType() throws -> TableType {
        let elementType = try readRefType()
        return TableType(elementType: elementType, limits: try readLimits())
    }

    public mutating func readGlobalType() throws -> GlobalType {
        let valueType = try readValueType()
        let start = position
        let mutability = try readByte()
        guard mutability <= 1 else { throw error("invalid mutability \(mutability)", at: start) }
        return GlobalType(valueType: valueType, mutable: mutability == 1)
    }

    public mutating func readTagType() throws -> TagType {
        let start = position
        let attribute = try readByte()
        guard attribute == 0 else { throw error("invalid tag attribute \(attribute)", at: start) }
        return TagType(attribute: attribute, typeIndex: try readVarUInt32())
    }

    /// A constant expression up to and including its `end`.
    public mutating func readConstExpr() throws -> ConstExpr {
        var instructions: [ConstInstruction] = []
        while true {
            let start = position
            let opcode = try readByte()
            switch opcode {
            case 0x0b: return ConstExpr(instructions)
            case 0x41: instructions.append(.i32Const(try readVarInt32()))
            case 0x42: instructions.append(.i64Const(try readVarInt64()))
            case 0x43: instructions.append(.f32Const(bits: try readU32LE()))
            case 0x44: instructions.append(.f64Const(bits: try readU64LE()))
            case 0x23: instructions.append(.globalGet(try readVarUInt32()))
            case 0xd0: instructions.append(.refNull(try readHeapType()))
            case 0xd2: instructions.append(.refFunc(try readVarUInt32()))
            case 0x6a: instructions.append(.i32Add)
            case 0x6b: instructions.append(.i32Sub)
            case 0x6c: instructions.append(.i32Mul)
            case 0x7c: instructions.append(.i64Add)
            case 0x7d: instructions.append(.i64Sub)
            case 0x7e: instructions.append(.i64Mul)
            case 0xfd:
                let sub = try readVarUInt32()
                guard sub == 12 else { throw error("non-constant instruction in constant expression", at: start) }
                instructions.append(.v128Const(try readBytes(16)))
            default:
                throw error("non-constant instruction 0x\(String(opcode, radix: 16)) in constant expression",
                            at: start)
            }
        }
    }
}
