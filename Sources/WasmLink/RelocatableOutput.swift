import ObjWriter

/// `-r` and `--emit-relocs`: the output keeps a symbol table and its relocations (lld's
/// populateSymtab, LinkingSection and RelocSection).
extension LinkContext {
    func addToSymbolTable(_ id: SymbolID) {
        guard self[id].outputSymbolIndex == invalidIndex else { return }
        self[id].outputSymbolIndex = UInt32(outputSymbols.count)
        outputSymbols.append(id)
    }

    func populateSymbolTable() {
        for id in symbolOrder where self[id].isUsedInRegularObj && isLive(id) { addToSymbolTable(id) }
        for file in objectFiles {
            for id in files[Int(file.raw)].symbols where self[id].isLocal && self[id].kind != .section && isLive(id) {
                addToSymbolTable(id)
            }
        }
    }

    /// The symbol a relocation of `file` names in the output symbol table (section symbols
    /// stand for their output section).
    func outputSymbolIndex(_ r: ChunkRelocation, file: FileID) -> UInt32 {
        let fileIndex = Int(file.raw)
        if r.type == .typeIndexLEB {
            let typeMap = files[fileIndex].typeMap
            return Int(r.index) < typeMap.count ? typeMap[Int(r.index)] : 0
        }
        let fileSymbols = files[fileIndex].symbols
        guard Int(r.index) < fileSymbols.count else { return 0 }
        let id = fileSymbols[Int(r.index)]
        if self[id].kind == .section, let section = self[id].section,
           let symbol = outputSectionSymbols[sections[Int(section.raw)].name] {
            return self[symbol].outputSymbolIndex
        }
        return self[id].outputSymbolIndex
    }

    func outputAddend(_ r: ChunkRelocation, file: FileID) -> Int64 {
        guard r.type == .sectionOffsetI32 else { return r.addend }
        let f = files[Int(file.raw)]
        guard Int(r.index) < f.symbols.count, let section = self[f.symbols[Int(r.index)]].section else { return r.addend }
        return Int64(bitPattern: sectionOffset(section, UInt64(bitPattern: r.addend)))
    }

    /// Relocation entries of chunks placed at the given offsets of one output section.
    func relocationEntries(_ chunks: [(relocations: [ChunkRelocation], file: FileID?, offset: UInt64)]) -> [UInt8] {
        var w = ByteWriter()
        var count = 0
        for chunk in chunks {
            guard let file = chunk.file else { continue }
            // wasm-ld 21 keeps section-offset relocations only in relocatable output.
            for r in chunk.relocations where config.relocatable || r.type != .sectionOffsetI32 {
                w.uleb(UInt32(r.type.rawValue))
                w.uleb64(chunk.offset + UInt64(r.offset))
                w.uleb(outputSymbolIndex(r, file: file))
                if r.type.hasAddend { w.sleb64(outputAddend(r, file: file)) }
                count += 1
            }
        }
        var body = ByteWriter()
        body.count(count)
        body.append(w.bytes)
        return count == 0 ? [] : body.bytes
    }

    func writeLinkingSection(_ w: inout ByteWriter, initFunctions: [(SymbolID, UInt32)]) {
        func subsection(_ type: LinkingSubsectionType, _ body: (inout ByteWriter) -> Void) {
            var sub = ByteWriter()
            body(&sub)
            w.byte(type.rawValue)
            w.count(sub.count)
            w.append(sub.bytes)
        }
        w.uleb(2)
        if !outputSymbols.isEmpty {
            subsection(.symbolTable) { sub in
                sub.count(outputSymbols.count)
                for id in outputSymbols { writeSymbol(id, &sub) }
            }
        }
        if !outputSegments.isEmpty {
            subsection(.segmentInfo) { sub in
                sub.count(outputSegments.count)
                for s in outputSegments {
                    sub.name(s.name)
                    sub.uleb(s.alignmentLog2)
                    sub.uleb(s.linkingFlags.rawValue)
                }
            }
        }
        if !initFunctions.isEmpty {
            subsection(.initFuncs) { sub in
                sub.count(initFunctions.count)
                for (symbol, priority) in initFunctions {
                    sub.uleb(priority)
                    sub.uleb(self[symbol].outputSymbolIndex)
                }
            }
        }
        var comdats: [String: [(kind: ComdatKind, index: UInt32)]] = [:]
        for f in outputFunctions {
            if let name = comdatName(functions[Int(f.raw)].file, functions[Int(f.raw)].comdat) {
                comdats[name, default: []].append((.function, functions[Int(f.raw)].functionIndex))
            }
        }
        for (i, segment) in outputSegments.enumerated() {
            guard let first = segment.inputSegments.first else { continue }
            let input = segments[Int(first.raw)]
            if let name = comdatName(input.file, input.comdat) { comdats[name, default: []].append((.data, UInt32(i))) }
        }
        if !comdats.isEmpty {
            subsection(.comdatInfo) { sub in
                let names = comdats.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                sub.count(names.count)
                for name in names {
                    sub.name(name)
                    sub.uleb(0)
                    let entries = comdats[name] ?? []
                    sub.count(entries.count)
                    for e in entries {
                        sub.byte(UInt8(e.kind.rawValue))
                        sub.uleb(e.index)
                    }
                }
            }
        }
    }

    func comdatName(_ file: FileID?, _ comdat: Int32) -> String? {
        guard let file, comdat >= 0 else { return nil }
        let names = files[Int(file.raw)].comdats
        return Int(comdat) < names.count ? names[Int(comdat)] : nil
    }

    func writeSymbol(_ id: SymbolID, _ w: inout ByteWriter) {
        let s = self[id]
        w.byte(s.wasmKind.rawValue)
        w.uleb(s.flags.rawValue)
        let named = s.isDefined || s.flags.contains(.explicitName)
        switch s.wasmKind {
        case .function:
            w.uleb(functionIndex(id))
            if named { w.name(s.name) }
        case .global:
            w.uleb(globalIndex(id))
            if named { w.name(s.name) }
        case .tag:
            w.uleb(tagIndex(id))
            if named { w.name(s.name) }
        case .table:
            w.uleb(tableNumber(id))
            if named { w.name(s.name) }
        case .data:
            w.name(s.name)
            if s.kind == .definedData {
                if let segment = s.segment, let output = segments[Int(segment.raw)].outputSegment {
                    w.uleb(UInt32(output.raw))
                    w.uleb64(chunkOffset(segment, s.value))
                } else {
                    w.uleb(0)
                    w.uleb64(dataAddress(id))
                }
                w.uleb64(s.size)
            }
        case .section:
            w.uleb(s.outputSectionIndex)
        }
    }

    /// A symbol for an output custom section, which its relocations may name.
    func addOutputSectionSymbol(_ name: String, sectionIndex: UInt32) {
        var symbol = Symbol(name: "", kind: .section, flags: .local, file: nil, referenced: true)
        symbol.outputSectionIndex = sectionIndex
        let id = addLocal(symbol)
        outputSectionSymbols[name] = id
        addToSymbolTable(id)
    }
}
