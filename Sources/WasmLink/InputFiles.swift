import ObjWriter

/// Reading objects and archive members into the context (lld's InputFiles).
extension LinkContext {
    /// Decodes an object and records it; its symbols join the link when it is added or extracted.
    /// A lazy member is only indexed (its symbol table read); it is decoded in full if extracted.
    func loadObject(_ bytes: [UInt8], name: String, archiveName: String, lazy: Bool) throws -> FileID {
        var file = ObjectFile(name: name, archiveName: archiveName, module: nil, bytes: bytes,
                              lazy: lazy, live: archiveName.isEmpty)
        if lazy {
            file.lazySymbols = try bytes.withUnsafeBufferPointer { try ModuleReader.readLinkingSection($0) }?.symbols
            guard file.lazySymbols != nil else { throw LinkError("\(file.displayName): not a relocatable wasm file") }
        } else {
            (file.module, file.payloadRanges) = try decode(bytes, displayName: file.displayName)
        }
        let id = FileID(raw: Int32(files.count))
        files.append(file)
        return id
    }

    /// Reports a failure to read an object as wasm-ld words it: `file: message`.
    func reportLoadError(_ error: Error, file displayName: String) {
        switch error {
        case let error as LinkError: diagnostics.error(error.message)
        case let error as DecodeError: diagnostics.error("\(displayName): \(error.message)")
        default: diagnostics.error("\(displayName): \(error)")
        }
    }

    /// Decodes an object, with the payload range of each of its sections.
    func decode(_ bytes: [UInt8], displayName: String) throws -> (WasmModule, [Range<Int>]) {
        var ranges: [Range<Int>] = []
        let module = try bytes.withUnsafeBufferPointer {
            try ModuleReader.read($0, baseOffset: 0, payloadRanges: &ranges, copyingBodies: false)
        }
        guard module.linking != nil else { throw LinkError("\(displayName): not a relocatable wasm file") }
        return (module, ranges)
    }

    /// Adds a file to the link: a lazy one offers its definitions, any other is parsed in full.
    func addFile(_ id: FileID) {
        if files[Int(id.raw)].lazy {
            parseLazy(id)
        } else {
            parseObject(id)
            objectFiles.append(id)
        }
    }

    /// Offers each global definition of a lazy object to the symbol table (lld's parseLazy).
    func parseLazy(_ id: FileID) {
        guard let symbols = files[Int(id.raw)].lazySymbols else { return }
        for info in symbols where info.isDefined && !info.flags.contains(.local) {
            addLazy(info.name ?? "", file: id)
            if !files[Int(id.raw)].lazy { break }
        }
    }

    struct ImportNames {
        var functions: [Import] = []
        var globals: [Import] = []
        var tags: [Import] = []
        var tables: [Import] = []
    }

    func importNames(_ module: WasmModule) -> ImportNames {
        var names = ImportNames()
        for i in module.imports {
            switch i.descriptor {
            case .function: names.functions.append(i)
            case .global: names.globals.append(i)
            case .tag: names.tags.append(i)
            case .table: names.tables.append(i)
            case .memory: break
            }
        }
        return names
    }

    /// The name of a symbol-table entry: its own, or its import's field.
    func symbolName(_ info: ObjWriter.SymbolInfo, _ imports: ImportNames) -> String {
        if let name = info.name { return name }
        let index = Int(info.index)
        switch info.kind {
        case .function: return index < imports.functions.count ? imports.functions[index].field : ""
        case .global: return index < imports.globals.count ? imports.globals[index].field : ""
        case .tag: return index < imports.tags.count ? imports.tags[index].field : ""
        case .table: return index < imports.tables.count ? imports.tables[index].field : ""
        case .data, .section: return ""
        }
    }

    /// Creates the chunks and symbols of an object (lld's ObjFile::parse).
    func parseObject(_ id: FileID) {
        let fileIndex = Int(id.raw)
        guard !files[fileIndex].parsed else { return }
        files[fileIndex].parsed = true
        if files[fileIndex].module == nil {
            do {
                (files[fileIndex].module, files[fileIndex].payloadRanges) =
                    try decode(files[fileIndex].bytes, displayName: files[fileIndex].displayName)
            } catch {
                return reportLoadError(error, file: files[fileIndex].displayName)
            }
        }
        guard let module = files[fileIndex].module else { return }
        let bytes = files[fileIndex].bytes
        let ranges = files[fileIndex].payloadRanges
        let linking = module.linking ?? LinkingSection(subsections: [])
        let imports = importNames(module)
        let types = module.types
        files[fileIndex].types = types
        files[fileIndex].typeMap = Array(repeating: invalidIndex, count: types.count)
        files[fileIndex].importedFunctionCount = imports.functions.count
        files[fileIndex].importedGlobalCount = imports.globals.count
        files[fileIndex].importedTagCount = imports.tags.count
        files[fileIndex].importedTableCount = imports.tables.count

        var comdatOfFunction: [UInt32: Int32] = [:]
        var comdatOfSegment: [UInt32: Int32] = [:]
        var comdatOfSection: [UInt32: Int32] = [:]
        var initFunctions: [InitFunction] = []
        for sub in linking.subsections {
            switch sub {
            case .comdatInfo(let comdats):
                for (c, comdat) in comdats.enumerated() {
                    files[fileIndex].comdats.append(comdat.name)
                    files[fileIndex].keptComdats.append(comdatGroups.insert(comdat.name).inserted)
                    for entry in comdat.entries {
                        switch entry.kind {
                        case .function: comdatOfFunction[entry.index] = Int32(c)
                        case .data: comdatOfSegment[entry.index] = Int32(c)
                        case .section: comdatOfSection[entry.index] = Int32(c)
                        default: break
                        }
                    }
                }
            case .initFuncs(let functions):
                initFunctions = functions
            default:
                break
            }
        }
        files[fileIndex].initFunctions = initFunctions
        let kept = files[fileIndex].keptComdats
        func excluded(_ comdat: Int32?) -> Bool { comdat.map { !kept[Int($0)] } ?? false }

        var relocationsBySection: [UInt32: [Relocation]] = [:]
        var calledDirectly = Set<UInt32>()
        for relocations in module.relocationSections {
            relocationsBySection[relocations.targetSection, default: []] += relocations.entries
            for r in relocations.entries where r.type == .functionIndexLEB { calledDirectly.insert(r.index) }
        }
        for (sectionIndex, section) in module.sections.enumerated() {
            guard section.id == .custom, let name = section.customName else { continue }
            let range = ranges[sectionIndex]
            let relocations = (relocationsBySection[UInt32(sectionIndex)] ?? []).map {
                ChunkRelocation(type: $0.type, offset: $0.offset, index: $0.index, addend: $0.addend)
            }
            let comdat = comdatOfSection[UInt32(sectionIndex)]
            var input = InputSection(file: id, name: name, bytes: bytes[range], relocations: relocations,
                                     comdat: comdat ?? -1, discarded: excluded(comdat),
                                     tombstone: Self.tombstone(forSection: name))
            if config.optimize != 0 && (name == ".debug_str" || name == ".debug_str.dwo" || name == ".debug_line_str") {
                input.merge = MergePieces()
            }
            let sid = SectionID(raw: Int32(sections.count))
            sections.append(input)
            files[fileIndex].sections.append(sid)
            files[fileIndex].sectionsByIndex[sectionIndex] = sid
        }

        // Data segments.
        if let dataIndex = module.sectionIndex(of: .data) {
            let infos = linking.segments
            let relocations = relocationsBySection[UInt32(dataIndex)] ?? []
            var offset = ranges[dataIndex].lowerBound
            var reader = LEBCursor(bytes: bytes, position: offset)
            let count = reader.uleb()
            offset = reader.position
            for (i, segment) in module.dataSegments.enumerated() where i < Int(count) {
                var header = ByteWriter()
                header.uleb(segment.flags)
                if segment.flags == 2 { header.uleb(segment.memoryIndex) }
                if let expr = segment.offset { header.constExpr(expr) }
                header.count(segment.bytes.count)
                let dataStart = offset + header.count
                let dataEnd = dataStart + segment.bytes.count
                let sectionOffset = UInt32(dataStart - ranges[dataIndex].lowerBound)
                let info = i < infos.count ? infos[i] : SegmentInfo(name: "", alignmentLog2: 0)
                // Segments are laid out in a 32-bit address space: larger alignments cannot be honoured.
                guard info.alignmentLog2 < 32 else {
                    diagnostics.error("\(files[fileIndex].displayName): segment \(info.name) has alignment 2^\(info.alignmentLog2)")
                    return
                }
                var flags = info.flags
                if !flags.contains(.tls) && (info.name.hasPrefix(".tdata") || info.name.hasPrefix(".tbss")) {
                    flags.insert(.tls)
                }
                let comdat = comdatOfSegment[UInt32(i)]
                var input = InputSegment(file: id, name: info.name, alignmentLog2: info.alignmentLog2, flags: flags,
                                         bytes: bytes[dataStart..<dataEnd],
                                         relocations: Self.relocations(relocations, from: sectionOffset,
                                                                       size: UInt32(segment.bytes.count)),
                                         comdat: comdat ?? -1, live: !config.gcSections, discarded: excluded(comdat))
                if flags.contains(.strings) && info.alignmentLog2 == 0 && config.optimize != 0 && !segment.bytes.isEmpty {
                    input.merge = MergePieces()
                }
                files[fileIndex].segments.append(SegmentID(raw: Int32(self.segments.count)))
                self.segments.append(input)
                offset = dataEnd
            }
        }

        // Function bodies: each chunk keeps its body-size LEB, as lld copies it.
        var functionNames: [UInt32: String] = [:]
        var globalNames: [UInt32: String] = [:]
        var tagNames: [UInt32: String] = [:]
        var tableNames: [UInt32: String] = [:]
        for info in linking.symbols where info.isDefined {
            guard let name = info.name else { continue }
            switch info.kind {
            case .function: if functionNames[info.index] == nil { functionNames[info.index] = name }
            case .global: if globalNames[info.index] == nil { globalNames[info.index] = name }
            case .tag: if tagNames[info.index] == nil { tagNames[info.index] = name }
            case .table: if tableNames[info.index] == nil { tableNames[info.index] = name }
            default: break
            }
        }
        var exportNames: [UInt32: String] = [:]
        for e in module.exports where e.kind == .function && exportNames[e.index] == nil { exportNames[e.index] = e.name }
        let importedFunctions = UInt32(imports.functions.count)
        if let codeIndex = module.sectionIndex(of: .code) {
            let relocations = relocationsBySection[UInt32(codeIndex)] ?? []
            let typeIndices = module.functionTypeIndices
            var reader = LEBCursor(bytes: bytes, position: ranges[codeIndex].lowerBound)
            let count = Int(reader.uleb())
            for i in 0..<min(count, typeIndices.count) {
                let start = reader.position
                let size = Int(reader.uleb())
                let codeOffset = reader.position - start
                let end = reader.position + size
                reader.position = end
                let index = importedFunctions + UInt32(i)
                let typeIndex = Int(typeIndices[i])
                let comdat = comdatOfFunction[index]
                let sectionOffset = UInt32(start - ranges[codeIndex].lowerBound)
                let function = InputFunction(
                    file: id, name: functionNames[index] ?? "", exportName: exportNames[index],
                    signature: typeIndex < types.count ? types[typeIndex] : FunctionType(params: [], results: []),
                    bytes: bytes[start..<end], codeOffset: codeOffset,
                    relocations: Self.relocations(relocations, from: sectionOffset, size: UInt32(end - start)),
                    comdat: comdat ?? -1, live: !config.gcSections, discarded: excluded(comdat))
                files[fileIndex].functions.append(FunctionID(raw: Int32(functions.count)))
                functions.append(function)
            }
        }

        for t in module.sections.flatMap({ if case .table(let t) = $0 { return t } else { return [] } }) {
            let index = UInt32(imports.tables.count + files[fileIndex].tables.count)
            files[fileIndex].tables.append(TableID(raw: Int32(tables.count)))
            tables.append(InputTable(file: id, name: tableNames[index] ?? "", type: t.type, live: !config.gcSections))
        }
        for g in module.sections.flatMap({ if case .global(let g) = $0 { return g } else { return [] } }) {
            let index = UInt32(imports.globals.count + files[fileIndex].globals.count)
            files[fileIndex].globals.append(GlobalID(raw: Int32(globals.count)))
            globals.append(InputGlobal(file: id, name: globalNames[index] ?? "", type: g.type,
                                       initializer: g.initializer, live: !config.gcSections))
        }
        for t in module.sections.flatMap({ if case .tag(let t) = $0 { return t } else { return [] } }) {
            let index = UInt32(imports.tags.count + files[fileIndex].tags.count)
            let signature = Int(t.typeIndex) < types.count ? types[Int(t.typeIndex)] : FunctionType(params: [], results: [])
            files[fileIndex].tags.append(TagID(raw: Int32(tags.count)))
            tags.append(InputTag(file: id, name: tagNames[index] ?? "", signature: signature, live: !config.gcSections))
        }
        for case .producers(let p) in module.sections { files[fileIndex].producers = p }
        for case .targetFeatures(let f) in module.sections { files[fileIndex].targetFeatures = f.features }

        var tableSymbolCount = 0
        for (symbolIndex, info) in linking.symbols.enumerated() {
            if info.kind == .table { tableSymbolCount += 1 }
            if info.isDefined, let symbol = createDefined(info, file: id, imports: imports) {
                files[fileIndex].symbols.append(symbol)
                continue
            }
            files[fileIndex].symbols.append(createUndefined(info, file: id, imports: imports, types: types,
                                                            isCalledDirectly: calledDirectly.contains(UInt32(symbolIndex))))
        }
        addLegacyIndirectFunctionTableIfNeeded(id, tableSymbolCount: tableSymbolCount, imports: imports)
    }

    /// Relocations inside `[from, from + size)` of a section, made relative to that range.
    static func relocations(_ all: [Relocation], from: UInt32, size: UInt32) -> [ChunkRelocation] {
        var low = 0
        var high = all.count
        while low < high {
            let mid = (low + high) / 2
            if all[mid].offset < from { low = mid + 1 } else { high = mid }
        }
        var result: [ChunkRelocation] = []
        var i = low
        while i < all.count && all[i].offset < from + size {
            let r = all[i]
            result.append(ChunkRelocation(type: r.type, offset: r.offset - from, index: r.index, addend: r.addend))
            i += 1
        }
        return result
    }

    static func tombstone(forSection name: String) -> UInt64 {
        if name == ".debug_ranges" || name == ".debug_loc" { return UInt64.max - 1 }
        if name.hasPrefix(".debug_") || name.hasPrefix("llvm.func_attr.") { return UInt64.max }
        return 0
    }

    func createDefined(_ info: ObjWriter.SymbolInfo, file: FileID, imports: ImportNames) -> SymbolID? {
        let fileIndex = Int(file.raw)
        let name = info.name ?? ""
        let flags = info.flags
        let local = info.flags.contains(.local)
        switch info.kind {
        case .function:
            guard let function = definedElement(info.index, imported: files[fileIndex].importedFunctionCount,
                                                in: files[fileIndex].functions) else {
                return nil
            }
            if local { return addLocal(definedFunction(name, flags, file, function)) }
            if functions[Int(function.raw)].discarded { return nil }
            return addDefinedFunction(name, flags: flags, file: file, function: function)
        case .data:
            guard Int(info.index) < files[fileIndex].segments.count else { return nil }
            let segment = files[fileIndex].segments[Int(info.index)]
            let segmentSize = UInt64(segments[Int(segment.raw)].bytes.count)
            if !flags.contains(.absolute) && (info.offset > segmentSize || info.size > segmentSize - info.offset) {
                diagnostics.error("\(files[fileIndex].displayName): invalid data symbol offset: `\(name)` "
                                  + "(offset: \(info.offset) "
                                  + "segment size: \(segmentSize))")
                return nil
            }
            var dataFlags = flags
            if !flags.contains(.tls) && segments[Int(segment.raw)].isTLS { dataFlags.insert(.tls) }
            var symbol = Symbol(name: name, kind: .definedData, flags: dataFlags, file: file,
                                referenced: !config.gcSections)
            symbol.segment = segment
            symbol.value = info.offset
            symbol.size = info.size
            if local { return addLocal(symbol) }
            if segments[Int(segment.raw)].discarded { return nil }
            return addDefinedData(symbol)
        case .global:
            guard let global = definedElement(info.index, imported: files[fileIndex].importedGlobalCount,
                                          in: files[fileIndex].globals) else { return nil }
            var symbol = Symbol(name: name, kind: .definedGlobal, flags: flags, file: file, referenced: !config.gcSections)
            symbol.global = global
            symbol.globalType = globals[Int(global.raw)].type
            return local ? addLocal(symbol) : addDefinedGlobal(symbol)
        case .tag:
            guard let tag = definedElement(info.index, imported: files[fileIndex].importedTagCount,
                                          in: files[fileIndex].tags) else { return nil }
            var symbol = Symbol(name: name, kind: .definedTag, flags: flags, file: file, referenced: !config.gcSections)
            symbol.tag = tag
            symbol.signature = tags[Int(tag.raw)].signature
            return local ? addLocal(symbol) : addDefinedTag(symbol)
        case .table:
            guard let table = definedElement(info.index, imported: files[fileIndex].importedTableCount,
                                          in: files[fileIndex].tables) else { return nil }
            var symbol = Symbol(name: name, kind: .definedTable, flags: flags, file: file, referenced: !config.gcSections)
            symbol.table = table
            symbol.tableType = tables[Int(table.raw)].type
            return local ? addLocal(symbol) : addDefinedTable(symbol)
        case .section:
            guard let section = files[fileIndex].sectionsByIndex[Int(info.index)],
                  !sections[Int(section.raw)].discarded else { return nil }
            var symbol = Symbol(name: "", kind: .section, flags: flags, file: file, referenced: !config.gcSections)
            symbol.section = section
            return addLocal(symbol)
        }
    }

    /// The defined element an index names, past the imported ones (nil if out of range).
    func definedElement<ID>(_ index: UInt32, imported: Int, in defined: [ID]) -> ID? {
        let slot = Int(index) - imported
        return slot >= 0 && slot < defined.count ? defined[slot] : nil
    }

    func definedFunction(_ name: String, _ flags: SymbolFlags, _ file: FileID?, _ function: FunctionID) -> Symbol {
        var symbol = Symbol(name: name, kind: .definedFunction, flags: flags, file: file, referenced: !config.gcSections)
        symbol.function = function
        symbol.signature = functions[Int(function.raw)].signature
        return symbol
    }

    func createUndefined(_ info: ObjWriter.SymbolInfo, file: FileID, imports: ImportNames, types: [FunctionType],
                         isCalledDirectly: Bool) -> SymbolID {
        let name = symbolName(info, imports)
        let flags = info.flags.union(.undefined)
        let index = Int(info.index)
        let kind: SymbolKind
        let importList: [Import]
        switch info.kind {
        case .function: (kind, importList) = (.undefinedFunction, imports.functions)
        case .global: (kind, importList) = (.undefinedGlobal, imports.globals)
        case .tag: (kind, importList) = (.undefinedTag, imports.tags)
        case .table: (kind, importList) = (.undefinedTable, imports.tables)
        case .data, .section: (kind, importList) = (.undefinedData, [])
        }
        var symbol = Symbol(name: name, kind: kind, flags: flags, file: file, referenced: !config.gcSections)
        symbol.isCalledDirectly = info.kind != .function || isCalledDirectly
        if index < importList.count {
            // The import names the module always, the field only for an explicit import name.
            let i = importList[index]
            symbol.importModule = i.module
            if info.flags.contains(.explicitName) { symbol.importName = i.field }
            switch i.descriptor {
            case .function(let t): if Int(t) < types.count { symbol.signature = types[Int(t)] }
            case .global(let t): symbol.globalType = t
            case .tag(let t): if Int(t.typeIndex) < types.count { symbol.signature = types[Int(t.typeIndex)] }
            case .table(let t): symbol.tableType = t
            case .memory: break
            }
        }
        if info.flags.contains(.local) { return addLocal(symbol) }
        return addUndefined(symbol)
    }

    /// MVP objects import `__indirect_function_table` without a table symbol: synthesize one.
    func addLegacyIndirectFunctionTableIfNeeded(_ id: FileID, tableSymbolCount: Int, imports: ImportNames) {
        let f = files[Int(id.raw)]
        let tableCount = imports.tables.count + f.tables.count
        if tableCount == tableSymbolCount { return }
        let name = f.displayName
        if tableSymbolCount != 0 {
            diagnostics.error("\(name): expected one symbol table entry for each of the \(tableCount) table(s) "
                              + "present, but got \(tableSymbolCount) symbol(s) instead.")
            return
        }
        if !f.tables.isEmpty {
            diagnostics.error("\(name): unexpected table definition(s) without corresponding symbol-table entries.")
            return
        }
        if tableCount != 1 {
            diagnostics.error("\(name): multiple table imports, but no corresponding symbol-table entries.")
            return
        }
        let tableImport = imports.tables[0]
        guard case .table(let type) = tableImport.descriptor, tableImport.field == "__indirect_function_table",
              type.elementType == .funcref else {
            diagnostics.error("\(name): table import \(tableImport.field) is missing a symbol table entry.")
            return
        }
        var symbol = Symbol(name: tableImport.field, kind: .undefinedTable, flags: [.undefined, .noStrip], file: id,
                            referenced: !config.gcSections)
        symbol.importModule = tableImport.module
        symbol.importName = tableImport.field
        symbol.tableType = type
        let sid = addUndefined(symbol)
        files[Int(id.raw)].symbols.append(sid)
        markLive(sid)
        legacyFunctionTable = true
    }
}

/// Reads LEBs from a buffer already validated by `ModuleReader`.
struct LEBCursor {
    let bytes: [UInt8]
    var position: Int

    mutating func uleb() -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        return result
    }
}

/// A failure that stops the link, with wasm-ld's wording.
struct LinkError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
