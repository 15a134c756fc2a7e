import ObjWriter

/// The bytes of each output section, in wasm-ld's order (lld's SyntheticSections and
/// OutputSections): sizes are minimal LEBs, chunks are copied and relocated in place.
extension LinkContext {
    func assembleOutput(exports: [Export], customSections: [(name: String, sections: [SectionID])],
                        initFunctions: [(SymbolID, UInt32)]) -> [UInt8] {
        var out = ByteWriter(capacity: 1 << 20)
        out.append(WasmModule.magic)
        out.u32LE(1)
        var sectionCount: UInt32 = 0

        func section(_ id: ObjWriter.SectionID, name: String? = nil, _ body: (inout ByteWriter) -> Void) {
            var w = ByteWriter()
            if let name { w.name(name) }
            body(&w)
            out.byte(id.rawValue)
            out.uleb(UInt32(w.count))
            out.append(w.bytes)
            sectionCount += 1
        }
        let emitRelocations = config.relocatable || config.emitRelocs
        typealias Chunks = [(relocations: [ChunkRelocation], file: FileID?, offset: UInt64)]
        var relocationSections: [(name: String, target: UInt32, chunks: Chunks)] = []

        if !outputTypes.isEmpty {
            section(.type) { w in
                w.count(outputTypes.count)
                for t in outputTypes {
                    w.byte(0x60)
                    w.count(t.params.count)
                    for p in t.params { w.valueType(p) }
                    w.count(t.results.count)
                    for r in t.results { w.valueType(r) }
                }
            }
        }
        let importCount = importedSymbols.count + (config.memoryImport != nil ? 1 : 0)
        if importCount > 0 {
            section(.import) { w in
                w.count(importCount)
                if let memory = config.memoryImport {
                    w.name(memory.module)
                    w.name(memory.field)
                    w.byte(ExternalKind.memory.rawValue)
                    w.limits(memoryLimits())
                }
                for id in importedSymbols {
                    let s = self[id]
                    w.name(s.importModule ?? "env")
                    w.name(s.importName ?? s.name)
                    switch s.kind {
                    case .undefinedFunction:
                        w.byte(ExternalKind.function.rawValue)
                        w.uleb(outputTypeIndices[s.signature ?? FunctionType(params: [], results: [])] ?? 0)
                    case .undefinedGlobal:
                        w.byte(ExternalKind.global.rawValue)
                        w.globalType(s.globalType ?? GlobalType(valueType: .i32, mutable: false))
                    case .undefinedTag:
                        w.byte(ExternalKind.tag.rawValue)
                        w.byte(0)
                        w.uleb(outputTypeIndices[s.signature ?? FunctionType(params: [], results: [])] ?? 0)
                    default:
                        w.byte(ExternalKind.table.rawValue)
                        w.tableType(s.tableType ?? TableType(elementType: .funcref, limits: Limits(minimum: 0)))
                    }
                }
            }
        }
        if !outputFunctions.isEmpty {
            section(.function) { w in
                w.count(outputFunctions.count)
                for f in outputFunctions { w.uleb(outputTypeIndices[functions[Int(f.raw)].signature] ?? 0) }
            }
        }
        if !outputTables.isEmpty {
            section(.table) { w in
                w.count(outputTables.count)
                for t in outputTables { w.tableType(tables[Int(t.raw)].type) }
            }
        }
        if config.memoryImport == nil {
            section(.memory) { w in
                w.uleb(1)
                w.limits(memoryLimits())
            }
        }
        if !outputTags.isEmpty {
            section(.tag) { w in
                w.count(outputTags.count)
                for t in outputTags {
                    w.uleb(0)
                    w.uleb(outputTypeIndices[tags[Int(t.raw)].signature] ?? 0)
                }
            }
        }
        if !outputGlobals.isEmpty || !dataAddressGlobals.isEmpty {
            section(.global) { w in
                w.count(outputGlobals.count + dataAddressGlobals.count)
                for g in outputGlobals {
                    w.globalType(globals[Int(g.raw)].type)
                    w.constExpr(globals[Int(g.raw)].initializer)
                }
                for id in dataAddressGlobals {
                    w.globalType(GlobalType(valueType: .i32, mutable: false))
                    w.constExpr(.i32(Int32(truncatingIfNeeded: dataAddress(id))))
                }
            }
        }
        if !exports.isEmpty {
            section(.export) { w in
                w.count(exports.count)
                for e in exports {
                    w.name(e.name)
                    w.byte(e.kind.rawValue)
                    w.uleb(e.index)
                }
            }
        }
        if let initMemory {
            section(.start) { $0.uleb(functionIndex(initMemory)) }
        }
        if !indirectFunctions.isEmpty, let table = indirectFunctionTable {
            section(.element) { w in
                w.uleb(1)
                let number = tableNumber(table)
                w.uleb(number != 0 ? 2 : 0)
                if number != 0 { w.uleb(number) }
                w.constExpr(.i32(Int32(bitPattern: tableBase)))
                if number != 0 { w.byte(0) }
                w.count(indirectFunctions.count)
                for f in indirectFunctions { w.uleb(functionIndex(f)) }
            }
        }
        if config.sharedMemory {
            let count = outputSegments.filter(requiredInBinary).count
            if count > 0 { section(.dataCount) { $0.count(count) } }
        }

        // Code: lay out first so debug sections can point into it.
        var codeHeader = ByteWriter()
        codeHeader.count(outputFunctions.count)
        var codeSize = codeHeader.count
        for f in outputFunctions {
            functions[Int(f.raw)].outputOffset = codeSize
            codeSize += functions[Int(f.raw)].bytes.count
        }
        if !outputFunctions.isEmpty {
            var code = codeHeader.bytes
            code.reserveCapacity(codeSize)
            for f in outputFunctions {
                let function = functions[Int(f.raw)]
                let base = code.count
                code.append(contentsOf: function.bytes)
                relocate(function.relocations, file: function.file, tombstone: 0, in: &code, at: base)
            }
            if emitRelocations {
                relocationSections.append(("reloc.CODE", sectionCount, outputFunctions.map {
                    (functions[Int($0.raw)].relocations, functions[Int($0.raw)].file,
                     UInt64(functions[Int($0.raw)].outputOffset))
                }))
            }
            section(.code) { $0.append(code) }
        }

        let binarySegments = outputSegments.filter(requiredInBinary)
        if !binarySegments.isEmpty {
            var data = ByteWriter()
            data.count(binarySegments.count)
            var bytes = data.bytes
            var chunkOffsets: Chunks = []
            for segment in binarySegments {
                var header = ByteWriter()
                header.uleb(segment.isPassive ? 1 : 0)
                if !segment.isPassive { header.constExpr(.i32(Int32(truncatingIfNeeded: segment.startVA))) }
                header.uleb64(segment.size)
                bytes += header.bytes
                let base = bytes.count
                bytes += [UInt8](repeating: 0, count: Int(segment.size))
                for id in segment.inputSegments {
                    let input = segments[Int(id.raw)]
                    let at = base + Int(input.outputSegmentOffset)
                    bytes.replaceSubrange(at..<(at + input.bytes.count), with: input.bytes)
                    let start = segment.startVA + input.outputSegmentOffset
                    relocate(input.relocations, file: input.file, tombstone: 0, in: &bytes, at: at,
                             siteAddress: { start + UInt64($0) })
                    chunkOffsets.append((input.relocations, input.file, UInt64(at)))
                }
            }
            if emitRelocations { relocationSections.append(("reloc.DATA", sectionCount, chunkOffsets)) }
            section(.data) { $0.append(bytes) }
        }

        // Every custom section is laid out (strings merged) before any is written: relocations
        // in one point into others.
        let customChunks = customSections.map { finalizeCustomSection($0.sections) }
        if emitRelocations {
            for (i, custom) in customSections.enumerated() {
                addOutputSectionSymbol(custom.name, sectionIndex: sectionCount + UInt32(i))
            }
        }
        for (custom, chunks) in zip(customSections, customChunks) {
            var payload: [UInt8] = []
            for id in chunks {
                let input = sections[Int(id.raw)]
                let base = Int(input.outputOffset)
                if payload.count < base { payload += [UInt8](repeating: 0, count: base - payload.count) }
                payload.append(contentsOf: input.bytes)
                relocate(input.relocations, file: input.merge == nil ? input.file : nil, tombstone: input.tombstone,
                         in: &payload, at: base)
            }
            if emitRelocations {
                relocationSections.append(("reloc." + custom.name, sectionCount, chunks.map {
                    (sections[Int($0.raw)].relocations, sections[Int($0.raw)].file, sections[Int($0.raw)].outputOffset)
                }))
            }
            section(.custom, name: custom.name) { $0.append(payload) }
        }

        if emitRelocations {
            section(.custom, name: "linking") { writeLinkingSection(&$0, initFunctions: initFunctions) }
            for r in relocationSections {
                let body = relocationEntries(r.chunks)
                if body.isEmpty { continue }
                section(.custom, name: r.name) { w in
                    w.uleb(r.target)
                    w.append(body)
                }
            }
        }

        // `--strip-all` drops the linker's own custom sections unless `--keep-section` names them.
        func keep(_ name: String) -> Bool { !config.stripAll || config.keepSections.contains(name) }
        if keep("name") {
            section(.custom, name: "name") { w in writeNames(&w) }
        }
        do {
            let producers = producers()
            if keep("producers") && !producers.fields.isEmpty {
                section(.custom, name: "producers") { w in
                    w.count(producers.fields.count)
                    for field in producers.fields {
                        w.name(field.name)
                        w.count(field.values.count)
                        for v in field.values {
                            w.name(v.name)
                            w.name(v.version)
                        }
                    }
                }
            }
            if keep("target_features") && !allowedFeatures.isEmpty {
                section(.custom, name: "target_features") { w in
                    let sorted = allowedFeatures.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                    w.count(sorted.count)
                    for feature in sorted {
                        w.byte(UInt8(ascii: "+"))
                        w.name(feature)
                    }
                }
            }
        }
        return out.bytes
    }

    func memoryLimits() -> Limits {
        let hasMax = maxMemoryPages != 0 || config.sharedMemory
        var flags: UInt8 = hasMax ? Limits.hasMaximumFlag : 0
        if config.sharedMemory { flags |= Limits.sharedFlag }
        return Limits(flags: flags, minimum: memoryPages, maximum: hasMax ? maxMemoryPages : nil, pageSizeLog2: nil)
    }

    /// Merges the string pieces of `.debug_str`-like inputs and places every chunk in the section.
    func finalizeCustomSection(_ inputs: [SectionID]) -> [SectionID] {
        var chunks: [SectionID] = []
        var mergeMembers: [SectionID] = []
        var mergedChunk: SectionID?
        for id in inputs {
            if sections[Int(id.raw)].merge == nil {
                chunks.append(id)
                continue
            }
            if mergedChunk == nil {
                let chunk = SectionID(raw: Int32(sections.count))
                sections.append(InputSection(file: sections[Int(id.raw)].file, name: sections[Int(id.raw)].name,
                                             bytes: [][...], tombstone: 0))
                mergedChunk = chunk
                chunks.append(chunk)
            }
            mergeMembers.append(id)
        }
        if let mergedChunk {
            sections[Int(mergedChunk.raw)].bytes = mergeStrings(mergeMembers.map { .section($0) })[...]
            for member in mergeMembers { sections[Int(member.raw)].merge?.parent = mergedChunk.raw }
        }
        var offset: UInt64 = 0
        for id in chunks {
            sections[Int(id.raw)].outputOffset = offset
            offset += UInt64(sections[Int(id.raw)].bytes.count)
        }
        return chunks
    }

    func writeNames(_ w: inout ByteWriter) {
        func subsection(_ id: NameSubsectionID, _ body: (inout ByteWriter) -> Void) {
            var sub = ByteWriter()
            body(&sub)
            w.byte(id.rawValue)
            w.count(sub.count)
            w.append(sub.bytes)
        }
        let moduleName = config.soname.isEmpty
            ? String(config.outputFile.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
            : config.soname
        subsection(.module) { $0.name(moduleName) }

        let importedFunctions = importedSymbols.filter { self[$0].isFunction }
        let namedFunctions = outputFunctions.filter {
            !functions[Int($0.raw)].name.isEmpty || !functions[Int($0.raw)].debugName.isEmpty
        }
        if importedFunctions.count + namedFunctions.count > 0 {
            subsection(.function) { sub in
                sub.count(importedFunctions.count + namedFunctions.count)
                for id in importedFunctions {
                    sub.uleb(functionIndex(id))
                    sub.name(demangled(self[id].name))
                }
                for f in outputFunctions where !functions[Int(f.raw)].name.isEmpty {
                    let function = functions[Int(f.raw)]
                    sub.uleb(function.functionIndex)
                    sub.name(function.debugName.isEmpty ? demangled(function.name) : function.debugName)
                }
            }
        }

        let importedGlobals = importedSymbols.filter { self[$0].isGlobal }
        let namedGlobals = outputGlobals.filter { !globals[Int($0.raw)].name.isEmpty }
        if importedGlobals.count + namedGlobals.count > 0 {
            subsection(.global) { sub in
                sub.count(importedGlobals.count + namedGlobals.count)
                for id in importedGlobals {
                    sub.uleb(globalIndex(id))
                    sub.name(demangled(self[id].name))
                }
                for g in namedGlobals {
                    sub.uleb(globals[Int(g.raw)].index)
                    sub.name(demangled(globals[Int(g.raw)].name))
                }
            }
        }

        let namedSegments = outputSegments.filter { !$0.name.isEmpty && requiredInBinary($0) }
        if !namedSegments.isEmpty {
            subsection(.dataSegment) { sub in
                sub.count(namedSegments.count)
                for s in namedSegments {
                    sub.uleb(UInt32(s.index))
                    sub.name(s.name)
                }
            }
        }
    }
}
