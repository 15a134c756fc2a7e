import ObjWriter

/// From resolved symbols to the output module, in lld's Writer::run order.
extension LinkContext {
    struct OutputImport {
        var module: String
        var field: String
        var descriptor: ImportDescriptor
    }

    /// Runs the writer stages and returns the output bytes, or nil after errors.
    func writeResult() -> [UInt8]? {
        if let tableBaseSymbol = definedTableBase { self[tableBaseSymbol].value = UInt64(tableBase) }
        createOutputSegments()
        layoutMemory()
        addStartStopSymbols()
        for name in exportedSymbols {
            if let id = find(name), self[id].isDefined { self[id].forceExport = true }
        }
        for name in requiredExports {
            if let id = find(name), self[id].isDefined { continue }
            switch config.unresolvedSymbols {
            case .reportError: diagnostics.error("symbol exported via --export not found: \(name)")
            case .warn: diagnostics.warning("symbol exported via --export not found: \(name)")
            default: break
            }
        }
        populateTargetFeatures()
        calculateImports()
        scanRelocations()
        finalizeIndirectFunctionTable()
        createSyntheticInitFunctions()
        assignIndexes()
        let initFunctions = calculateInitFunctions()
        if let initMemory { createInitMemoryFunction(initMemory) }
        if !config.relocatable {
            createCallCtorsFunction(initFunctions)
            if let callCtors, !self[callCtors].isUsedInRegularObj, !isExported(callCtors) {
                createCommandExportWrappers(hasInitFunctions: !initFunctions.isEmpty)
            }
        }
        if diagnostics.hasErrors { return nil }
        calculateTypes()
        let exports = config.relocatable ? [] : calculateExports()
        let customSections = calculateCustomSections()
        if config.relocatable || config.emitRelocs { populateSymbolTable() }
        checkImportExportTargetFeatures(exports)
        if diagnostics.hasErrors { return nil }
        return assembleOutput(exports: exports, customSections: customSections, initFunctions: initFunctions)
    }

    // MARK: Imports and table

    func shouldImport(_ id: SymbolID) -> Bool {
        let s = self[id]
        if s.isData || !isLive(id) || !s.isUsedInRegularObj { return false }
        if !s.isUndefined { return false }
        if s.isWeak && !config.relocatable { return false }
        if config.relocatable || config.importUndefined || config.unresolvedSymbols == .importDynamic { return true }
        if allowUndefinedSymbols.contains(s.name) { return true }
        return s.isImported
    }

    func calculateImports() {
        if let table = indirectFunctionTable, shouldImport(table) { addImport(table) }
        for id in symbolOrder where shouldImport(id) && id != indirectFunctionTable {
            addImport(id)
        }
    }

    /// Gives an undefined symbol its import; imports of the same module, field and type share one.
    func addImport(_ id: SymbolID) {
        let s = self[id]
        let module = s.importModule ?? "env"
        let field = s.importName ?? s.name
        switch s.kind {
        case .undefinedFunction:
            self[id].functionIndex = importIndex(ImportKey(module: module, field: field, type: .function(s.signature)),
                                                 id, count: \.importedFunctionCount)
        case .undefinedGlobal:
            self[id].globalIndex = importIndex(ImportKey(module: module, field: field, type: .global(s.globalType)),
                                               id, count: \.importedGlobalCount)
        case .undefinedTag:
            self[id].tagIndex = importIndex(ImportKey(module: module, field: field, type: .tag(s.signature)),
                                            id, count: \.importedTagCount)
        case .undefinedTable:
            self[id].tableNumber = importIndex(ImportKey(module: module, field: field, type: .table(s.tableType)),
                                               id, count: \.importedTableCount)
        default:
            break
        }
    }

    /// The index of an import in its kind's index space, adding the import if it is new.
    func importIndex(_ key: ImportKey, _ id: SymbolID, count: ReferenceWritableKeyPath<LinkContext, Int>) -> UInt32 {
        if let existing = importKeys[key] { return existing }
        let index = UInt32(self[keyPath: count])
        self[keyPath: count] += 1
        importKeys[key] = index
        importedSymbols.append(id)
        return index
    }

    func finalizeIndirectFunctionTable() {
        guard let table = indirectFunctionTable else { return }
        if shouldImport(table) && tableNumber(table) == invalidIndex { addImport(table) }
        let size = UInt64(tableBase) + UInt64(indirectFunctions.count)
        var limits = Limits(minimum: size)
        if self[table].isDefined && !config.growableTable { limits = Limits(minimum: size, maximum: size) }
        self[table].tableType?.limits = limits
        if let t = self[table].table { tables[Int(t.raw)].type.limits = limits }
    }

    // MARK: Synthetic functions

    func needsPassiveInitialization(_ segment: OutputSegment) -> Bool {
        if config.memoryImport != nil && !requiredInBinary(segment) { return true }
        return segment.isPassive
    }

    func createSyntheticInitFunctions() {
        if config.relocatable { return }
        if outputSegments.contains(where: needsPassiveInitialization) {
            let id = addSyntheticFunction("__wasm_init_memory", flags: .hidden,
                                          signature: FunctionType(params: [], results: []))
            markLive(id)
            initMemory = id
        }
    }

    func setBody(_ id: SymbolID, _ content: [UInt8]) {
        guard let f = self[id].function else { return }
        var body: [UInt8] = []
        LEB128.appendUnsigned(UInt64(content.count), to: &body)
        functions[Int(f.raw)].codeOffset = body.count
        body += content
        functions[Int(f.raw)].bytes = body[...]
    }

    func createInitMemoryFunction(_ id: SymbolID) {
        var w = ByteWriter()
        w.uleb(0)
        for segment in outputSegments where needsPassiveInitialization(segment) {
            w.byte(0x41)
            w.sleb64(Int64(Int32(truncatingIfNeeded: segment.startVA)))
            if segment.isBss {
                w.byte(0x41)
                w.sleb(0)
                w.byte(0x41)
                w.sleb64(Int64(Int32(truncatingIfNeeded: segment.size)))
                w.byte(0xfc)
                w.uleb(11)
                w.byte(0)
            } else {
                w.byte(0x41)
                w.sleb(0)
                w.byte(0x41)
                w.sleb64(Int64(Int32(truncatingIfNeeded: segment.size)))
                w.byte(0xfc)
                w.uleb(8)
                w.uleb(UInt32(segment.index))
                w.byte(0)
            }
        }
        for segment in outputSegments where needsPassiveInitialization(segment) && !segment.isBss {
            w.byte(0xfc)
            w.uleb(9)
            w.uleb(UInt32(segment.index))
        }
        w.byte(0x0b)
        setBody(id, w.bytes)
    }

    func createCallCtorsFunction(_ initFunctions: [(SymbolID, UInt32)]) {
        guard let callCtors, isLive(callCtors) || !initFunctions.isEmpty else { return }
        var w = ByteWriter()
        w.uleb(0)
        for (symbol, _) in initFunctions {
            w.byte(0x10)
            w.uleb(functionIndex(symbol))
            for _ in self[symbol].signature?.results ?? [] { w.byte(0x1a) }
        }
        w.byte(0x0b)
        setBody(callCtors, w.bytes)
    }

    /// In a command, every exported function gets a wrapper that runs constructors and destructors.
    func createCommandExportWrappers(hasInitFunctions: Bool) {
        guard hasInitFunctions || callDtors != nil else { return }
        let toWrap = symbolOrder.filter { isExported($0) && self[$0].kind == .definedFunction }
        for f in toWrap {
            let wrapped = self[f]
            guard let signature = wrapped.signature, let fid = wrapped.function else { continue }
            let name = wrapped.name + ".command_export"
            let wrapperFunction = FunctionID(raw: Int32(functions.count))
            functions.append(InputFunction(file: nil, name: name,
                                           exportName: functions[Int(fid.raw)].exportName ?? wrapped.name,
                                           signature: signature, bytes: [][...], codeOffset: 0, live: true))
            let (wrapper, _) = insertName(name)
            var symbol = definedFunction(name, wrapped.flags.union(.exported).subtracting(.hidden), nil,
                                         wrapperFunction)
            symbol.forceExport = wrapped.forceExport
            replace(wrapper, with: symbol)
            self[wrapper].forceExport = wrapped.forceExport
            markLive(wrapper)
            self[f].flags.insert(.hidden)
            self[f].flags.remove(.exported)
            self[f].forceExport = false
            functions[Int(wrapperFunction.raw)].functionIndex = UInt32(importedFunctionCount + outputFunctions.count)
            outputFunctions.append(wrapperFunction)

            var w = ByteWriter()
            w.uleb(0)
            if let callCtors, isLive(callCtors) {
                w.byte(0x10)
                w.uleb(functionIndex(callCtors))
            }
            for i in signature.params.indices {
                w.byte(0x20)
                w.uleb(UInt32(i))
            }
            w.byte(0x10)
            w.uleb(functions[Int(fid.raw)].functionIndex)
            if let callDtors {
                w.byte(0x10)
                w.uleb(functionIndex(callDtors))
            }
            w.byte(0x0b)
            setBody(wrapper, w.bytes)
        }
    }

    // MARK: Indexes

    func assignIndexes() {
        for id in syntheticFunctions where functions[Int(id.raw)].live { addOutputFunction(id) }
        for file in objectFiles {
            for id in files[Int(file.raw)].functions where functions[Int(id.raw)].live { addOutputFunction(id) }
        }
        var globalIndex = UInt32(importedGlobalCount)
        for id in syntheticGlobals + objectFiles.flatMap({ files[Int($0.raw)].globals })
        where globals[Int(id.raw)].live {
            globals[Int(id.raw)].index = globalIndex
            globalIndex += 1
            outputGlobals.append(id)
        }
        var tagIndex = UInt32(importedTagCount)
        for file in objectFiles {
            for id in files[Int(file.raw)].tags where tags[Int(id.raw)].live {
                tags[Int(id.raw)].index = tagIndex
                tagIndex += 1
                outputTags.append(id)
            }
        }
        var inputTables: [TableID] = []
        for id in objectFiles.flatMap({ files[Int($0.raw)].tables }) + syntheticTables where tables[Int(id.raw)].live {
            if legacyFunctionTable, let table = indirectFunctionTable, self[table].table == id {
                inputTables.insert(id, at: 0)
            } else {
                inputTables.append(id)
            }
        }
        var tableNumber = UInt32(importedTableCount)
        for id in inputTables {
            tables[Int(id.raw)].index = tableNumber
            tableNumber += 1
        }
        outputTables = inputTables
    }

    func addOutputFunction(_ id: FunctionID) {
        functions[Int(id.raw)].functionIndex = UInt32(importedFunctionCount + outputFunctions.count)
        outputFunctions.append(id)
    }

    func calculateInitFunctions() -> [(SymbolID, UInt32)] {
        if !config.relocatable {
            guard let callCtors, isLive(callCtors) else { return [] }
        }
        var result: [(SymbolID, UInt32)] = []
        for file in objectFiles {
            let f = files[Int(file.raw)]
            for initFunction in f.initFunctions where Int(initFunction.symbolIndex) < f.symbols.count {
                let symbol = f.symbols[Int(initFunction.symbolIndex)]
                if isDiscarded(symbol) || !isLive(symbol) { continue }
                if !(self[symbol].signature?.params.isEmpty ?? true) {
                    diagnostics.error("constructor functions cannot take arguments: \(demangled(self[symbol].name))")
                }
                result.append((symbol, initFunction.priority))
            }
        }
        return result.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element)
    }

    func calculateTypes() {
        for file in objectFiles {
            let f = files[Int(file.raw)]
            for (i, mapped) in f.typeMap.enumerated() where mapped != invalidIndex {
                files[Int(file.raw)].typeMap[i] = registerType(f.types[i])
            }
        }
        for id in importedSymbols {
            if (self[id].isFunction || self[id].isTag), let signature = self[id].signature {
                _ = registerType(signature)
            }
        }
        for id in outputFunctions { _ = registerType(functions[Int(id.raw)].signature) }
        for id in outputTags { _ = registerType(tags[Int(id.raw)].signature) }
    }

    func calculateExports() -> [Export] {
        var exports: [Export] = []
        if let memoryExport = config.memoryExport {
            exports.append(Export(name: memoryExport, kind: .memory, index: 0))
        }
        var globalIndex = UInt32(importedGlobalCount + outputGlobals.count)
        for id in symbolOrder where isExported(id) && isLive(id) {
            let s = self[id]
            switch s.kind {
            case .definedFunction:
                let name = s.function.flatMap { functions[Int($0.raw)].exportName } ?? s.name
                exports.append(Export(name: name, kind: .function, index: functionIndex(id)))
            case .definedGlobal:
                if (s.globalType?.mutable ?? false) && s.file == nil && !s.forceExport { continue }
                exports.append(Export(name: s.name, kind: .global, index: self.globalIndex(id)))
            case .definedTag:
                exports.append(Export(name: s.name, kind: .tag, index: tagIndex(id)))
            case .definedData:
                dataAddressGlobals.append(id)
                exports.append(Export(name: s.name, kind: .global, index: globalIndex))
                globalIndex += 1
            case .definedTable:
                exports.append(Export(name: s.name, kind: .table, index: tableNumber(id)))
            default:
                continue
            }
            exportedSymbolIDs.append(id)
        }
        return exports
    }

    /// Output custom sections: the inputs' sections of each name, in order of first appearance.
    func calculateCustomSections() -> [(name: String, sections: [SectionID])] {
        var order: [String] = []
        var byName: [String: [SectionID]] = [:]
        let stripDebug = config.stripDebug || config.stripAll
        for file in objectFiles {
            for id in files[Int(file.raw)].sections {
                let s = sections[Int(id.raw)]
                if s.discarded || s.bytes.isEmpty { continue }
                let name = s.name
                if name == "linking" || name == "name" || name == "producers" || name == "target_features"
                    || name.hasPrefix("reloc.") || name == ".llvmbc" || name == ".llvmcmd" { continue }
                if stripDebug && name.hasPrefix(".debug_") { continue }
                if byName[name] == nil { order.append(name) }
                byName[name, default: []].append(id)
            }
        }
        return order.map { ($0, byName[$0] ?? []) }
    }

    // MARK: Target features and producers

    func populateTargetFeatures() {
        var used: [String: String] = [:]
        var usedOrder: [String] = []
        var disallowed: [String: String] = [:]
        var tlsUsed = false
        if let extra = config.extraFeatures { allowedFeatures.formUnion(extra) }
        let infer = config.features == nil
        if let explicit = config.features { allowedFeatures.formUnion(explicit) }
        if infer || config.checkFeatures {
            for file in objectFiles {
                let name = files[Int(file.raw)].displayName
                for feature in files[Int(file.raw)].targetFeatures {
                    switch feature.prefix {
                    case UInt8(ascii: "+"):
                        if used[feature.name] == nil { used[feature.name] = name; usedOrder.append(feature.name) }
                    case UInt8(ascii: "-"):
                        if disallowed[feature.name] == nil { disallowed[feature.name] = name }
                    default:
                        diagnostics.error("Unrecognized feature policy prefix \(feature.prefix)")
                    }
                }
                if files[Int(file.raw)].segments.contains(where: { segments[Int($0.raw)].live && segments[Int($0.raw)].isTLS }) {
                    tlsUsed = true
                }
            }
            if infer { allowedFeatures.formUnion(usedOrder) }
            if config.checkFeatures {
                if tlsUsed {
                    for feature in ["atomics", "bulk-memory"] where !allowedFeatures.contains(feature) {
                        diagnostics.error("'\(feature)' feature must be used in order to use thread-local storage")
                    }
                }
                if !infer {
                    for feature in usedOrder where !allowedFeatures.contains(feature) {
                        diagnostics.error("Target feature '\(feature)' used by \(used[feature] ?? "") is not allowed.")
                    }
                }
                for file in objectFiles {
                    let name = files[Int(file.raw)].displayName
                    for feature in files[Int(file.raw)].targetFeatures where feature.prefix != UInt8(ascii: "-") {
                        if let by = disallowed[feature.name] {
                            diagnostics.error("Target feature '\(feature.name)' used in \(name) is disallowed by "
                                              + "\(by). Use --no-check-features to suppress.")
                        }
                    }
                }
            }
        }
        if config.emitRelocs || (config.memoryImport != nil && !allowedFeatures.contains("bulk-memory")) {
            emitBssSegments = true
        }
    }

    func checkImportExportTargetFeatures(_ exports: [Export]) {
        guard !config.relocatable, config.checkFeatures, !allowedFeatures.contains("mutable-globals") else { return }
        for id in importedSymbols where self[id].isGlobal && (self[id].globalType?.mutable ?? false) {
            diagnostics.error("mutable global imported but 'mutable-globals' feature not present in inputs: "
                              + "`\(demangled(self[id].name))`. Use --no-check-features to suppress.")
        }
        for id in exportedSymbolIDs where self[id].isGlobal {
            diagnostics.error("mutable global exported but 'mutable-globals' feature not present in inputs: "
                              + "`\(demangled(self[id].name))`. Use --no-check-features to suppress.")
        }
    }

    func producers() -> ProducersSection {
        var fields: [(String, [(name: String, version: String)])] = [("language", []), ("processed-by", []), ("sdk", [])]
        for file in objectFiles {
            guard let p = files[Int(file.raw)].producers else { continue }
            for field in p.fields {
                guard let slot = fields.firstIndex(where: { $0.0 == field.name }) else { continue }
                for value in field.values where !fields[slot].1.contains(where: { $0.name == value.name }) {
                    fields[slot].1.append(value)
                }
            }
        }
        return ProducersSection(fields: fields.filter { !$0.1.isEmpty }.map { ProducersSection.Field(name: $0.0, values: $0.1) })
    }
}

/// Two imports of the same module, field and type share one import.
struct ImportKey: Hashable {
    enum ImportedType: Hashable {
        case function(FunctionType?)
        case global(GlobalType?)
        case tag(FunctionType?)
        case table(TableType?)
    }

    var module: String
    var field: String
    var type: ImportedType
}
