import ObjWriter

/// Relocations: the scan that assigns table slots and reports undefined symbols, and the
/// values written at each site (lld's Relocations.cpp and ObjFile::calcNewValue).
extension LinkContext {
    func allowUndefined(_ id: SymbolID) -> Bool {
        let s = self[id]
        if s.isImported { return true }
        if s.kind == .undefinedFunction && config.importUndefined { return true }
        return allowUndefinedSymbols.contains(s.name)
    }

    func reportUndefined(_ file: FileID, _ id: SymbolID) {
        guard !allowUndefined(id) else { return }
        let message = "\(displayName(file)): undefined symbol: \(demangled(self[id].name))"
        switch config.unresolvedSymbols {
        case .reportError: diagnostics.error(message)
        case .warn: diagnostics.warning(message)
        case .ignore, .importDynamic: break
        }
        if self[id].kind == .undefinedFunction, self[id].stubFunction == nil,
           config.unresolvedSymbols != .importDynamic, !config.importUndefined {
            let stub = undefinedStub(self[id].signature ?? FunctionType(params: [], results: []))
            self[id].stubFunction = stub
            markLive(stub)
            self[id].isStub = true
        }
    }

    /// Gives a function its slot in the indirect function table (lld's ElemSection::addEntry).
    func addTableEntry(_ id: SymbolID) {
        if self[id].isStub { return }
        if let f = self[id].function, self[id].kind == .definedFunction {
            guard functions[Int(f.raw)].tableIndex == invalidIndex else { return }
            functions[Int(f.raw)].tableIndex = tableBase + UInt32(indirectFunctions.count)
        } else {
            guard self[id].tableIndex == invalidIndex else { return }
            self[id].tableIndex = tableBase + UInt32(indirectFunctions.count)
        }
        indirectFunctions.append(id)
    }

    func tableIndex(_ id: SymbolID) -> UInt32 {
        if self[id].kind == .definedFunction, let f = self[id].function { return functions[Int(f.raw)].tableIndex }
        return self[id].tableIndex
    }

    func functionIndex(_ id: SymbolID) -> UInt32 {
        let i = Int(id.raw)
        if symbols[i].kind == .undefinedFunction, let stub = symbols[i].stubFunction { return functionIndex(stub) }
        if symbols[i].functionIndex != invalidIndex { return symbols[i].functionIndex }
        if let f = symbols[i].function { return functions[Int(f.raw)].functionIndex }
        return 0
    }

    func globalIndex(_ id: SymbolID) -> UInt32 {
        if self[id].kind == .definedGlobal, let g = self[id].global { return globals[Int(g.raw)].index }
        return self[id].globalIndex
    }

    func tagIndex(_ id: SymbolID) -> UInt32 {
        if self[id].kind == .definedTag, let t = self[id].tag { return tags[Int(t.raw)].index }
        return self[id].tagIndex
    }

    func tableNumber(_ id: SymbolID) -> UInt32 {
        if self[id].kind == .definedTable, let t = self[id].table { return tables[Int(t.raw)].index }
        return self[id].tableNumber
    }

    func scanRelocations(_ file: FileID, _ relocations: [ChunkRelocation]) {
        let fileIndex = Int(file.raw)
        let fileSymbols = files[fileIndex].symbols
        for r in relocations {
            if r.type == .typeIndexLEB {
                if Int(r.index) < files[fileIndex].types.count {
                    files[fileIndex].typeMap[Int(r.index)] = registerType(files[fileIndex].types[Int(r.index)])
                }
                continue
            }
            guard Int(r.index) < fileSymbols.count else { continue }
            let id = fileSymbols[Int(r.index)]
            switch r.type {
            case .tableIndexI32, .tableIndexI64, .tableIndexSLEB, .tableIndexSLEB64, .tableIndexRelSLEB,
                 .tableIndexRelSLEB64:
                if self[id].isFunction { addTableEntry(id) }
            case .globalIndexLEB, .globalIndexI32:
                if !self[id].isGlobal {
                    diagnostics.error("\(displayName(file)): relocation \(relocationName(r.type)) against "
                                      + "non-global symbol `\(demangled(self[id].name))` needs a GOT, which r2r-ld "
                                      + "does not support yet")
                }
            case .memoryAddrTLSSLEB, .memoryAddrTLSSLEB64:
                if !self[id].isDefined {
                    diagnostics.error("\(displayName(file)): relocation \(relocationName(r.type)) cannot be used "
                                      + "against an undefined symbol `\(demangled(self[id].name))`")
                }
            default:
                break
            }
            if self[id].isUndefined && !config.relocatable && !self[id].isWeak { reportUndefined(file, id) }
        }
    }

    func scanRelocations() {
        for file in objectFiles {
            let f = files[Int(file.raw)]
            for id in f.functions where functions[Int(id.raw)].live {
                scanRelocations(file, functions[Int(id.raw)].relocations)
            }
            for id in f.segments where segments[Int(id.raw)].live {
                scanRelocations(file, segments[Int(id.raw)].relocations)
            }
            for id in f.sections {
                scanRelocations(file, sections[Int(id.raw)].relocations)
            }
        }
    }

    /// The value a relocation resolves to (lld's calcNewValue). `site` is the output address
    /// of the relocated bytes, needed by LOCREL.
    func relocationValue(_ r: ChunkRelocation, file: FileID, tombstone: UInt64, site: UInt64) -> UInt64 {
        let fileIndex = Int(file.raw)
        if r.type == .typeIndexLEB {
            let typeMap = files[fileIndex].typeMap
            return Int(r.index) < typeMap.count ? UInt64(typeMap[Int(r.index)]) : 0
        }
        guard Int(r.index) < files[fileIndex].symbols.count else { return 0 }
        let id = files[fileIndex].symbols[Int(r.index)]
        let kind = symbols[Int(id.raw)].kind
        if kind != .section && !isLive(id) {
            return tombstone != 0 ? tombstone : UInt64(bitPattern: r.addend)
        }
        switch r.type {
        case .tableIndexI32, .tableIndexI64, .tableIndexSLEB, .tableIndexSLEB64, .tableIndexRelSLEB,
             .tableIndexRelSLEB64:
            let index = tableIndex(id)
            if index == invalidIndex { return 0 }
            if r.type == .tableIndexRelSLEB || r.type == .tableIndexRelSLEB64 {
                return UInt64(index &- tableBase)
            }
            return UInt64(index)
        case .memoryAddrLEB, .memoryAddrLEB64, .memoryAddrSLEB, .memoryAddrSLEB64, .memoryAddrRelSLEB,
             .memoryAddrRelSLEB64, .memoryAddrI32, .memoryAddrI64, .memoryAddrTLSSLEB, .memoryAddrTLSSLEB64,
             .memoryAddrLocRelI32, .memoryAddrLocRelI64:
            if kind != .definedData || symbols[Int(id.raw)].isUndefWeak { return 0 }
            var value = dataAddress(id) &+ UInt64(bitPattern: r.addend)
            if r.type == .memoryAddrLocRelI32 || r.type == .memoryAddrLocRelI64 { value = value &- site }
            return value
        case .typeIndexLEB:
            return 0
        case .functionIndexLEB, .functionIndexI32:
            return UInt64(functionIndex(id))
        case .globalIndexLEB, .globalIndexI32:
            return UInt64(globalIndex(id))
        case .tagIndexLEB:
            return UInt64(tagIndex(id))
        case .functionOffsetI32, .functionOffsetI64:
            guard kind == .definedFunction, let fid = symbols[Int(id.raw)].function else {
                return tombstone != 0 ? tombstone : UInt64(bitPattern: r.addend)
            }
            let function = functions[Int(fid.raw)]
            return UInt64(function.outputOffset + function.codeOffset) &+ UInt64(bitPattern: r.addend)
        case .sectionOffsetI32:
            guard let section = symbols[Int(id.raw)].section else { return 0 }
            return sectionOffset(section, UInt64(bitPattern: r.addend))
        case .tableNumberLEB:
            return UInt64(tableNumber(id))
        }
    }

    /// Offset of byte `offset` of an input custom section within its output section.
    func sectionOffset(_ id: SectionID, _ offset: UInt64) -> UInt64 {
        let i = Int(id.raw)
        if let parent = sections[i].merge?.parent, parent >= 0 {
            return sections[Int(parent)].outputOffset &+ (sections[i].merge?.outputOffset(of: offset) ?? offset)
        }
        return sections[i].outputOffset &+ offset
    }

    /// Applies a chunk's relocations to its copy at `base` in `output`.
    func relocate(_ relocations: [ChunkRelocation], file: FileID?, tombstone: UInt64, in output: inout [UInt8],
                  at base: Int, siteAddress: (UInt32) -> UInt64 = { _ in 0 }) {
        guard let file else { return }
        for r in relocations {
            let value = relocationValue(r, file: file, tombstone: tombstone, site: siteAddress(r.offset))
            let at = base + Int(r.offset)
            guard at >= 0, at + r.type.patchSize <= output.count else { continue }
            switch r.type {
            case .typeIndexLEB, .functionIndexLEB, .globalIndexLEB, .tagIndexLEB, .memoryAddrLEB, .tableNumberLEB:
                writePaddedULEB(UInt64(UInt32(truncatingIfNeeded: value)), 5, &output, at)
            case .memoryAddrLEB64:
                writePaddedULEB(value, 10, &output, at)
            case .tableIndexSLEB, .tableIndexRelSLEB, .memoryAddrSLEB, .memoryAddrRelSLEB, .memoryAddrTLSSLEB:
                writePaddedSLEB(Int64(Int32(truncatingIfNeeded: value)), 5, &output, at)
            case .tableIndexSLEB64, .tableIndexRelSLEB64, .memoryAddrSLEB64, .memoryAddrRelSLEB64,
                 .memoryAddrTLSSLEB64:
                writePaddedSLEB(Int64(bitPattern: value), 10, &output, at)
            case .tableIndexI32, .memoryAddrI32, .functionOffsetI32, .functionIndexI32, .sectionOffsetI32,
                 .globalIndexI32, .memoryAddrLocRelI32:
                for i in 0..<4 { output[at + i] = UInt8(truncatingIfNeeded: value >> UInt64(8 * i)) }
            case .tableIndexI64, .memoryAddrI64, .functionOffsetI64, .memoryAddrLocRelI64:
                for i in 0..<8 { output[at + i] = UInt8(truncatingIfNeeded: value >> UInt64(8 * i)) }
            }
        }
    }

    func relocationName(_ type: RelocationType) -> String {
        let names = ["R_WASM_FUNCTION_INDEX_LEB", "R_WASM_TABLE_INDEX_SLEB", "R_WASM_TABLE_INDEX_I32",
                     "R_WASM_MEMORY_ADDR_LEB", "R_WASM_MEMORY_ADDR_SLEB", "R_WASM_MEMORY_ADDR_I32",
                     "R_WASM_TYPE_INDEX_LEB", "R_WASM_GLOBAL_INDEX_LEB", "R_WASM_FUNCTION_OFFSET_I32",
                     "R_WASM_SECTION_OFFSET_I32", "R_WASM_TAG_INDEX_LEB", "R_WASM_MEMORY_ADDR_REL_SLEB",
                     "R_WASM_TABLE_INDEX_REL_SLEB", "R_WASM_GLOBAL_INDEX_I32", "R_WASM_MEMORY_ADDR_LEB64",
                     "R_WASM_MEMORY_ADDR_SLEB64", "R_WASM_MEMORY_ADDR_I64", "R_WASM_MEMORY_ADDR_REL_SLEB64",
                     "R_WASM_TABLE_INDEX_SLEB64", "R_WASM_TABLE_INDEX_I64", "R_WASM_TABLE_NUMBER_LEB",
                     "R_WASM_MEMORY_ADDR_TLS_SLEB", "R_WASM_FUNCTION_OFFSET_I64", "R_WASM_MEMORY_ADDR_LOCREL_I32",
                     "R_WASM_TABLE_INDEX_REL_SLEB64", "R_WASM_MEMORY_ADDR_TLS_SLEB64", "R_WASM_FUNCTION_INDEX_I32",
                     "R_WASM_MEMORY_ADDR_LOCREL_I64"]
        return names[Int(type.rawValue)]
    }
}

func writePaddedULEB(_ value: UInt64, _ width: Int, _ out: inout [UInt8], _ at: Int) {
    var v = value
    for i in 0..<width {
        out[at + i] = UInt8(v & 0x7f) | (i == width - 1 ? 0 : 0x80)
        v >>= 7
    }
}

func writePaddedSLEB(_ value: Int64, _ width: Int, _ out: inout [UInt8], _ at: Int) {
    var v = value
    for i in 0..<width {
        out[at + i] = UInt8(truncatingIfNeeded: v) & 0x7f | (i == width - 1 ? 0 : 0x80)
        v >>= 7
    }
}
