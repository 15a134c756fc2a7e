/// Decodes a wasm binary into a `WasmModule`, validating the encoding as it goes.
public enum ModuleReader {
    public static func read(_ bytes: [UInt8]) throws -> WasmModule {
        try bytes.withUnsafeBufferPointer { try read($0, baseOffset: 0) }
    }

    /// Reads a module embedded at `baseOffset` of a larger file (an archive member, say);
    /// error offsets are file offsets.
    public static func read(_ buffer: UnsafeBufferPointer<UInt8>, baseOffset: Int) throws -> WasmModule {
        var ranges: [Range<Int>] = []
        return try read(buffer, baseOffset: baseOffset, payloadRanges: &ranges)
    }

    /// Reads a module and reports, for each section, the range of its payload in `buffer`
    /// (for a custom section, the part after its name, where its relocations point).
    /// With `copyingBodies: false`, function bodies and uninterpreted custom sections are
    /// validated for framing but left empty in the model: a linker copies them from the
    /// payload ranges instead.
    public static func read(_ buffer: UnsafeBufferPointer<UInt8>, baseOffset: Int,
                            payloadRanges: inout [Range<Int>], copyingBodies: Bool = true) throws -> WasmModule {
        var reader = ByteReader(buffer, baseOffset: baseOffset, context: "header")
        let magic = try reader.readSlice(4)
        guard magic.elementsEqual(WasmModule.magic) else { throw reader.error("not a wasm binary (bad magic)", at: 0) }
        let version = try reader.readU32LE()
        guard version == 1 else { throw reader.error("unsupported wasm version \(version)", at: 4) }

        var module = WasmModule(version: version, sections: [], sizeEncoding: .minimal)
        var lastRank = 0
        var functionCount: Int?
        var codeCount: Int?
        while !reader.isAtEnd {
            reader.context = "section header"
            let sectionStart = reader.position
            let idByte = try reader.readByte()
            guard let id = SectionID(rawValue: idByte) else {
                throw reader.error("unknown section id \(idByte)", at: sectionStart)
            }
            let sizeStart = reader.position
            let size = Int(try reader.readVarUInt32())
            if module.sections.isEmpty, reader.position - sizeStart == 5, size < 1 << 28 {
                module.sizeEncoding = .padded
            }
            var payload = try reader.subReader(size, context: id.sectionName)
            if id != .custom {
                guard id.orderRank > lastRank else {
                    throw reader.error("\(id) section out of order or repeated", at: sectionStart)
                }
                lastRank = id.orderRank
            }
            let section = try readSection(id, &payload, copyingBodies: copyingBodies)
            var payloadStart = payload.baseOffset - baseOffset
            if let name = section.customName {
                payloadStart += LEB128.unsignedSize(UInt64(name.utf8.count)) + name.utf8.count
            }
            payloadRanges.append(payloadStart..<(payload.baseOffset - baseOffset + size))
            switch section {
            case .function(let f): functionCount = f.count
            case .code(let c): codeCount = c.count
            default: break
            }
            module.sections.append(section)
        }
        if (functionCount ?? 0) != (codeCount ?? 0) {
            throw reader.error("function and code sections have inconsistent lengths")
        }
        return module
    }

    /// Reads only the `linking` section of an object (nil if it has none), skipping every
    /// other section by its size: what a linker needs to index an archive member.
    public static func readLinkingSection(_ buffer: UnsafeBufferPointer<UInt8>) throws -> LinkingSection? {
        var reader = ByteReader(buffer, context: "header")
        let magic = try reader.readSlice(4)
        guard magic.elementsEqual(WasmModule.magic) else { throw reader.error("not a wasm binary (bad magic)", at: 0) }
        let version = try reader.readU32LE()
        guard version == 1 else { throw reader.error("unsupported wasm version \(version)", at: 4) }
        while !reader.isAtEnd {
            reader.context = "section header"
            let idByte = try reader.readByte()
            let size = Int(try reader.readVarUInt32())
            var payload = try reader.subReader(size, context: "section")
            guard idByte == SectionID.custom.rawValue else { continue }
            let nameStart = payload.position
            if try payload.readName() == "linking" {
                payload.position = nameStart
                if case .linking(let linking) = try CustomSectionReader.read(&payload) { return linking }
            }
        }
        return nil
    }

    static func readSection(_ id: SectionID, _ r: inout ByteReader, copyingBodies: Bool = true) throws -> Section {
        let section: Section
        switch id {
        case .custom: return try CustomSectionReader.read(&r, copyingPayload: copyingBodies)
        case .code where !copyingBodies:
            section = .code(try readVector(&r) { body in
                let size = Int(try body.readVarUInt32())
                _ = try body.readSlice(size)
                return FunctionBody(locals: [], code: [])
            })
        case .type: section = .type(try readVector(&r) { try readFunctionType(&$0) })
        case .import: section = .import(try readVector(&r) { try readImport(&$0) })
        case .function: section = .function(try readVector(&r) { try $0.readVarUInt32() })
        case .table: section = .table(try readVector(&r) { try readTable(&$0) })
        case .memory: section = .memory(try readVector(&r) { try $0.readLimits() })
        case .tag: section = .tag(try readVector(&r) { try $0.readTagType() })
        case .global:
            section = .global(try readVector(&r) {
                Global(type: try $0.readGlobalType(), initializer: try $0.readConstExpr())
            })
        case .export: section = .export(try readVector(&r) { try readExport(&$0) })
        case .start: section = .start(try r.readVarUInt32())
        case .element: section = .element(try readVector(&r) { try readElementSegment(&$0) })
        case .dataCount: section = .dataCount(try r.readVarUInt32())
        case .code: section = .code(try readVector(&r) { try readFunctionBody(&$0) })
        case .data: section = .data(try readVector(&r) { try readDataSegment(&$0) })
        }
        try r.expectEnd("section size mismatch")
        return section
    }

    static func readVector<T>(_ r: inout ByteReader, _ element: (inout ByteReader) throws -> T) throws -> [T] {
        let count = try r.readCount()
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try element(&r)) }
        return items
    }

    static func readFunctionType(_ r: inout ByteReader) throws -> FunctionType {
        let start = r.position
        let form = try r.readByte()
        guard form == 0x60 else {
            throw r.error("unsupported type form 0x\(String(form, radix: 16)) (only function types)", at: start)
        }
        let params = try readVector(&r) { try $0.readValueType() }
        let results = try readVector(&r) { try $0.readValueType() }
        return FunctionType(params: params, results: results)
    }

    static func readImport(_ r: inout ByteReader) throws -> Import {
        let module = try r.readName()
        let field = try r.readName()
        let start = r.position
        let kind = try r.readByte()
        let descriptor: ImportDescriptor
        switch ExternalKind(rawValue: kind) {
        case .function: descriptor = .function(typeIndex: try r.readVarUInt32())
        case .table: descriptor = .table(try r.readTableType())
        case .memory: descriptor = .memory(try r.readLimits())
        case .global: descriptor = .global(try r.readGlobalType())
        case .tag: descriptor = .tag(try r.readTagType())
        case nil: throw r.error("invalid import kind \(kind)", at: start)
        }
        return Import(module: module, field: field, descriptor: descriptor)
    }

    static func readTable(_ r: inout ByteReader) throws -> Table {
        if try r.peekByte() == 0x40 {
            _ = try r.readByte()
            let start = r.position
            guard try r.readByte() == 0 else { throw r.error("invalid table encoding", at: start) }
            let type = try r.readTableType()
            return Table(type: type, initializer: try r.readConstExpr())
        }
        return Table(type: try r.readTableType())
    }

    static func readExport(_ r: inout ByteReader) throws -> Export {
        let name = try r.readName()
        let start = r.position
        let kindByte = try r.readByte()
        guard let kind = ExternalKind(rawValue: kindByte) else {
            throw r.error("invalid export kind \(kindByte)", at: start)
        }
        return Export(name: name, kind: kind, index: try r.readVarUInt32())
    }

    static func readElementSegment(_ r: inout ByteReader) throws -> ElementSegment {
        let start = r.position
        let flags = try r.readVarUInt32()
        guard flags <= 7 else { throw r.error("invalid element segment flags \(flags)", at: start) }
        var segment = ElementSegment(flags: flags, offset: nil, items: .functions([]))
        let active = flags & 1 == 0
        if active && flags & 2 != 0 { segment.tableIndex = try r.readVarUInt32() }
        if active { segment.offset = try r.readConstExpr() }
        let hasKindField = flags & 3 != 0
        if flags & 4 == 0 {
            if hasKindField {
                let kindStart = r.position
                segment.elementKind = try r.readByte()
                guard segment.elementKind == 0 else { throw r.error("invalid element kind", at: kindStart) }
            }
            segment.items = .functions(try readVector(&r) { try $0.readVarUInt32() })
        } else {
            if hasKindField { segment.referenceType = try r.readRefType() }
            segment.items = .expressions(try readVector(&r) { try $0.readConstExpr() })
        }
        return segment
    }

    static func readDataSegment(_ r: inout ByteReader) throws -> DataSegment {
        let start = r.position
        let flags = try r.readVarUInt32()
        var segment = DataSegment(flags: flags, offset: nil, bytes: [])
        switch flags {
        case 0: segment.offset = try r.readConstExpr()
        case 1: break
        case 2:
            segment.memoryIndex = try r.readVarUInt32()
            segment.offset = try r.readConstExpr()
        default: throw r.error("invalid data segment flags \(flags)", at: start)
        }
        let size = Int(try r.readVarUInt32())
        segment.bytes = try r.readBytes(size)
        return segment
    }

    static func readFunctionBody(_ r: inout ByteReader) throws -> FunctionBody {
        let size = Int(try r.readVarUInt32())
        var body = try r.subReader(size)
        let groupCount = try body.readCount()
        var locals: [LocalGroup] = []
        locals.reserveCapacity(groupCount)
        var total: UInt64 = 0
        for _ in 0..<groupCount {
            let start = body.position
            let count = try body.readVarUInt32()
            total += UInt64(count)
            guard total <= UInt64(UInt32.max) else { throw body.error("too many locals", at: start) }
            locals.append(LocalGroup(count: count, type: try body.readValueType()))
        }
        let codeStart = body.position
        let code = try body.readBytes(body.remaining)
        guard code.last == 0x0b else {
            throw body.error("function body must end with the end opcode", at: codeStart)
        }
        return FunctionBody(locals: locals, code: code)
    }
}
