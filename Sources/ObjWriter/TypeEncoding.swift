/// Encoders for types, limits and constant expressions, the inverse of `TypeDecoding`.
extension ByteWriter {
    public mutating func heapType(_ h: HeapType) {
        switch h {
        case .abstract(let a): byte(a.rawValue)
        case .concrete(let index): sleb64(Int64(index))
        }
    }

    public mutating func refType(_ r: RefType) {
        if r.shorthand, case .abstract(let a) = r.heapType {
            byte(a.rawValue)
        } else {
            byte(r.nullable ? 0x63 : 0x64)
            heapType(r.heapType)
        }
    }

    public mutating func valueType(_ t: ValueType) {
        switch t {
        case .i32: byte(0x7f)
        case .i64: byte(0x7e)
        case .f32: byte(0x7d)
        case .f64: byte(0x7c)
        case .v128: byte(0x7b)
        case .ref(let r): refType(r)
        }
    }

    public mutating func limits(_ l: Limits) {
        byte(l.flags)
        uleb64(l.minimum)
        if let maximum = l.maximum { uleb64(maximum) }
        if let pageSizeLog2 = l.pageSizeLog2 { uleb(pageSizeLog2) }
    }

    public mutating func tableType(_ t: TableType) {
        refType(t.elementType)
        limits(t.limits)
    }

    public mutating func globalType(_ g: GlobalType) {
        valueType(g.valueType)
        byte(g.mutable ? 1 : 0)
    }

    public mutating func tagType(_ t: TagType) {
        byte(t.attribute)
        uleb(t.typeIndex)
    }

    public mutating func constExpr(_ e: ConstExpr) {
        for instruction in e.instructions {
            switch instruction {
            case .i32Const(let v): byte(0x41); sleb(v)
            case .i64Const(let v): byte(0x42); sleb64(v)
            case .f32Const(let bits): byte(0x43); u32LE(bits)
            case .f64Const(let bits): byte(0x44); u64LE(bits)
            case .v128Const(let bytes): byte(0xfd); uleb(12); append(bytes)
            case .globalGet(let index): byte(0x23); uleb(index)
            case .refNull(let h): byte(0xd0); heapType(h)
            case .refFunc(let index): byte(0xd2); uleb(index)
            case .i32Add: byte(0x6a)
            case .i32Sub: byte(0x6b)
            case .i32Mul: byte(0x6c)
            case .i64Add: byte(0x7c)
            case .i64Sub: byte(0x7d)
            case .i64Mul: byte(0x7e)
            }
        }
        byte(0x0b)
    }
}
