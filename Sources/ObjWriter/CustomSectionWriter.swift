/// Encoders for the custom sections this library decodes, the inverse of `CustomSectionReader`.
enum CustomSectionWriter {
    static func subsection(_ type: UInt8, _ w: inout ByteWriter, padded: Bool, _ body: (inout ByteWriter) -> Void) {
        w.byte(type)
        let mark = w.beginSized()
        body(&w)
        w.endSized(mark, padded: padded)
    }

    static func writeLinking(_ linking: LinkingSection, _ w: inout ByteWriter, padded: Bool) {
        w.uleb(linking.version)
        for sub in linking.subsections {
            switch sub {
            case .segmentInfo(let segments):
                subsection(LinkingSubsectionType.segmentInfo.rawValue, &w, padded: padded) { w in
                    ModuleWriter.vector(segments, &w) { s, w in
                        w.name(s.name)
                        w.uleb(s.alignmentLog2)
                        w.uleb(s.flags.rawValue)
                    }
                }
            case .initFuncs(let functions):
                subsection(LinkingSubsectionType.initFuncs.rawValue, &w, padded: padded) { w in
                    ModuleWriter.vector(functions, &w) { f, w in
                        w.uleb(f.priority)
                        w.uleb(f.symbolIndex)
                    }
                }
            case .comdatInfo(let comdats):
                subsection(LinkingSubsectionType.comdatInfo.rawValue, &w, padded: padded) { w in
                    ModuleWriter.vector(comdats, &w) { c, w in
                        w.name(c.name)
                        w.uleb(c.flags)
                        ModuleWriter.vector(c.entries, &w) { e, w in
                            w.uleb(e.kind.rawValue)
                            w.uleb(e.index)
                        }
                    }
                }
            case .symbolTable(let symbols):
                subsection(LinkingSubsectionType.symbolTable.rawValue, &w, padded: padded) { w in
                    ModuleWriter.vector(symbols, &w) { writeSymbol($0, &$1) }
                }
            case .unknown(let type, let payload):
                subsection(type, &w, padded: padded) { $0.append(payload) }
            }
        }
    }

    static func writeSymbol(_ s: SymbolInfo, _ w: inout ByteWriter) {
        w.byte(s.kind.rawValue)
        w.uleb(s.flags.rawValue)
        switch s.kind {
        case .function, .global, .tag, .table:
            w.uleb(s.index)
            if s.encodesName { w.name(s.name ?? "") }
        case .data:
            w.name(s.name ?? "")
            if s.isDefined {
                w.uleb(s.index)
                w.uleb64(s.offset)
                w.uleb64(s.size)
            }
        case .section:
            w.uleb(s.index)
        }
    }

    static func writeRelocations(_ section: RelocationSection, _ w: inout ByteWriter) {
        w.uleb(section.targetSection)
        ModuleWriter.vector(section.entries, &w) { r, w in
            w.uleb(UInt32(r.type.rawValue))
            w.uleb(r.offset)
            w.uleb(r.index)
            if r.type.hasAddend { w.sleb64(r.addend) }
        }
    }

    static func writeNameMap(_ map: [NameAssociation], _ w: inout ByteWriter) {
        ModuleWriter.vector(map, &w) { n, w in
            w.uleb(n.index)
            w.name(n.name)
        }
    }

    static func writeNames(_ names: NameSection, _ w: inout ByteWriter, padded: Bool) {
        for sub in names.subsections {
            switch sub {
            case .module(let name):
                subsection(NameSubsectionID.module.rawValue, &w, padded: padded) { $0.name(name) }
            case .map(let id, let map):
                subsection(id.rawValue, &w, padded: padded) { writeNameMap(map, &$0) }
            case .indirectMap(let id, let maps):
                subsection(id.rawValue, &w, padded: padded) { w in
                    ModuleWriter.vector(maps, &w) { m, w in
                        w.uleb(m.index)
                        writeNameMap(m.names, &w)
                    }
                }
            case .unknown(let id, let payload):
                subsection(id, &w, padded: padded) { $0.append(payload) }
            }
        }
    }

    static func writeProducers(_ producers: ProducersSection, _ w: inout ByteWriter) {
        ModuleWriter.vector(producers.fields, &w) { f, w in
            w.name(f.name)
            ModuleWriter.vector(f.values, &w) { v, w in
                w.name(v.name)
                w.name(v.version)
            }
        }
    }

    static func writeDylink(_ dylink: DylinkSection, _ w: inout ByteWriter, padded: Bool) {
        for sub in dylink.subsections {
            switch sub {
            case .memoryInfo(let m):
                subsection(1, &w, padded: padded) { w in
                    w.uleb(m.memorySize)
                    w.uleb(m.memoryAlignment)
                    w.uleb(m.tableSize)
                    w.uleb(m.tableAlignment)
                }
            case .needed(let names):
                subsection(2, &w, padded: padded) { ModuleWriter.vector(names, &$0) { $1.name($0) } }
            case .exportInfo(let exports):
                subsection(3, &w, padded: padded) { w in
                    ModuleWriter.vector(exports, &w) { e, w in
                        w.name(e.name)
                        w.uleb(e.flags)
                    }
                }
            case .importInfo(let imports):
                subsection(4, &w, padded: padded) { w in
                    ModuleWriter.vector(imports, &w) { i, w in
                        w.name(i.module)
                        w.name(i.field)
                        w.uleb(i.flags)
                    }
                }
            case .runtimePath(let paths):
                subsection(5, &w, padded: padded) { ModuleWriter.vector(paths, &$0) { $1.name($0) } }
            case .unknown(let type, let payload):
                subsection(type, &w, padded: padded) { $0.append(payload) }
            }
        }
    }
}
