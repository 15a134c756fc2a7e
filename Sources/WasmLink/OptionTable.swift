import Foundation

// The command-line grammar of wasm-ld 21 (lld/wasm/Options.td) and an argument
// parser that behaves like llvm::opt::OptTable: every spelling is matched by
// prefix against a table kept in OptTable's sort order, so the longest option
// name that is a prefix of the argument is tried first, and a candidate that
// refuses the argument (a flag or separate option that is not an exact match)
// hands it on to the next shorter one. This reproduces lld's quirks, e.g.
// `-exportfoo` parses as `-e xportfoo` and `-export-all` as `--entry xport-all`.

/// Identifiers of the (unaliased) options of wasm-ld 21.
enum OptID: String, Sendable, CaseIterable {
    case input = "<input>", unknown = "<unknown>"
    case Bsymbolic, Bdynamic, Bstatic
    case allow_multiple_definition, no_allow_multiple_definition
    case build_id, build_id_eq
    case color_diagnostics, no_color_diagnostics, color_diagnostics_eq
    case compress_relocations
    case demangle, no_demangle
    case emit_relocs
    case error_unresolved_symbols
    case export_dynamic, no_export_dynamic
    case end_lib
    case entry
    case error_limit
    case fatal_warnings, no_fatal_warnings
    case gc_sections, no_gc_sections
    case merge_data_segments, no_merge_data_segments
    case help
    case library, library_path
    case m
    case mllvm
    case Map
    case noinhibit_exec
    case o, O
    case pie, no_pie
    case print_gc_sections, no_print_gc_sections
    case print_map
    case relocatable
    case reproduce
    case rpath
    case rsp_quoting
    case shared
    case start_lib
    case strip_all, strip_debug
    case threads
    case trace, trace_symbol
    case undefined, unresolved_symbols
    case v, verbose, version
    case warn_unresolved_symbols
    case wrap
    case z
    case allow_undefined, import_undefined, allow_undefined_file
    case export, export_if_defined, export_all, export_table
    case growable_table
    case global_base
    case keep_section
    case import_memory, import_memory_with_name
    case export_memory, export_memory_with_name
    case shared_memory
    case soname
    case import_table
    case initial_heap, page_size, initial_memory, max_memory
    case no_growable_memory
    case no_entry
    case no_shlib_sigcheck
    case stack_first
    case table_base
    case whole_archive, no_whole_archive
    case why_extract
    case check_features, no_check_features
    case features, extra_features
    case lto_O, lto_CGO, lto_partitions, lto_obj_path_eq
    case disable_verify, save_temps
    case thinlto_cache_dir, thinlto_cache_policy
    case thinlto_emit_index_files, thinlto_emit_imports_files
    case thinlto_index_only, thinlto_index_only_eq
    case thinlto_jobs
    case thinlto_object_suffix_replace_eq, thinlto_prefix_replace_eq
    case lto_debug_pass_manager
    case experimental_pic
}

/// llvm::opt::Option::OptionClass, restricted to the kinds wasm-ld uses.
enum OptKind: Sendable {
    case flag, joined, separate, joinedOrSeparate, commaJoined

    /// How lld's `toString(const opt::Arg &)` joins spelling and values.
    var rendersJoined: Bool { self == .joined }
}

/// One `def` of Options.td.
struct OptInfo: Sendable {
    var prefixes: [String]
    var name: String
    var kind: OptKind
    /// The option this definition stands for (itself, or the target of `Alias<>`).
    var id: OptID
    var isAlias: Bool
    var help: String?
    var metaVar: String?

    /// `Option::getPrefixedName()`: the first prefix followed by the name.
    var prefixedName: String { prefixes[0] + name }
}

/// One argument as OptTable produced it.
public struct ParsedArgument: Sendable, Equatable {
    /// The unaliased option's name without prefix (`"entry"`, `"export="`), `"<input>"` or `"<unknown>"`.
    public var optionName: String { info.map { OptionTable.unaliasedName(of: $0) } ?? id.rawValue }
    var id: OptID
    var info: OptInfo?
    /// `Arg::getSpelling()` of the unaliased argument: as typed for a direct match,
    /// the aliased option's prefixed name (`--entry` for `-e`) for an alias.
    public var spelling: String
    /// The spelling as typed (`-e` for `-e foo`), lld's `getAliasSpelling`.
    public var typedSpelling: String
    public var values: [String]
    /// Index of the argument in the (response-file expanded) argument vector.
    public var index: Int
    /// `args.getArgString(index)`: the whole argument string at `index`.
    public var argString: String

    var value: String { values.first ?? "" }

    public static func == (a: ParsedArgument, b: ParsedArgument) -> Bool {
        a.id == b.id && a.spelling == b.spelling && a.typedSpelling == b.typedSpelling
            && a.values == b.values && a.index == b.index && a.argString == b.argString
    }

    /// lld's `toString(const opt::Arg &)` (used for `--reproduce`'s response.txt).
    public var rendered: String {
        if values.isEmpty { return spelling }
        let v = values.map(OptionTable.quote).joined(separator: " ")
        if let info = info, OptionTable.unaliasedKind(of: info).rendersJoined { return spelling + v }
        return spelling + " " + v
    }
}

enum OptionTable {
    // MARK: - The table

    private static let dd = ["--"]
    private static let both = ["--", "-"]
    private static let single = ["-"]

    private static func def(_ prefixes: [String], _ name: String, _ kind: OptKind, _ id: OptID,
                            alias: Bool = false, help: String? = nil, meta: String? = nil) -> OptInfo {
        OptInfo(prefixes: prefixes, name: name, kind: kind, id: id, isAlias: alias, help: help, metaVar: meta)
    }
    /// `F<name>` (one or two dashes).
    private static func F(_ n: String, _ id: OptID, _ help: String? = nil) -> OptInfo { def(both, n, .flag, id, help: help) }
    /// `FF<name>` (two dashes only).
    private static func FF(_ n: String, _ id: OptID, _ help: String? = nil) -> OptInfo { def(dd, n, .flag, id, help: help) }
    /// `J<name>`.
    private static func J(_ n: String, _ id: OptID, _ help: String? = nil, meta: String? = nil) -> OptInfo {
        def(both, n, .joined, id, help: help, meta: meta)
    }
    /// `JJ<name>`.
    private static func JJ(_ n: String, _ id: OptID, _ help: String? = nil, meta: String? = nil) -> OptInfo {
        def(dd, n, .joined, id, help: help, meta: meta)
    }
    /// `defm Eq`: `--name v`, `-name v`, `--name=v`, `-name=v`.
    private static func Eq(_ n: String, _ id: OptID, _ help: String, meta: String? = nil) -> [OptInfo] {
        [def(both, n, .separate, id, meta: meta), def(both, n + "=", .joined, id, alias: true, help: help, meta: meta)]
    }
    /// `defm EEq`: two dashes only.
    private static func EEq(_ n: String, _ id: OptID, _ help: String) -> [OptInfo] {
        [def(dd, n, .separate, id), def(dd, n + "=", .joined, id, alias: true, help: help)]
    }
    /// `defm B`: `--name` / `--no-name`, one or two dashes.
    private static func B(_ n: String, _ pos: OptID, _ neg: OptID, _ h1: String, _ h2: String) -> [OptInfo] {
        [F(n, pos, h1), F("no-" + n, neg, h2)]
    }
    /// `defm BB`: two dashes only.
    private static func BB(_ n: String, _ pos: OptID, _ neg: OptID, _ h1: String, _ h2: String) -> [OptInfo] {
        [FF(n, pos, h1), FF("no-" + n, neg, h2)]
    }
    private static func JoS(_ n: String, _ id: OptID, _ help: String? = nil, meta: String? = nil, alias: Bool = false) -> OptInfo {
        def(single, n, .joinedOrSeparate, id, alias: alias, help: help, meta: meta)
    }
    private static func alias(_ p: [String], _ n: String, _ k: OptKind, _ id: OptID, _ help: String? = nil) -> OptInfo {
        def(p, n, k, id, alias: true, help: help)
    }

    /// Every definition of lld/wasm/Options.td as built into wasm-ld 21, in OptTable order.
    static let infos: [OptInfo] = {
        var t: [OptInfo] = []
        // Shared with the ELF linker.
        t.append(F("Bsymbolic", .Bsymbolic, "Bind defined symbols locally"))
        t.append(F("Bdynamic", .Bdynamic, "Link against shared libraries"))
        t.append(F("Bstatic", .Bstatic, "Do not link against shared libraries (default)"))
        t += B("allow-multiple-definition", .allow_multiple_definition, .no_allow_multiple_definition,
               "Allow multiple definitions", "Do not allow multiple definitions (default)")
        t.append(F("build-id", .build_id, "Alias for --build-id=fast"))
        t.append(J("build-id=", .build_id_eq, "Generate build ID note", meta: "[fast,sha1,uuid,0x<hexstring>]"))
        t += B("color-diagnostics", .color_diagnostics, .no_color_diagnostics,
               "Alias for --color-diagnostics=always", "Alias for --color-diagnostics=never")
        t.append(J("color-diagnostics=", .color_diagnostics_eq, "Use colors in diagnostics (default: auto)",
                   meta: "[auto,always,never]"))
        t.append(F("compress-relocations", .compress_relocations, "Compress the relocation targets in the code section."))
        t += B("demangle", .demangle, .no_demangle, "Demangle symbol names (default)", "Do not demangle symbol names")
        t.append(F("emit-relocs", .emit_relocs, "Generate relocations in output"))
        t.append(F("error-unresolved-symbols", .error_unresolved_symbols, "Report unresolved symbols as errors"))
        t += B("export-dynamic", .export_dynamic, .no_export_dynamic, "Put symbols in the dynamic symbol table",
               "Do not put symbols in the dynamic symbol table (default)")
        t.append(F("end-lib", .end_lib,
                   "End a grouping of objects that should be treated as if they were together in an archive"))
        t.append(def(both, "entry", .separate, .entry, help: "Name of entry point symbol", meta: "<entry>"))
        t += EEq("error-limit", .error_limit, "Maximum number of errors to emit before stopping (0 = no limit)")
        t += B("fatal-warnings", .fatal_warnings, .no_fatal_warnings, "Treat warnings as errors",
               "Do not treat warnings as errors (default)")
        t += B("gc-sections", .gc_sections, .no_gc_sections, "Enable garbage collection of unused sections (defualt)",
               "Disable garbage collection of unused sections")
        t += BB("merge-data-segments", .merge_data_segments, .no_merge_data_segments,
                "Enable merging data segments (default)", "Disable merging data segments")
        t.append(F("help", .help, "Print option help"))
        t.append(JoS("l", .library, "Root name of library to use", meta: "<libName>"))
        t.append(JoS("L", .library_path, "Add a directory to the library search path", meta: "<dir>"))
        t.append(JoS("m", .m, "Set target emulation"))
        t += Eq("mllvm", .mllvm, "Additional arguments to forward to LLVM's option processing")
        t += Eq("Map", .Map, "Print a link map to the specified file")
        t.append(F("noinhibit-exec", .noinhibit_exec, "Retain the executable output file whenever it is still usable"))
        t.append(JoS("o", .o, "Path to file to write output", meta: "<path>"))
        t.append(JoS("O", .O, "Optimize output file size"))
        t += B("pie", .pie, .no_pie, "Create a position independent executable",
               "Do not create a position independent executable (default)")
        t += B("print-gc-sections", .print_gc_sections, .no_print_gc_sections, "List removed unused sections",
               "Do not list removed unused sections (default)")
        t.append(F("print-map", .print_map, "Print a link map to the standard output"))
        t.append(F("relocatable", .relocatable, "Create relocatable object file"))
        t += EEq("reproduce", .reproduce, "Dump linker invocation and input files for debugging")
        t += Eq("rpath", .rpath, "Add a DT_RUNPATH to the output")
        t += Eq("rsp-quoting", .rsp_quoting, "Quoting style for response files", meta: "[posix,windows]")
        t.append(F("shared", .shared, "Build a shared object"))
        t.append(F("start-lib", .start_lib,
                   "Start a grouping of objects that should be treated as if they were together in an archive"))
        t.append(F("strip-all", .strip_all, "Strip all symbols"))
        t.append(F("strip-debug", .strip_debug, "Strip debugging information"))
        t += Eq("threads", .threads,
                "Number of threads. '1' disables multi-threading. By default all available hardware threads are used")
        t.append(F("trace", .trace, "Print the names of the input files"))
        t += Eq("trace-symbol", .trace_symbol, "Trace references to symbols")
        t += Eq("undefined", .undefined, "Force undefined symbol during linking")
        t += Eq("unresolved-symbols", .unresolved_symbols, "Determine how to handle unresolved symbols")
        t.append(def(single, "v", .flag, .v, help: "Display the version number"))
        t.append(F("verbose", .verbose, "Verbose mode"))
        t.append(F("version", .version, "Display the version number and exit"))
        t.append(F("warn-unresolved-symbols", .warn_unresolved_symbols, "Report unresolved symbols as warnings"))
        t += Eq("wrap", .wrap, "Use wrapper functions for symbol", meta: "<symbol>=<symbol>")
        t.append(JoS("z", .z, "Linker option extensions", meta: "<option>"))
        // Unique to wasm.
        t.append(F("allow-undefined", .allow_undefined,
                   "Allow undefined symbols in linked binary. This options is equivalent to --import-undefined and --unresolved-symbols=ignore-all"))
        t.append(F("import-undefined", .import_undefined, "Turn undefined symbols into imports where possible"))
        t.append(J("allow-undefined-file=", .allow_undefined_file,
                   "Allow symbols listed in <file> to be undefined in linked binary"))
        t.append(alias(single, "allow-undefined-file", .separate, .allow_undefined_file))
        t += Eq("export", .export, "Force a symbol to be exported")
        t += Eq("export-if-defined", .export_if_defined, "Force a symbol to be exported, if it is defined in the input")
        t.append(FF("export-all", .export_all, "Export all symbols (normally combined with --no-gc-sections)"))
        t.append(FF("export-table", .export_table, "Export function table to the environment"))
        t.append(FF("growable-table", .growable_table, "Remove maximum size from function table, allowing table to grow"))
        t.append(JJ("global-base=", .global_base, "Memory offset at which to place global data (Defaults to 1024)"))
        t += Eq("keep-section", .keep_section,
                "Preserve a section even when --strip-all is given. This is useful for compiler drivers such as clang or emcc that, for example, depend on the features section for post-link processing. Can be specified multiple times to keep multiple sections")
        t.append(FF("import-memory", .import_memory,
                    "Import the module's memory from the default module of \"env\" with the name \"memory\"."))
        t.append(JJ("import-memory=", .import_memory_with_name,
                    "Import the module's memory from the passed module with the passed name.", meta: "<module>,<name>"))
        t.append(FF("export-memory", .export_memory, "Export the module's memory with the default name of \"memory\""))
        t.append(JJ("export-memory=", .export_memory_with_name, "Export the module's memory with the passed name"))
        t.append(FF("shared-memory", .shared_memory, "Use shared linear memory"))
        t += Eq("soname", .soname, "Set the module name in the generated name section")
        t.append(FF("import-table", .import_table, "Import function table from the environment"))
        t.append(JJ("initial-heap=", .initial_heap, "Initial size of the heap"))
        t.append(JJ("page-size=", .page_size, "The Wasm page size (Defaults to 65536)"))
        t.append(JJ("initial-memory=", .initial_memory, "Initial size of the linear memory"))
        t.append(JJ("max-memory=", .max_memory, "Maximum size of the linear memory"))
        t.append(FF("no-growable-memory", .no_growable_memory, "Set maximum size of the linear memory to its initial size"))
        t.append(FF("no-entry", .no_entry, "Do not output any entry point"))
        t.append(FF("no-shlib-sigcheck", .no_shlib_sigcheck,
                    "Do not check signatures of functions defined in shared libraries."))
        t.append(FF("stack-first", .stack_first, "Place stack at start of linear memory rather than after data"))
        t.append(JJ("table-base=", .table_base,
                    "Table offset at which to place address taken functions (Defaults to 1)"))
        t += B("whole-archive", .whole_archive, .no_whole_archive, "Force load of all members in a static library",
               "Do not force load of all members in a static library (default)")
        t.append(JJ("why-extract=", .why_extract, "Print to a file about why archive members are extracted"))
        t += BB("check-features", .check_features, .no_check_features,
                "Check feature compatibility of linked objects (default)", "Ignore feature compatibility of linked objects")
        t.append(def(both, "features=", .commaJoined, .features,
                     help: "Comma-separated used features, inferred from input objects by default."))
        t.append(def(both, "extra-features=", .commaJoined, .extra_features,
                     help: "Comma-separated list of features to add to the default set of features inferred from input objects."))
        // Aliases.
        t.append(JoS("e", .entry, alias: true))
        t.append(alias(both, "entry=", .joined, .entry))
        t.append(alias(both, "call_shared", .flag, .Bdynamic, "Alias for --Bdynamic"))
        t.append(alias(both, "dy", .flag, .Bdynamic, "Alias for --Bdynamic"))
        t.append(alias(both, "dn", .flag, .Bstatic, "Alias for --Bstatic"))
        t.append(alias(both, "non_shared", .flag, .Bstatic, "Alias for --Bstatic"))
        t.append(alias(both, "static", .flag, .Bstatic, "Alias for --Bstatic"))
        t.append(alias(single, "E", .flag, .export_dynamic, "Alias for --export-dynamic"))
        t.append(alias(single, "i", .flag, .initial_memory))
        t.append(alias(both, "library", .separate, .library))
        t.append(alias(both, "library=", .joined, .library))
        t.append(alias(both, "library-path", .separate, .library_path))
        t.append(alias(both, "library-path=", .joined, .library_path))
        t.append(alias(single, "M", .flag, .print_map, "Alias for --print-map"))
        t.append(alias(single, "r", .flag, .relocatable))
        t.append(alias(single, "s", .flag, .strip_all, "Alias for --strip-all"))
        t.append(alias(single, "S", .flag, .strip_debug, "Alias for --strip-debug"))
        t.append(alias(single, "t", .flag, .trace, "Alias for --trace"))
        t.append(alias(single, "y", .joinedOrSeparate, .trace_symbol, "Alias for --trace-symbol"))
        t.append(alias(single, "u", .joinedOrSeparate, .undefined))
        t.append(alias(single, "V", .flag, .v, "Alias for -v"))
        // LTO.
        t.append(JJ("lto-O", .lto_O, "Optimization level for LTO", meta: "<opt-level>"))
        t.append(JJ("lto-CGO", .lto_CGO, "Codegen optimization level for LTO", meta: "<cgopt-level>"))
        t.append(JJ("lto-partitions=", .lto_partitions, "Number of LTO codegen partitions"))
        t.append(JJ("lto-obj-path=", .lto_obj_path_eq))
        t.append(F("disable-verify", .disable_verify))
        t.append(F("save-temps", .save_temps, "Save intermediate LTO compilation results"))
        t.append(JJ("thinlto-cache-dir=", .thinlto_cache_dir, "Path to ThinLTO cached object file directory"))
        t += EEq("thinlto-cache-policy", .thinlto_cache_policy, "Pruning policy for the ThinLTO cache")
        t.append(FF("thinlto-emit-index-files", .thinlto_emit_index_files))
        t.append(FF("thinlto-emit-imports-files", .thinlto_emit_imports_files))
        t.append(FF("thinlto-index-only", .thinlto_index_only))
        t.append(JJ("thinlto-index-only=", .thinlto_index_only_eq))
        t.append(JJ("thinlto-jobs=", .thinlto_jobs, "Number of ThinLTO jobs. Default to --threads="))
        t.append(JJ("thinlto-object-suffix-replace=", .thinlto_object_suffix_replace_eq))
        t.append(JJ("thinlto-prefix-replace=", .thinlto_prefix_replace_eq))
        t.append(FF("lto-debug-pass-manager", .lto_debug_pass_manager, "Debug new pass manager"))
        // Experimental PIC mode.
        t.append(FF("experimental-pic", .experimental_pic, "Enable Experimental PIC"))
        return t.sorted { compareNames($0.name, $1.name) < 0 }
    }()

    /// The kind and name of the option an alias stands for.
    private static let primary: [OptID: OptInfo] = {
        var d: [OptID: OptInfo] = [:]
        for info in infos where !info.isAlias { d[info.id] = info }
        return d
    }()

    static func unaliased(_ info: OptInfo) -> OptInfo { info.isAlias ? primary[info.id]! : info }
    static func unaliasedKind(of info: OptInfo) -> OptKind { unaliased(info).kind }
    static func unaliasedName(of info: OptInfo) -> String { unaliased(info).name }

    /// llvm::opt's StrCmpOptionName: case-insensitive, a name sorts *after* the
    /// names it is a prefix of, ties broken case-sensitively.
    static func compareNames(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        let n = min(x.count, y.count)
        for i in 0..<n {
            let p = lower(x[i]), q = lower(y[i])
            if p != q { return p < q ? -1 : 1 }
        }
        if x.count == y.count {
            if a == b { return 0 }
            return x.lexicographicallyPrecedes(y) ? -1 : 1
        }
        return x.count == n ? 1 : -1
    }

    private static func lower(_ c: UInt8) -> UInt8 { (c >= 65 && c <= 90) ? c + 32 : c }

    // MARK: - Parsing (OptTable::ParseArgs)

    struct ParseOutcome {
        var args: [ParsedArgument]
        /// Index of the option whose value is missing (`MissingArgIndex`); parsing stopped there.
        var missingIndex: Int?
    }

    /// OptTable::ParseArgs over an argument vector (without argv[0]).
    static func parseArgs(_ argv: [String]) -> ParseOutcome {
        var out: [ParsedArgument] = []
        var index = 0
        while index < argv.count {
            let str = argv[index]
            // Empty arguments are ignored (other drivers may push these).
            if str.isEmpty { index += 1; continue }
            let previous = index
            if let arg = parseOne(argv, &index) {
                out.append(arg)
            } else {
                return ParseOutcome(args: out, missingIndex: previous)
            }
        }
        return ParseOutcome(args: out, missingIndex: nil)
    }

    /// OptTable::internalParseOneArg; returns nil when an option's value is missing.
    private static func parseOne(_ argv: [String], _ index: inout Int) -> ParsedArgument? {
        let str = argv[index]
        // Anything that does not start with a prefix is an input, as is "-" itself.
        if str == "-" || !str.hasPrefix("-") {
            defer { index += 1 }
            return ParsedArgument(id: .input, info: nil, spelling: str, typedSpelling: str, values: [str],
                                  index: index, argString: str)
        }
        let bytes = Array(str.utf8)
        let previous = index
        for info in infos {
            guard let size = matchSize(info, bytes) else { continue }
            if let arg = accept(info, argv, spellingSize: size, &index) { return arg }
            if previous != index { return nil }
        }
        defer { index += 1 }
        return ParsedArgument(id: .unknown, info: nil, spelling: str, typedSpelling: str, values: [str],
                              index: index, argString: str)
    }

    /// OptTable's matchOption: the length of prefix + name when the option's spelling starts `arg`.
    private static func matchSize(_ info: OptInfo, _ arg: [UInt8]) -> Int? {
        let name = Array(info.name.utf8)
        for prefix in info.prefixes {
            let p = Array(prefix.utf8)
            guard arg.count >= p.count + name.count, arg.starts(with: p) else { continue }
            if arg[p.count..<(p.count + name.count)].elementsEqual(name) { return p.count + name.count }
        }
        return nil
    }

    /// Option::accept: the argument, unaliased, or nil when this option does not take it.
    private static func accept(_ info: OptInfo, _ argv: [String], spellingSize: Int, _ index: inout Int) -> ParsedArgument? {
        let argString = argv[index]
        let bytes = Array(argString.utf8)
        let spelling = String(decoding: bytes[0..<spellingSize], as: UTF8.self)
        let rest = String(decoding: bytes[spellingSize...], as: UTF8.self)
        let exact = spellingSize == bytes.count
        let at = index
        var values: [String]
        switch info.kind {
        case .flag:
            guard exact else { return nil }
            values = []
            index += 1
        case .joined:
            values = [rest]
            index += 1
        case .commaJoined:
            values = rest.split(separator: ",", omittingEmptySubsequences: true).map(String.init)
            index += 1
        case .separate:
            guard exact else { return nil }
            index += 2
            guard index <= argv.count else { return nil }
            values = [argv[index - 1]]
        case .joinedOrSeparate:
            if !exact {
                values = [rest]
                index += 1
            } else {
                index += 2
                guard index <= argv.count else { return nil }
                values = [argv[index - 1]]
            }
        }
        if !info.isAlias {
            return ParsedArgument(id: info.id, info: info, spelling: spelling, typedSpelling: spelling,
                                  values: values, index: at, argString: argString)
        }
        let target = unaliased(info)
        // A flag alias of a joined option gets an empty value (`-i` → `--initial-memory=`).
        if info.kind == .flag {
            values = target.kind == .joined ? [""] : []
        }
        return ParsedArgument(id: target.id, info: info, spelling: target.prefixedName, typedSpelling: spelling,
                              values: values, index: at, argString: argString)
    }

    // MARK: - Help (OptTable::printHelp)

    /// The text `wasm-ld --help` prints, with `usage` after "USAGE: ".
    static func helpText(usage: String, title: String = "LLVM Linker") -> String {
        var rows: [(String, String)] = []
        for info in infos {
            guard let help = info.help, !help.isEmpty else { continue }
            var name = info.prefixedName
            switch info.kind {
            case .flag: break
            case .separate, .joinedOrSeparate:
                name += " " + (info.metaVar ?? "<value>")
            case .joined, .commaJoined:
                name += info.metaVar ?? "<value>"
            }
            rows.append((name, help))
        }
        var width = 0
        for (name, _) in rows where name.utf8.count <= 23 { width = max(width, name.utf8.count) }
        var s = "OVERVIEW: \(title)\n\nUSAGE: \(usage)\n\nOPTIONS:\n"
        let initialPad = 2
        for (name, help) in rows {
            var pad = width + initialPad
            var firstLinePad = width - name.utf8.count
            s += String(repeating: " ", count: initialPad) + name
            if firstLinePad < 0 {
                s += "\n"
                firstLinePad = width + initialPad
                pad = firstLinePad
            }
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
            s += String(repeating: " ", count: firstLinePad + 1) + lines[0] + "\n"
            for line in lines.dropFirst() {
                s += String(repeating: " ", count: pad + 1) + line + "\n"
            }
        }
        return s
    }

    /// lld's `quote`: wraps a string containing a space in double quotes.
    static func quote(_ s: String) -> String { s.contains(" ") ? "\"" + s + "\"" : s }
}

// MARK: - Response files (llvm::cl::ExpandResponseFiles)

enum ResponseFiles {
    enum Quoting: Sendable { case gnu, windows }

    private static func isWhitespace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }
    private static func isWhitespaceOrNull(_ c: UInt8) -> Bool { isWhitespace(c) || c == 0 }

    /// cl::TokenizeGNUCommandLine as in LLVM 21: backslash escapes the next
    /// character, '…' and "…" quote (with backslash escapes inside), an empty
    /// token (`""`) produces no argument.
    static func tokenizeGNU(_ src: [UInt8]) -> [String] {
        var out: [String] = []
        var token: [UInt8] = []
        let e = src.count
        var i = 0
        while i != e {
            if token.isEmpty {
                while i != e && isWhitespace(src[i]) { i += 1 }
                if i == e { break }
            }
            let c = src[i]
            if i + 1 < e && c == UInt8(ascii: "\\") {
                i += 1
                token.append(src[i])
                i += 1
                continue
            }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                i += 1
                while i != e && src[i] != c {
                    if src[i] == UInt8(ascii: "\\") && i + 1 != e { i += 1 }
                    token.append(src[i])
                    i += 1
                }
                if i == e { break }
                i += 1
                continue
            }
            if isWhitespace(c) {
                if !token.isEmpty { out.append(String(decoding: token, as: UTF8.self)) }
                token.removeAll()
                i += 1
                continue
            }
            token.append(c)
            i += 1
        }
        if !token.isEmpty { out.append(String(decoding: token, as: UTF8.self)) }
        return out
    }

    /// cl::TokenizeWindowsCommandLine (`--rsp-quoting=windows`).
    static func tokenizeWindows(_ src: [UInt8]) -> [String] {
        var out: [String] = []
        var token: [UInt8] = []
        enum State { case initial, unquoted, quoted }
        var state = State.initial
        let e = src.count
        let bs = UInt8(ascii: "\\"), dq = UInt8(ascii: "\"")

        func parseBackslash(_ start: Int) -> Int {
            var i = start
            var count = 0
            repeat { i += 1; count += 1 } while i != e && src[i] == bs
            if i != e && src[i] == dq {
                token.append(contentsOf: repeatElement(bs, count: count / 2))
                if count % 2 == 0 { return i - 1 }
                token.append(dq)
                return i
            }
            token.append(contentsOf: repeatElement(bs, count: count))
            return i - 1
        }

        var i = 0
        while i < e {
            switch state {
            case .initial:
                while i < e && isWhitespaceOrNull(src[i]) { i += 1 }
                if i >= e { break }
                let start = i
                while i < e && !(isWhitespaceOrNull(src[i]) || src[i] == bs || src[i] == dq) { i += 1 }
                let normal = src[start..<i]
                if i >= e || isWhitespaceOrNull(src[i]) {
                    out.append(String(decoding: normal, as: UTF8.self))
                } else if src[i] == dq {
                    token.append(contentsOf: normal)
                    state = .quoted
                } else {
                    token.append(contentsOf: normal)
                    i = parseBackslash(i)
                    state = .unquoted
                }
            case .unquoted:
                if isWhitespaceOrNull(src[i]) {
                    out.append(String(decoding: token, as: UTF8.self))
                    token.removeAll()
                    state = .initial
                } else if src[i] == dq {
                    state = .quoted
                } else if src[i] == bs {
                    i = parseBackslash(i)
                } else {
                    token.append(src[i])
                }
            case .quoted:
                if src[i] == dq {
                    if i < e - 1 && src[i + 1] == dq {
                        token.append(dq)
                        i += 1
                    } else {
                        state = .unquoted
                    }
                } else if src[i] == bs {
                    i = parseBackslash(i)
                } else {
                    token.append(src[i])
                }
            }
            i += 1
        }
        if state != .initial { out.append(String(decoding: token, as: UTF8.self)) }
        return out
    }

    /// `llvm::sys::path::append(path, component)` for POSIX paths.
    static func appendPath(_ path: String, _ component: String) -> String {
        if path.isEmpty { return component }
        if path.hasSuffix("/") {
            return path + component.drop(while: { $0 == "/" })
        }
        if component.hasPrefix("/") { return path + component }
        return path + "/" + component
    }

    enum StatResult { case exists(dev: UInt64, ino: UInt64), missing, failed(Int32) }

    static func statFile(_ path: String) -> StatResult {
        var st = stat()
        if stat(path, &st) == 0 { return .exists(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino)) }
        let err = errno
        return err == ENOENT ? .missing : .failed(err)
    }

    static func errorMessage(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// ExpansionContext::expandResponseFiles (relative names off, as lld uses it):
    /// every `@file` naming an existing file is replaced, recursively, by its
    /// tokens; `@file` for a missing file stays as it is. Errors (recursion,
    /// unreadable file) stop the expansion and are returned as the line
    /// `cl::ExpandResponseFiles` prints, unprefixed, to stderr.
    static func expand(_ argv: [String], quoting: Quoting, currentDirectory: String) -> (args: [String], error: String?) {
        var argv = argv
        struct Record { var file: String; var end: Int }
        var stack = [Record(file: "", end: argv.count)]
        var i = 0
        while i != argv.count {
            while i == stack.last!.end { stack.removeLast() }
            let arg = argv[i]
            guard arg.hasPrefix("@") else { i += 1; continue }
            var name = String(arg.dropFirst())
            if !name.hasPrefix("/") {
                // An empty name is an empty Twine: the path stays the directory itself.
                name = name.isEmpty ? currentDirectory : appendPath(currentDirectory, name)
            }
            let status = statFile(name)
            let dev: UInt64, ino: UInt64
            switch status {
            case .missing:
                i += 1
                continue
            case .failed(let code):
                return (argv, "cannot not open file '\(name)': \(errorMessage(code))")
            case .exists(let d, let n):
                dev = d; ino = n
            }
            for record in stack.dropFirst() {
                switch statFile(record.file) {
                case .exists(let d, let n):
                    if d == dev && n == ino { return (argv, "recursive expansion of: '\(record.file)'") }
                case .missing:
                    return (argv, "cannot open file: \(record.file)")
                case .failed:
                    return (argv, "cannot open file: \(record.file)")
                }
            }
            guard let data = FileManager.default.contents(atPath: name) else {
                var isDir: ObjCBool = false
                let code: Int32 = FileManager.default.fileExists(atPath: name, isDirectory: &isDir) && isDir.boolValue
                    ? EISDIR : EACCES
                return (argv, "cannot not open file '\(name)': \(errorMessage(code))")
            }
            var bytes = [UInt8](data)
            if bytes.count >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)) {
                guard let converted = utf16ToUTF8(bytes) else {
                    return (argv, "Could not convert UTF16 to UTF8")
                }
                bytes = converted
            } else if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
                bytes.removeFirst(3)
            }
            let expanded = quoting == .gnu ? tokenizeGNU(bytes) : tokenizeWindows(bytes)
            for k in stack.indices { stack[k].end += expanded.count - 1 }
            stack.append(Record(file: name, end: i + expanded.count))
            argv.replaceSubrange(i...i, with: expanded)
        }
        return (argv, nil)
    }

    /// convertUTF16ToUTF8String: the byte order mark selects the endianness and is dropped.
    private static func utf16ToUTF8(_ bytes: [UInt8]) -> [UInt8]? {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        var k = 2
        while k + 1 < bytes.count {
            let a = UInt16(bytes[k]), b = UInt16(bytes[k + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            k += 2
        }
        var out: [UInt8] = []
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): out.append(contentsOf: Array(String(scalar).utf8))
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        return out
    }
}
