import ObjWriter

/// Symbol resolution: which definition each name ends up with (lld's SymbolTable).
extension LinkContext {
    /// Finds or creates the global symbol `name`; new symbols start undefined-and-unused.
    func insertName(_ name: String) -> (SymbolID, inserted: Bool) {
        if let slot = symbolMap[name] { return (symbolOrder[slot], false) }
        let id = SymbolID(raw: Int32(symbols.count))
        symbols.append(Symbol(name: name, kind: .undefinedData, flags: [], file: nil, referenced: !config.gcSections))
        symbolMap[name] = symbolOrder.count
        symbolOrder.append(id)
        return (id, true)
    }

    func insert(_ name: String) -> (SymbolID, inserted: Bool) {
        let (id, inserted) = insertName(name)
        self[id].isUsedInRegularObj = true
        return (id, inserted)
    }

    /// Replaces a symbol's body, keeping the bits that describe how it is used (lld's replaceSymbol).
    func replace(_ id: SymbolID, with new: Symbol) {
        let i = Int(id.raw)
        var symbol = new
        symbol.isUsedInRegularObj = symbols[i].isUsedInRegularObj
        symbol.forceExport = symbols[i].forceExport
        symbol.forceImport = symbols[i].forceImport
        symbol.referenced = symbols[i].referenced
        symbols[i] = symbol
    }

    func addLocal(_ symbol: Symbol) -> SymbolID {
        let id = SymbolID(raw: Int32(symbols.count))
        symbols.append(symbol)
        return id
    }

    func kindName(_ kind: ObjWriter.SymbolKind) -> String {
        switch kind {
        case .function: return "WASM_SYMBOL_TYPE_FUNCTION"
        case .data: return "WASM_SYMBOL_TYPE_DATA"
        case .global: return "WASM_SYMBOL_TYPE_GLOBAL"
        case .section: return "WASM_SYMBOL_TYPE_SECTION"
        case .tag: return "WASM_SYMBOL_TYPE_TAG"
        case .table: return "WASM_SYMBOL_TYPE_TABLE"
        }
    }

    func reportTypeError(_ existing: SymbolID, _ file: FileID?, _ kind: ObjWriter.SymbolKind) {
        let s = self[existing]
        diagnostics.error("symbol type mismatch: \(demangled(s.name))\n>>> defined as \(kindName(s.wasmKind)) in "
                          + "\(displayName(s.file))\n>>> defined as \(kindName(kind)) in \(displayName(file))")
    }

    /// Whether a new definition replaces an existing one; reports duplicates.
    func shouldReplace(_ existing: SymbolID, _ file: FileID?, _ flags: SymbolFlags) -> Bool {
        let s = self[existing]
        if !s.isDefined { return true }
        if flags.rawValue & 3 == SymbolFlags.weak.rawValue { return false }
        if s.isWeak { return true }
        if config.allowMultipleDefinition { return false }
        diagnostics.error("duplicate symbol: \(demangled(s.name))\n>>> defined in \(displayName(s.file))"
                          + "\n>>> defined in \(displayName(file))")
        return true
    }

    func addDefinedFunction(_ name: String, flags: SymbolFlags, file: FileID?, function: FunctionID) -> SymbolID {
        let (id, inserted) = insert(name)
        let new = definedFunction(name, flags, file, function)
        if inserted || self[id].isLazy {
            replace(id, with: new)
            return id
        }
        guard self[id].isFunction else {
            reportTypeError(id, file, .function)
            return id
        }
        let existing = self[id]
        let checkSignature = existing.kind == .undefinedFunction ? existing.isCalledDirectly : true
        if checkSignature, let old = existing.signature, old != new.signature {
            let (variant, added) = functionVariant(id, signature: new.signature!, file: file)
            if added || shouldReplace(variant, file, flags) { replace(variant, with: new) }
            if let slot = symbolMap[name] { symbolOrder[slot] = variant }
            return variant
        }
        if shouldReplace(id, file, flags) { replace(id, with: new) }
        return id
    }

    /// A data, global, tag or table definition: it takes an unused or lazy name, otherwise
    /// `check` compares it with the existing symbol before the usual replacement rules.
    func addDefined(_ symbol: Symbol, check: (SymbolID) -> Void) -> SymbolID {
        let (id, inserted) = insert(symbol.name)
        if inserted || self[id].isLazy {
            replace(id, with: symbol)
            return id
        }
        check(id)
        if shouldReplace(id, symbol.file, symbol.flags) { replace(id, with: symbol) }
        return id
    }

    func addDefinedData(_ symbol: Symbol) -> SymbolID {
        addDefined(symbol) { if !self[$0].isData { self.reportTypeError($0, symbol.file, .data) } }
    }

    func addDefinedGlobal(_ symbol: Symbol) -> SymbolID {
        addDefined(symbol) { self.checkGlobalType($0, symbol.file, symbol.globalType) }
    }

    func addDefinedTable(_ symbol: Symbol) -> SymbolID {
        addDefined(symbol) { self.checkTableType($0, symbol.file, symbol.tableType) }
    }

    func addDefinedTag(_ symbol: Symbol) -> SymbolID {
        addDefined(symbol) { self.checkTagType($0, symbol) }
    }

    func checkTagType(_ id: SymbolID, _ symbol: Symbol) {
        if !self[id].isTag {
            reportTypeError(id, symbol.file, .tag)
        } else if let old = self[id].signature, let new = symbol.signature, old != new {
            diagnostics.warning("Tag signature mismatch: \(self[id].name)\n>>> defined as \(signatureString(old)) in "
                                + "\(displayName(self[id].file))\n>>> defined as \(signatureString(new)) in "
                                + "\(displayName(symbol.file))")
        }
    }

    func checkGlobalType(_ id: SymbolID, _ file: FileID?, _ type: GlobalType?) {
        guard self[id].isGlobal else { return reportTypeError(id, file, .global) }
        if let old = self[id].globalType, let new = type, old != new {
            diagnostics.error("Global type mismatch: \(self[id].name)\n>>> defined as \(globalTypeString(old)) in "
                              + "\(displayName(self[id].file))\n>>> defined as \(globalTypeString(new)) in "
                              + "\(displayName(file))")
        }
    }

    func checkTableType(_ id: SymbolID, _ file: FileID?, _ type: TableType?) {
        guard self[id].isTable else { return reportTypeError(id, file, .table) }
        if let old = self[id].tableType, let new = type, old.elementType != new.elementType {
            diagnostics.error("Table type mismatch: \(self[id].name)\n>>> defined as \(tableTypeString(old)) in "
                              + "\(displayName(self[id].file))\n>>> defined as \(tableTypeString(new)) in "
                              + "\(displayName(file))")
        }
    }

    /// Adds an undefined reference, extracting a lazy definition it names.
    func addUndefined(_ symbol: Symbol) -> SymbolID {
        let (id, inserted) = insert(symbol.name)
        if inserted {
            replace(id, with: symbol)
            return id
        }
        if self[id].isLazy {
            let weak = symbol.flags.rawValue & 3 == SymbolFlags.weak.rawValue
            if weak && (symbol.kind == .undefinedFunction || symbol.kind == .undefinedData) {
                self[id].flags.insert(.weak)
                if symbol.kind == .undefinedFunction { self[id].signature = symbol.signature }
            } else {
                extract(id)
            }
            return id
        }
        switch symbol.kind {
        case .undefinedFunction:
            return addUndefinedFunction(id, symbol)
        case .undefinedData:
            if self[id].isDefined {
                if !self[id].isData { reportTypeError(id, symbol.file, .data) }
            } else {
                updateExistingUndefined(id, symbol)
            }
        case .undefinedGlobal:
            if self[id].isDefined { checkGlobalType(id, symbol.file, symbol.globalType) } else {
                updateExistingUndefined(id, symbol)
            }
        case .undefinedTable:
            if self[id].isDefined { checkTableType(id, symbol.file, symbol.tableType) } else {
                updateExistingUndefined(id, symbol)
            }
        case .undefinedTag:
            if self[id].isDefined {
                if !self[id].isTag { reportTypeError(id, symbol.file, .tag) }
            } else {
                updateExistingUndefined(id, symbol)
            }
        default:
            break
        }
        return id
    }

    private func addUndefinedFunction(_ id: SymbolID, _ symbol: Symbol) -> SymbolID {
        var current = id
        guard self[id].isFunction else {
            reportTypeError(id, symbol.file, .function)
            return id
        }
        if self[id].signature == nil, let signature = symbol.signature { self[id].signature = signature }
        let existingIsUndefined = self[id].kind == .undefinedFunction
        if symbol.isCalledDirectly, let new = symbol.signature, let old = self[id].signature, old != new {
            if existingIsUndefined && !self[id].isCalledDirectly {
                replace(id, with: symbol)
            } else {
                let (variant, added) = functionVariant(id, signature: new, file: symbol.file)
                current = variant
                if added { replace(variant, with: symbol) }
            }
        }
        if existingIsUndefined {
            updateExistingUndefined(id, symbol)
            if symbol.isCalledDirectly { self[id].isCalledDirectly = true }
        }
        return current
    }

    /// Merges a repeated undefined reference into the existing one.
    func updateExistingUndefined(_ id: SymbolID, _ symbol: Symbol) {
        if let importName = symbol.importName {
            if self[id].importName == nil { self[id].importName = importName }
            if self[id].importName != importName {
                diagnostics.error("import name mismatch for symbol: \(demangled(self[id].name))\n>>> defined as "
                                  + "\(self[id].importName ?? "") in \(displayName(self[id].file))\n>>> defined as "
                                  + "\(importName) in \(displayName(symbol.file))")
            }
        }
        if let importModule = symbol.importModule {
            if self[id].importModule == nil { self[id].importModule = importModule }
            if self[id].importModule != importModule {
                diagnostics.error("import module mismatch for symbol: \(demangled(self[id].name))\n>>> defined as "
                                  + "\(self[id].importModule ?? "") in \(displayName(self[id].file))\n>>> defined as "
                                  + "\(importModule) in \(displayName(symbol.file))")
            }
        }
        let binding = symbol.flags.rawValue & 3
        if self[id].isWeak && binding != SymbolFlags.weak.rawValue {
            self[id].flags = SymbolFlags(rawValue: (self[id].flags.rawValue & ~3) | binding)
        }
        self[id].flags.formUnion(symbol.flags.intersection(.noStrip))
    }

    /// A lazy (archive) definition of `name` in `file`.
    func addLazy(_ name: String, file: FileID) {
        let (id, inserted) = insertName(name)
        if inserted {
            var lazy = Symbol(name: name, kind: .lazy, flags: [], file: file, referenced: !config.gcSections)
            lazy.isUsedInRegularObj = false
            self[id] = lazy
            return
        }
        guard self[id].isUndefined else { return }
        if self[id].isWeak {
            let signature = self[id].kind == .undefinedFunction ? self[id].signature : nil
            var lazy = Symbol(name: name, kind: .lazy, flags: .weak, file: file, referenced: !config.gcSections)
            lazy.signature = signature
            replace(id, with: lazy)
            return
        }
        extractFile(file)
    }

    func extract(_ id: SymbolID) {
        if let file = self[id].file { extractFile(file) }
    }

    func extractFile(_ file: FileID) {
        guard files[Int(file.raw)].lazy else { return }
        files[Int(file.raw)].lazy = false
        addFile(file)
    }

    /// The variant of `id` with the given signature (created if new), for signature mismatches.
    func functionVariant(_ id: SymbolID, signature: FunctionType, file: FileID?) -> (SymbolID, added: Bool) {
        let name = self[id].name
        var variants = symbolVariants[name] ?? [id]
        if let found = variants.first(where: { self[$0].signature == signature }) {
            symbolVariants[name] = variants
            return (found, false)
        }
        var variant = Symbol(name: name, kind: .undefinedFunction, flags: [], file: file, referenced: !config.gcSections)
        variant.isUsedInRegularObj = true
        variant.signature = signature
        let vid = addLocal(variant)
        variants.append(vid)
        symbolVariants[name] = variants
        variantNames.append(name)
        return (vid, true)
    }

    /// Replaces a function's body with `unreachable`, as a local stub (calls to it trap).
    @discardableResult
    func replaceWithUnreachable(_ id: SymbolID, signature: FunctionType, debugName: String) -> FunctionID {
        let fid = FunctionID(raw: Int32(functions.count))
        functions.append(InputFunction(file: nil, name: self[id].name, debugName: debugName, signature: signature,
                                       bytes: [0x03, 0x00, 0x00, 0x0b][...], codeOffset: 1, live: !config.gcSections))
        syntheticFunctions.append(fid)
        var stub = definedFunction(debugName, .local, nil, fid)
        stub.signature = signature
        replace(id, with: stub)
        self[id].isStub = true
        return fid
    }

    /// Weak undefined functions that are called get a trapping stub (lld's handleWeakUndefines).
    func handleWeakUndefines() {
        for id in symbolOrder where self[id].isUndefWeak && self[id].isUsedInRegularObj {
            guard let signature = self[id].signature else { continue }
            replaceWithUnreachable(id, signature: signature, debugName: "undefined_weak:\(demangled(self[id].name))")
            self[id].setHidden(true)
        }
    }

    /// A shared trapping stub for calls to an undefined function of this signature.
    func undefinedStub(_ signature: FunctionType) -> SymbolID {
        if let existing = stubFunctionsBySignature[signature] { return existing }
        var symbol = Symbol(name: "undefined_stub", kind: .definedFunction, flags: .hidden, file: nil,
                            referenced: !config.gcSections)
        symbol.isUsedInRegularObj = true
        symbol.signature = signature
        let id = addLocal(symbol)
        replaceWithUnreachable(id, signature: signature, debugName: "undefined_stub")
        stubFunctionsBySignature[signature] = id
        return id
    }

    /// Resolves signature-mismatch variants: each caller of a wrong signature gets a trapping stub.
    func handleSymbolVariants() {
        for name in variantNames {
            guard let variants = symbolVariants[name] else { continue }
            guard let defined = variants.first(where: { self[$0].kind == .definedFunction }) else {
                if variants.count >= 2 { reportSignatureMismatch(name, variants[0], variants[1], isError: true) }
                return
            }
            for v in variants where v != defined {
                reportSignatureMismatch(name, v, defined, isError: false)
                let signature = self[v].signature ?? FunctionType(params: [], results: [])
                replaceWithUnreachable(v, signature: signature,
                                       debugName: "signature_mismatch:\(demangled(self[v].name))")
            }
        }
    }

    func reportSignatureMismatch(_ name: String, _ a: SymbolID, _ b: SymbolID, isError: Bool) {
        let message = "function signature mismatch: \(name)\n>>> defined as "
            + "\(self[a].signature.map(signatureString) ?? "") in \(displayName(self[a].file))\n>>> defined as "
            + "\(self[b].signature.map(signatureString) ?? "") in \(displayName(self[b].file))"
        if isError { diagnostics.error(message) } else { diagnostics.warning(message) }
    }

    func addSyntheticFunction(_ name: String, flags: SymbolFlags, signature: FunctionType) -> SymbolID {
        let fid = FunctionID(raw: Int32(functions.count))
        functions.append(InputFunction(file: nil, name: name, signature: signature, bytes: [][...], codeOffset: 0,
                                       live: !config.gcSections))
        syntheticFunctions.append(fid)
        let (id, _) = insertName(name)
        replace(id, with: definedFunction(name, flags, nil, fid))
        return id
    }

    func addSyntheticGlobal(_ name: String, flags: SymbolFlags, type: GlobalType) -> SymbolID {
        let gid = GlobalID(raw: Int32(globals.count))
        globals.append(InputGlobal(file: nil, name: name, type: type, initializer: .i32(0), live: !config.gcSections))
        syntheticGlobals.append(gid)
        let (id, _) = insertName(name)
        var symbol = Symbol(name: name, kind: .definedGlobal, flags: flags, file: nil, referenced: !config.gcSections)
        symbol.global = gid
        symbol.globalType = type
        replace(id, with: symbol)
        return id
    }

    /// A linker-defined data symbol, created only if something refers to it or exports it.
    func addOptionalDataSymbol(_ name: String, value: UInt64 = 0) -> SymbolID? {
        var id = find(name)
        if id == nil && (config.exportAll || exportedSymbolSet.contains(name)) {
            id = insertName(name).0
        } else if id == nil || self[id!].isDefined {
            return nil
        }
        guard let id else { return nil }
        var symbol = Symbol(name: name, kind: .definedData, flags: [.hidden, .absolute], file: nil, referenced: true)
        symbol.value = value
        replace(id, with: symbol)
        self[id].referenced = true
        return id
    }

    /// Unlike data symbols, wasm-ld 21 creates an optional global only when something refers to it.
    func addOptionalGlobalSymbol(_ name: String, type: GlobalType) -> SymbolID? {
        guard let id = find(name), !self[id].isDefined else { return nil }
        let gid = GlobalID(raw: Int32(globals.count))
        globals.append(InputGlobal(file: nil, name: name, type: type, initializer: .i32(0), live: !config.gcSections))
        syntheticGlobals.append(gid)
        var symbol = Symbol(name: name, kind: .definedGlobal, flags: .hidden, file: nil, referenced: !config.gcSections)
        symbol.global = gid
        symbol.globalType = type
        replace(id, with: symbol)
        return id
    }

    /// The indirect function table: imported, defined by the linker, or absent if nothing needs it.
    func resolveIndirectFunctionTable(required: Bool) -> SymbolID? {
        let name = "__indirect_function_table"
        let existing = find(name)
        if let existing {
            if !self[existing].isTable {
                diagnostics.error("reserved symbol must be of type table: `\(name)`")
                return nil
            }
            if self[existing].isDefined {
                diagnostics.error("reserved symbol must not be defined in input files: `\(name)`")
                return nil
            }
        }
        let flags: SymbolFlags = config.exportTable ? [] : .hidden
        if config.importTable {
            if let existing {
                self[existing].importModule = "env"
                self[existing].importName = name
                return existing
            }
            if required {
                var symbol = Symbol(name: name, kind: .undefinedTable, flags: flags.union(.undefined), file: nil,
                                    referenced: !config.gcSections)
                symbol.importName = name
                symbol.importModule = "env"
                symbol.tableType = TableType(elementType: .funcref, limits: Limits(minimum: 0))
                let id = addUndefined(symbol)
                markLive(id)
                self[id].forceExport = config.exportTable
                return id
            }
        } else if (existing.map { isLive($0) } ?? false) || config.exportTable || required {
            let tid = TableID(raw: Int32(tables.count))
            tables.append(InputTable(file: nil, name: name,
                                     type: TableType(elementType: .funcref, limits: Limits(minimum: 0)),
                                     live: !config.gcSections))
            syntheticTables.append(tid)
            let id = existing ?? insertName(name).0
            var symbol = Symbol(name: name, kind: .definedTable, flags: flags, file: nil, referenced: !config.gcSections)
            symbol.table = tid
            symbol.tableType = tables[Int(tid.raw)].type
            replace(id, with: symbol)
            markLive(id)
            self[id].forceExport = config.exportTable
            return id
        }
        return nil
    }

    /// Turns lazy symbols nobody extracted into weak undefined functions (lld's demoteLazySymbols).
    func demoteLazySymbols() {
        for id in symbolOrder where self[id].isLazy {
            guard let signature = self[id].signature else { continue }
            var symbol = Symbol(name: self[id].name, kind: .undefinedFunction, flags: .weak, file: self[id].file,
                                referenced: !config.gcSections)
            symbol.signature = signature
            replace(id, with: symbol)
        }
    }
}
