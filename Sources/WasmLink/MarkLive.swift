import ObjWriter

/// `--gc-sections`: marks what is reachable from the roots through relocations (lld's MarkLive).
extension LinkContext {
    /// The input chunk a symbol stands for, if any.
    enum Chunk {
        case function(FunctionID)
        case segment(SegmentID)
    }

    func chunk(of id: SymbolID) -> Chunk? {
        let i = Int(id.raw)
        switch symbols[i].kind {
        case .definedFunction: return symbols[i].function.map(Chunk.function)
        case .undefinedFunction:
            if let stub = symbols[i].stubFunction, let f = symbols[Int(stub.raw)].function { return .function(f) }
            return nil
        case .definedData: return symbols[i].segment.map(Chunk.segment)
        default: return nil
        }
    }

    func isDiscarded(_ id: SymbolID) -> Bool {
        switch chunk(of: id) {
        case .function(let f): return functions[Int(f.raw)].discarded
        case .segment(let s): return segments[Int(s.raw)].discarded
        case nil: return false
        }
    }

    func isLive(_ id: SymbolID) -> Bool {
        let i = Int(id.raw)
        switch symbols[i].kind {
        case .definedGlobal: return symbols[i].global.map { globals[Int($0.raw)].live } ?? symbols[i].referenced
        case .definedTag: return symbols[i].tag.map { tags[Int($0.raw)].live } ?? symbols[i].referenced
        case .definedTable: return symbols[i].table.map { tables[Int($0.raw)].live } ?? symbols[i].referenced
        default: break
        }
        switch chunk(of: id) {
        case .function(let f): return functions[Int(f.raw)].live
        case .segment(let seg): return segments[Int(seg.raw)].live
        case nil: return symbols[i].referenced
        }
    }

    func markLive(_ id: SymbolID) {
        self[id].referenced = true
        let s = self[id]
        if let file = s.file, s.isDefined { files[Int(file.raw)].live = true }
        switch s.kind {
        case .definedGlobal: if let g = s.global { globals[Int(g.raw)].live = true }
        case .definedTag: if let t = s.tag { tags[Int(t.raw)].live = true }
        case .definedTable: if let t = s.table { tables[Int(t.raw)].live = true }
        default: break
        }
        switch chunk(of: id) {
        case .function(let f): functions[Int(f.raw)].live = true
        case .segment(let seg): segments[Int(seg.raw)].live = true
        case nil: break
        }
    }

    func isExported(_ id: SymbolID) -> Bool {
        let s = self[id]
        if !s.isDefined || s.isLocal { return false }
        if config.exportAll || (config.exportDynamic && !s.isHidden) { return true }
        return s.forceExport || s.flags.contains(.exported)
    }

    func markLive() {
        guard config.gcSections else { return }
        var queue: [Chunk] = []

        func enqueue(_ id: SymbolID?) {
            guard let id, !isLive(id) else { return }
            let s = self[id]
            let markImplicitDependencies = s.file.map { !files[Int($0.raw)].live } ?? false && s.isDefined
            markLive(id)
            if markImplicitDependencies, let file = s.file { enqueueRoots(of: file) }
            if let c = chunk(of: id) { queue.append(c) }
        }

        func enqueueRoots(of file: FileID) {
            let f = files[Int(file.raw)]
            for initFunction in f.initFunctions where Int(initFunction.symbolIndex) < f.symbols.count {
                let symbol = f.symbols[Int(initFunction.symbolIndex)]
                if !isDiscarded(symbol) { enqueue(symbol) }
            }
            for segment in f.segments where segments[Int(segment.raw)].isRetained {
                segments[Int(segment.raw)].live = true
                queue.append(.segment(segment))
            }
        }

        if let entry = config.entry, !entry.isEmpty { enqueue(find(entry)) }
        for id in symbolOrder where self[id].isNoStrip || isExported(id) { enqueue(id) }
        if let callDtors { enqueue(callDtors) }
        for file in objectFiles where files[Int(file.raw)].live { enqueueRoots(of: file) }

        while let chunk = queue.popLast() {
            let relocations: [ChunkRelocation]
            let file: FileID?
            switch chunk {
            case .function(let f): relocations = functions[Int(f.raw)].relocations; file = functions[Int(f.raw)].file
            case .segment(let s): relocations = segments[Int(s.raw)].relocations; file = segments[Int(s.raw)].file
            }
            guard let file else { continue }
            let fileSymbols = files[Int(file.raw)].symbols
            for r in relocations where r.type != .typeIndexLEB && Int(r.index) < fileSymbols.count {
                let symbol = fileSymbols[Int(r.index)]
                switch r.type {
                case .tableIndexSLEB, .tableIndexSLEB64, .tableIndexI32, .tableIndexI64:
                    if self[symbol].isStub { continue }
                default: break
                }
                enqueue(symbol)
            }
        }

        if isCallCtorsLive(), let callCtors { markLive(callCtors) }

        if config.printGcSections { printRemovedSections() }
    }

    /// `--print-gc-sections`: every chunk the collection left out, objects first, then synthetic ones.
    func printRemovedSections() {
        func report(_ owner: String, _ chunks: [(live: Bool, name: String)]) {
            for chunk in chunks where !chunk.live {
                diagnostics.message("removing unused section \(owner):(\(chunk.name))")
            }
        }
        for file in objectFiles {
            let f = files[Int(file.raw)]
            report(f.displayName, f.functions.map { (functions[Int($0.raw)].live, functions[Int($0.raw)].name) }
                + f.segments.map { (segments[Int($0.raw)].live, segments[Int($0.raw)].name) }
                + f.globals.map { (globals[Int($0.raw)].live, globals[Int($0.raw)].name) }
                + f.tags.map { (tags[Int($0.raw)].live, tags[Int($0.raw)].name) }
                + f.tables.map { (tables[Int($0.raw)].live, tables[Int($0.raw)].name) })
        }
        report("<internal>", syntheticFunctions.map { (functions[Int($0.raw)].live, functions[Int($0.raw)].name) }
            + syntheticGlobals.map { (globals[Int($0.raw)].live, globals[Int($0.raw)].name) }
            + syntheticTables.map { (tables[Int($0.raw)].live, tables[Int($0.raw)].name) })
    }

    func isCallCtorsLive() -> Bool {
        for file in objectFiles {
            let f = files[Int(file.raw)]
            for initFunction in f.initFunctions where Int(initFunction.symbolIndex) < f.symbols.count {
                let symbol = f.symbols[Int(initFunction.symbolIndex)]
                if !isDiscarded(symbol) && isLive(symbol) { return true }
            }
        }
        return false
    }
}

/// Text forms of types as wasm-ld prints them in diagnostics.
func valueTypeString(_ t: ValueType) -> String {
    switch t {
    case .i32: return "i32"
    case .i64: return "i64"
    case .f32: return "f32"
    case .f64: return "f64"
    case .v128: return "v128"
    case .ref(let r):
        if r == .funcref { return "funcref" }
        if r == .externref { return "externref" }
        if r == .exnref { return "exnref" }
        return "ref"
    }
}

func signatureString(_ t: FunctionType) -> String {
    "(" + t.params.map(valueTypeString).joined(separator: ", ") + ") -> "
        + (t.results.first.map(valueTypeString) ?? "void")
}

func globalTypeString(_ t: GlobalType) -> String {
    (t.mutable ? "var " : "const ") + valueTypeString(t.valueType)
}

func tableTypeString(_ t: TableType) -> String {
    valueTypeString(.ref(t.elementType))
}
