/// Encodes a `WasmModule` to bytes, the way LLVM's object writer lays them out
/// (`.padded` sizes) or the way wasm-ld does (`.minimal` sizes).
public enum ModuleWriter {
    public static func write(_ module: WasmModule) -> [UInt8] {
        var w = ByteWriter(capacity: 1 << 16)
        w.append(WasmModule.magic)
        w.u32LE(module.version)
        let padded = module.sizeEncoding == .padded
        for section in module.sections {
            w.byte(section.id.rawValue)
            let mark = w.beginSized()
            if let name = section.customName { w.name(name) }
            writePayload(section, to: &w, padded: padded)
            w.endSized(mark, padded: padded)
        }
        return w.bytes
    }

    static func vector<T>(_ items: [T], _ w: inout ByteWriter, _ element: (T, inout ByteWriter) -> Void) {
        w.count(items.count)
        for item in items { element(item, &w) }
    }

    static func writePayload(_ section: Section, to w: inout ByteWriter, padded: Bool) {
        switch section {
        case .type(let types):
            vector(types, &w) { t, w in
                w.byte(0x60)
                vector(t.params, &w) { $1.valueType($0) }
                vector(t.results, &w) { $1.valueType($0) }
            }
        case .import(let imports):
            vector(imports, &w) { i, w in
                w.name(i.module)
                w.name(i.field)
                switch i.descriptor {
                case .function(let typeIndex): w.byte(ExternalKind.function.rawValue); w.uleb(typeIndex)
                case .table(let t): w.byte(ExternalKind.table.rawValue); w.tableType(t)
                case .memory(let l): w.byte(ExternalKind.memory.rawValue); w.limits(l)
                case .global(let g): w.byte(ExternalKind.global.rawValue); w.globalType(g)
                case .tag(let t): w.byte(ExternalKind.tag.rawValue); w.tagType(t)
                }
            }
        case .function(let typeIndices):
            vector(typeIndices, &w) { $1.uleb($0) }
        case .table(let tables):
            vector(tables, &w) { t, w in
                if let initializer = t.initializer {
                    w.byte(0x40)
                    w.byte(0x00)
                    w.tableType(t.type)
                    w.constExpr(initializer)
                } else {
                    w.tableType(t.type)
                }
            }
        case .memory(let memories):
            vector(memories, &w) { $1.limits($0) }
        case .tag(let tags):
            vector(tags, &w) { $1.tagType($0) }
        case .global(let globals):
            vector(globals, &w) { g, w in
                w.globalType(g.type)
                w.constExpr(g.initializer)
            }
        case .export(let exports):
            vector(exports, &w) { e, w in
                w.name(e.name)
                w.byte(e.kind.rawValue)
                w.uleb(e.index)
            }
        case .start(let index):
            w.uleb(index)
        case .element(let segments):
            vector(segments, &w) { writeElementSegment($0, &$1) }
        case .dataCount(let count):
            w.uleb(count)
        case .code(let bodies):
            vector(bodies, &w) { body, w in
                var locals = ByteWriter()
                vector(body.locals, &locals) { g, w in
                    w.uleb(g.count)
                    w.valueType(g.type)
                }
                w.count(locals.count + body.code.count)
                w.append(locals.bytes)
                w.append(body.code)
            }
        case .data(let segments):
            vector(segments, &w) { s, w in
                w.uleb(s.flags)
                if s.flags == 2 { w.uleb(s.memoryIndex) }
                if let offset = s.offset { w.constExpr(offset) }
                w.count(s.bytes.count)
                w.append(s.bytes)
            }
        case .linking(let linking):
            CustomSectionWriter.writeLinking(linking, &w, padded: padded)
        case .relocation(let relocations):
            CustomSectionWriter.writeRelocations(relocations, &w)
        case .name(let names):
            CustomSectionWriter.writeNames(names, &w, padded: padded)
        case .producers(let producers):
            CustomSectionWriter.writeProducers(producers, &w)
        case .targetFeatures(let features):
            vector(features.features, &w) { f, w in
                w.byte(f.prefix)
                w.name(f.name)
            }
        case .dylink(let dylink):
            CustomSectionWriter.writeDylink(dylink, &w, padded: padded)
        case .custom(let custom):
            w.append(custom.payload)
        }
    }

    static func writeElementSegment(_ s: ElementSegment, _ w: inout ByteWriter) {
        w.uleb(s.flags)
        if s.isActive && s.hasExplicitTable { w.uleb(s.tableIndex) }
        if s.isActive, let offset = s.offset { w.constExpr(offset) }
        let hasKindField = s.flags & 3 != 0
        switch s.items {
        case .functions(let indices):
            if hasKindField { w.byte(s.elementKind) }
            vector(indices, &w) { $1.uleb($0) }
        case .expressions(let expressions):
            if hasKindField { w.refType(s.referenceType) }
            vector(expressions, &w) { $1.constExpr($0) }
        }
    }
}
