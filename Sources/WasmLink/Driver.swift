import Foundation
import ObjWriter

/// The link as wasm-ld's LinkerDriver::linkerMain runs it.
public enum Driver {
    /// Runs r2r-ld on a command line (without the program name); returns the exit status.
    public static func linkerMain(_ arguments: [String], diagnostics: Diagnostics = Diagnostics()) -> Int32 {
        let parsed = LinkerOptions.parse(arguments)
        guard parsed.report(to: diagnostics) else { return 1 }
        if parsed.printVersion { print(LinkerOptions.versionString) }
        switch parsed.action {
        case .help:
            print(parsed.helpText(), terminator: "")
            return diagnostics.hasErrors ? 1 : 0
        case .version:
            return diagnostics.hasErrors ? 1 : 0
        case .link:
            break
        }
        return link(options: parsed.options, inputs: parsed.options.inputs, diagnostics: diagnostics)
    }

    /// Links `inputs` into `options.outputFile`; returns the exit status.
    public static func link(options: LinkerOptions, inputs: [InputSpec], diagnostics: Diagnostics) -> Int32 {
        let ctx = LinkContext(config: options, diagnostics: diagnostics)
        guard let output = ctx.run(inputs), !diagnostics.hasErrors else { return 1 }
        do {
            try writeAtomically(output, to: options.outputFile)
        } catch {
            diagnostics.error("failed to write output '\(options.outputFile)': \(error)")
            return 1
        }
        return 0
    }

    /// Writes to a temporary file beside the output, then renames it into place.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp\(ProcessInfo.processInfo.processIdentifier)")
        try Data(bytes).write(to: temporary)
        _ = chmod(temporary.path, 0o755)
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw LinkError("cannot rename \(temporary.path) to \(path)")
        }
    }
}

extension LinkContext {
    /// Reads the inputs even after option errors, as lld does, so every problem is reported.
    func run(_ inputs: [InputSpec]) -> [UInt8]? {
        createFiles(inputs)
        if diagnostics.hasErrors { return nil }
        // Position-independent and shared-memory output are not reproduced yet: refuse them
        // rather than write a module that differs from wasm-ld's.
        for (enabled, flag) in [(config.shared, "-shared"), (config.pie, "-pie"), (config.sharedMemory, "--shared-memory")]
        where enabled {
            diagnostics.error("\(flag) is not supported by r2r-ld yet")
        }
        if diagnostics.hasErrors { return nil }
        for d in config.checkOptions() {
            switch d.kind {
            case .warning: diagnostics.warning(d.message)
            case .raw: diagnostics.message(d.message)
            case .error, .fatal: diagnostics.error(d.message)
            }
        }
        if diagnostics.hasErrors { return nil }
        if let path = config.allowUndefinedFile { readImportFile(path) }
        for name in config.exportIfDefined where exportedSymbolSet.insert(name).inserted {
            exportedSymbols.append(name)
        }
        for name in config.exports {
            if exportedSymbolSet.insert(name).inserted { exportedSymbols.append(name) }
            requiredExports.append(name)
        }
        createSyntheticSymbols()
        let symbolEstimate = loadedFiles.reduce(0) {
            $0 + (files[Int($1.raw)].lazySymbols?.count ?? files[Int($1.raw)].module?.linking?.symbols.count ?? 0)
        }
        symbolMap.reserveCapacity(symbolEstimate)
        symbols.reserveCapacity(symbolEstimate)
        for file in loadedFiles { addFile(file) }
        if diagnostics.hasErrors { return nil }

        for name in config.undefinedSymbols { _ = handleUndefined(name) }
        for name in config.exportedSymbolsInLLDOrder { _ = handleUndefined(name) }
        if !config.relocatable && !entryName.isEmpty {
            entrySymbol = handleUndefined(entryName)
            if let entry = entrySymbol, self[entry].isDefined {
                self[entry].forceExport = true
            } else {
                diagnostics.error("entry symbol not defined (pass --no-entry to suppress): \(entryName)")
            }
        }
        if !config.relocatable, let callCtors, !self[callCtors].isUsedInRegularObj, self[callCtors].name != entryName,
           !exportedSymbolSet.contains(self[callCtors].name) {
            if let dtors = handleUndefined("__wasm_call_dtors") {
                if self[dtors].kind == .definedFunction {
                    if let signature = self[dtors].signature, !signature.params.isEmpty || !signature.results.isEmpty {
                        diagnostics.error("__wasm_call_dtors must have no argument or return values")
                    }
                    callDtors = dtors
                } else {
                    diagnostics.error("__wasm_call_dtors must be a function")
                }
            }
        }
        if diagnostics.hasErrors { return nil }
        let wrapped = addWrappedSymbols()

        createOptionalSymbols()
        handleSymbolVariants()
        if diagnostics.hasErrors { return nil }
        if !wrapped.isEmpty { wrapSymbols(wrapped) }
        for name in exportedSymbols {
            if let id = find(name), self[id].isDefined { self[id].forceExport = true }
        }
        if !config.relocatable { handleWeakUndefines() }
        if let entry = entrySymbol { self[entry].setHidden(false) }
        if diagnostics.hasErrors { return nil }
        demoteLazySymbols()
        markLive()
        indirectFunctionTable = resolveIndirectFunctionTable(required: false)
        if diagnostics.hasErrors { return nil }
        return writeResult()
    }

    /// Opens every input in command-line order: objects, archives (members become lazy),
    /// and `-l` libraries found on the search path.
    func createFiles(_ inputs: [InputSpec]) {
        for spec in inputs {
            let input: (path: String, wholeArchive: Bool, inLib: Bool)
            switch spec {
            case .file(let path, let wholeArchive, let inLib, _):
                input = (path, wholeArchive, inLib)
            case .library(let name, let wholeArchive, let inLib, let isStatic):
                guard let path = config.resolveLibrary(name, isStatic: isStatic) else {
                    diagnostics.error(LinkerOptions.libraryNotFoundMessage(name))
                    continue
                }
                input = (path, wholeArchive, inLib)
            case .error(let message):
                diagnostics.error(message)
                continue
            }
            guard let bytes = readFile(input.path) else {
                diagnostics.error("cannot open \(input.path): No such file or directory")
                continue
            }
            if Archive.isArchive(bytes) {
                addArchive(bytes, path: input.path, wholeArchive: input.wholeArchive)
            } else if WasmModule.isWasm(bytes) {
                do {
                    let id = try loadObject(bytes, name: input.path, archiveName: "", lazy: input.inLib)
                    loadedFiles.append(id)
                } catch {
                    reportLoadError(error, file: input.path)
                }
            } else {
                diagnostics.error("unknown file type: \(input.path)")
            }
        }
        if loadedFiles.isEmpty && !diagnostics.hasErrors { diagnostics.error("no input files") }
    }

    /// Reads a whole file straight into a byte array.
    func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            guard let base = buffer.baseAddress else { return count = 0 }
            while done < size {
                let n = read(fd, base + done, size - done)
                if n <= 0 { failed = n < 0; break }
                done += n
            }
            count = done
        }
        return failed ? nil : bytes
    }

    func addArchive(_ bytes: [UInt8], path: String, wholeArchive: Bool) {
        let importsFile = (path.hasSuffix(".a") ? String(path.dropLast(2)) : path) + ".imports"
        if FileManager.default.fileExists(atPath: importsFile) { readImportFile(importsFile) }
        let archive: Archive
        do {
            archive = try Archive.read(bytes)
        } catch {
            diagnostics.error("\(path): failed to parse archive: \(error)")
            return
        }
        for member in archive.members {
            if WasmModule.isWasm(member.data) {
                do {
                    let id = try loadObject(member.data, name: member.name, archiveName: path, lazy: !wholeArchive)
                    if wholeArchive { files[Int(id.raw)].live = true }
                    loadedFiles.append(id)
                } catch {
                    reportLoadError(error, file: "\(path)(\(member.name))")
                }
            } else {
                diagnostics.warning("\(path): archive member '\(member.name)' is neither Wasm object file nor LLVM bitcode")
            }
        }
    }

    /// Names listed one per line are allowed to stay undefined (`--allow-undefined-file`, `lib.imports`).
    func readImportFile(_ path: String) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            diagnostics.error("cannot open \(path)")
            return
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let name = line.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { allowUndefinedSymbols.insert(name) }
        }
    }

    /// Makes a named symbol part of the link (`-u`, `--export`, the entry), extracting it if lazy.
    func handleUndefined(_ name: String) -> SymbolID? {
        guard let id = find(name) else { return nil }
        self[id].isUsedInRegularObj = true
        if self[id].isLazy { extract(id) }
        return find(name)
    }

    /// `--wrap=foo`: references to `foo` go to `__wrap_foo`, and `__real_foo` reaches the original.
    func addWrappedSymbols() -> [(symbol: SymbolID, real: SymbolID, wrap: SymbolID)] {
        var result: [(SymbolID, SymbolID, SymbolID)] = []
        var seen = Set<String>()
        for name in config.wrap where seen.insert(name).inserted {
            guard let symbol = find(name) else { continue }
            func undefinedFunction(_ n: String) -> SymbolID {
                var s = Symbol(name: n, kind: .undefinedFunction, flags: .undefined, file: nil,
                               referenced: !config.gcSections)
                s.isCalledDirectly = false
                return addUndefined(s)
            }
            let real = undefinedFunction("__real_" + name)
            let wrap = undefinedFunction("__wrap_" + name)
            self[symbol].isUsedInRegularObj = true
            self[wrap].isUsedInRegularObj = true
            self[real].isUsedInRegularObj = false
            result.append((symbol, real, wrap))
        }
        return result
    }

    func wrapSymbols(_ wrapped: [(symbol: SymbolID, real: SymbolID, wrap: SymbolID)]) {
        var map: [SymbolID: SymbolID] = [:]
        for w in wrapped {
            map[w.symbol] = w.wrap
            map[w.real] = w.symbol
        }
        for file in objectFiles {
            for (i, id) in files[Int(file.raw)].symbols.enumerated() {
                if let replacement = map[id] { files[Int(file.raw)].symbols[i] = replacement }
            }
        }
        // Looking up `__real_foo` finds the original; looking up `foo` finds `__wrap_foo`.
        for w in wrapped {
            guard let original = symbolMap[self[w.symbol].name], let wrap = symbolMap[self[w.wrap].name] else {
                continue
            }
            symbolMap[self[w.real].name] = original
            symbolMap[self[w.symbol].name] = wrap
        }
    }

    func createSyntheticSymbols() {
        guard !config.relocatable else { return }
        callCtors = addSyntheticFunction("__wasm_call_ctors", flags: .hidden,
                                         signature: FunctionType(params: [], results: []))
        stackPointer = addSyntheticGlobal("__stack_pointer", flags: .hidden,
                                          type: GlobalType(valueType: .i32, mutable: true))
        if let sp = stackPointer { markLive(sp) }
    }

    func createOptionalSymbols() {
        guard !config.relocatable else { return }
        dsoHandle = addOptionalDataSymbol("__dso_handle")
        dataEnd = addOptionalDataSymbol("__data_end")
        stackLow = addOptionalDataSymbol("__stack_low")
        stackHigh = addOptionalDataSymbol("__stack_high")
        globalBaseSymbol = addOptionalDataSymbol("__global_base")
        heapBase = addOptionalDataSymbol("__heap_base")
        heapEnd = addOptionalDataSymbol("__heap_end")
        definedMemoryBase = addOptionalDataSymbol("__memory_base")
        definedTableBase = addOptionalDataSymbol("__table_base")
        _ = addOptionalDataSymbol("__wasm_first_page_end", value: config.pageSize)
        if !config.sharedMemory {
            tlsBase = addOptionalGlobalSymbol("__tls_base", type: GlobalType(valueType: .i32, mutable: false))
        }
    }
}

extension LinkContext {
    /// Symbol names as wasm-ld prints them: demangled (unless `--no-demangle`), and
    /// `__main_argc_argv` is `main`.
    func demangled(_ name: String) -> String {
        if name == "__main_argc_argv" { return "main" }
        return config.demangle ? demangleSymbol(name) : name
    }
}
