import Foundation

// The command-line layer of r2r-ld: wasm-ld 21's options parsed and
// interpreted the way lld/wasm/Driver.cpp does it (WasmOptTable::parse,
// linkerMain's early flags, readConfigs, setConfigs, createFiles' input walk
// and checkOptions), with lld's diagnostics word for word.
//
// Options that are recognized but have no effect on what r2r-ld produces:
//   -mllvm / --mllvm=     LLVM cl::opt settings; only LTO codegen reads them and
//                         r2r-ld has no LTO. Values are kept in `mllvm`. (lld
//                         rejects unknown LLVM options; r2r-ld cannot know
//                         LLVM's option set and accepts all.)
//   --lto-O, --lto-CGO, --lto-partitions=, --lto-obj-path=, --lto-debug-pass-manager,
//   --disable-verify, --save-temps, --thinlto-*
//                         LTO only (bitcode inputs). Values are validated with
//                         lld's messages and kept in `lto`.
//   --threads=            parallelism only; validated as lld does.
//   --color-diagnostics*  value validated; kept in `colorDiagnostics`.
//   --demangle/--no-demangle, --verbose, --Bsymbolic, --rpath, --noinhibit-exec,
//   --build-id, --reproduce, --why-extract=, --Map/-M, --trace/-y, -O
//                         stored for the driver; their effect is the driver's.
//   --rsp-quoting         consumed by response-file expansion.

/// How lld orders a message relative to the options that change reporting.
public struct OptionDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case error
        case warning
        /// lld's fatal(): reported as an error, then the link stops at once.
        case fatal
        /// Printed verbatim to stderr without the tool prefix (response-file expansion failures).
        case raw
    }

    public var kind: Kind
    public var message: String
    /// Reported before `--error-limit` and `--fatal-warnings` take effect (parse errors).
    public var beforeLimits: Bool

    public init(kind: Kind, message: String, beforeLimits: Bool = false) {
        self.kind = kind
        self.message = message
        self.beforeLimits = beforeLimits
    }

    public var description: String {
        switch kind {
        case .error, .fatal: return "error: " + message
        case .warning: return "warning: " + message
        case .raw: return message
        }
    }
}

/// One element of the command line's ordered input list (lld's createFiles walk).
public enum InputSpec: Sendable, Equatable {
    /// A file named on the command line. `wholeArchive`: inside --whole-archive;
    /// `inLib`: inside --start-lib/--end-lib (objects become lazy); `isStatic`:
    /// -Bstatic in effect (a shared object here is an error).
    case file(path: String, wholeArchive: Bool, inLib: Bool, isStatic: Bool)
    /// `-l name` / `-l:name`, to be resolved with `LinkerOptions.resolveLibrary`
    /// (with `isStatic`) and then read like a file with the same flags.
    case library(name: String, wholeArchive: Bool, inLib: Bool, isStatic: Bool)
    /// An error lld reports at this point of the walk ("nested --start-lib", "stray --end-lib").
    case error(String)
}

/// The parsed wasm-ld configuration (lld's `Config`, after readConfigs and setConfigs).
public struct LinkerOptions: Sendable, Equatable {
    public enum UnresolvedPolicy: Sendable, Equatable { case reportError, warn, ignore, importDynamic }
    public enum BuildID: Sendable, Equatable { case none, fast, sha1, uuid, hexString([UInt8]) }

    public struct MemoryImport: Sendable, Equatable {
        public var module: String
        public var field: String
        public init(module: String, field: String) { self.module = module; self.field = field }
    }

    /// LTO settings: accepted and validated, unused (r2r-ld links wasm objects only).
    public struct LTO: Sendable, Equatable {
        public var optLevel: UInt32 = 2
        public var codegenOptLevel: UInt32 = 2
        public var partitions: UInt32 = 1
        public var objPath = ""
        public var debugPassManager = false
        public var disableVerify = false
        public var saveTemps = false
        public var thinLTOCacheDir = ""
        public var thinLTOCachePolicy = ""
        public var thinLTOJobs = ""
        public var thinLTOEmitImportsFiles = false
        public var thinLTOEmitIndexFiles = false
        public var thinLTOIndexOnly = false
        public var thinLTOIndexOnlyArg = ""
        public var thinLTOObjectSuffixReplace = ("", "")
        public var thinLTOPrefixReplace = ("", "", "")

        public init() {}

        public static func == (a: LTO, b: LTO) -> Bool {
            a.optLevel == b.optLevel && a.codegenOptLevel == b.codegenOptLevel && a.partitions == b.partitions
                && a.objPath == b.objPath && a.debugPassManager == b.debugPassManager
                && a.disableVerify == b.disableVerify && a.saveTemps == b.saveTemps
                && a.thinLTOCacheDir == b.thinLTOCacheDir && a.thinLTOCachePolicy == b.thinLTOCachePolicy
                && a.thinLTOJobs == b.thinLTOJobs && a.thinLTOEmitImportsFiles == b.thinLTOEmitImportsFiles
                && a.thinLTOEmitIndexFiles == b.thinLTOEmitIndexFiles && a.thinLTOIndexOnly == b.thinLTOIndexOnly
                && a.thinLTOIndexOnlyArg == b.thinLTOIndexOnlyArg
                && a.thinLTOObjectSuffixReplace == b.thinLTOObjectSuffixReplace
                && a.thinLTOPrefixReplace == b.thinLTOPrefixReplace
        }
    }

    /// What `--version` and `-v` print.
    public static let versionString = "r2r-ld 0.1.0 (compatible with LLD 21.0.0)"
    /// What the real wasm-ld 21 prints for `--version` (for reference and tests).
    public static let lldVersionPrefix = "LLD 21.0.0"

    // MARK: Output kind
    /// `-o`; empty when not given ("no output file specified" comes from `checkOptions`).
    public var outputFile = ""
    /// `-r`, `--relocatable`.
    public var relocatable = false
    /// `-shared`.
    public var shared = false
    /// `-pie` / `--no-pie`.
    public var pie = false
    /// `--experimental-pic` (only silences the -shared/-pie/import-dynamic warnings).
    public var experimentalPic = false
    /// lld's `ctx.isPic`.
    public var isPic: Bool { pie || shared }
    /// `-m wasm32|wasm64`; nil when not given (inferred from the inputs).
    public var is64: Bool?
    /// `--emit-relocs`.
    public var emitRelocs = false
    /// `--compress-relocations`.
    public var compressRelocations = false

    // MARK: Entry and exports
    /// The entry symbol; nil for none (`--no-entry`, `--entry=`, `-r`). Defaults to
    /// `_start`, or `__wasm_call_ctors` with `-shared`.
    public var entry: String? = "_start"
    /// True when the entry came from `--entry`/`-e` (the last of --entry/--no-entry was --entry).
    public var entryGiven = false
    /// `--export` values in command-line order (lld's `requiredExports`).
    public var exports: [String] = []
    /// `--export-if-defined` values in command-line order.
    public var exportIfDefined: [String] = []
    public var exportAll = false
    /// `--export-dynamic` / `-E` / `--no-export-dynamic` (default: `shared`).
    public var exportDynamic = false
    public var exportTable = false
    /// `--import-table`; forced on by -shared/-pie and -r, as setConfigs does.
    public var importTable = false
    public var growableTable = false

    // MARK: Memory
    /// `--import-memory[=module,field]`; `-shared` defaults it to env.memory. `=x`
    /// without a comma gives module "x", field "" (lld 21 splits at the first comma).
    public var memoryImport: MemoryImport?
    /// `--export-memory[=name]`; defaults to "memory" unless memory is imported.
    public var memoryExport: String? = "memory"
    public var sharedMemory = false
    /// `--global-base=`; 0 means unset, and setConfigs turns unset into 1024 for
    /// non-PIC, non-relocatable links without --stack-first (as lld: `=0` is unset too).
    public var globalBase: UInt64 = 1024
    /// `--table-base=`; 0 means unset, defaulted to 1 for non-PIC links.
    public var tableBase: UInt64 = 1
    public var initialHeap: UInt64 = 0
    /// `--initial-memory=`, `-i`; 0 = not given.
    public var initialMemory: UInt64 = 0
    /// `--max-memory=`; 0 = not given.
    public var maxMemory: UInt64 = 0
    public var noGrowableMemory = false
    public var stackFirst = false
    /// `-z stack-size=` (base auto-detected: 0x…, 0…), default 65536.
    public var zStackSize: UInt64 = 65536
    /// `--page-size=` (1 or 65536).
    public var pageSize: UInt64 = 65536

    // MARK: Sections
    /// `--gc-sections`/`--no-gc-sections`; default on except with `-r`.
    public var gcSections = true
    public var printGcSections = false
    /// `--merge-data-segments`; default on except with `-r`.
    public var mergeDataSegments = true
    public var stripDebug = false
    public var stripAll = false
    /// `--keep-section` values (unique, in first-seen order).
    public var keepSections: [String] = []

    // MARK: Symbols
    /// `--allow-undefined` itself (it also sets `importUndefined` and `.ignore`).
    public var allowUndefined = false
    public var importUndefined = false
    public var unresolvedSymbols: UnresolvedPolicy = .reportError
    /// The `--allow-undefined-file` lld reads: only the last one given.
    public var allowUndefinedFile: String?
    /// Every `--allow-undefined-file` given, in order (lld ignores all but the last).
    public var allowUndefinedFiles: [String] = []
    public var allowMultipleDefinition = false
    /// `-u`, `--undefined` values in order.
    public var undefinedSymbols: [String] = []
    /// `--wrap` values in order (duplicates kept; lld skips repeats when applying them).
    public var wrap: [String] = []
    public var shlibSigCheck = true
    public var bsymbolic = false

    // MARK: Features
    public var checkFeatures = true
    /// `--features=` of the last occurrence (empty entries dropped); nil when not given.
    public var features: [String]?
    public var extraFeatures: [String]?

    // MARK: Diagnostics
    /// `--error-limit` (0 = no limit), default 20.
    public var errorLimit: UInt64 = 20
    public var fatalWarnings = false
    /// nil = auto; from --color-diagnostics[=…] / --no-color-diagnostics.
    public var colorDiagnostics: Bool?
    public var verbose = false
    public var demangle = true
    public var noinhibitExec = false
    /// `--trace`, `-t`.
    public var trace = false
    /// `--trace-symbol`, `-y` values in order.
    public var traceSymbols: [String] = []
    /// `--Map=file`; "-" with `--print-map`/`-M`; empty when not given.
    public var mapFile = ""
    /// `--why-extract=` file; empty when not given.
    public var whyExtract = ""
    /// `--reproduce` (or the LLD_REPRODUCE environment variable).
    public var reproduce: String?

    // MARK: Misc
    /// `--soname`; empty when not given.
    public var soname = ""
    /// `-O` (default 1).
    public var optimize: UInt32 = 1
    /// `--threads=`.
    public var threads: UInt32?
    public var buildID: BuildID = .none
    public var rpath: [String] = []
    /// `-mllvm` values in order (accepted, ignored).
    public var mllvm: [String] = []
    public var lto = LTO()

    // MARK: Inputs
    /// `-L` directories in order.
    public var searchPaths: [String] = []
    /// Files, libraries and grouping errors in command-line order.
    public var inputs: [InputSpec] = []
    /// lld's initial `isStatic` (true unless -pie/-shared); -Bstatic/-Bdynamic change it along `inputs`.
    public var isStatic = true

    public init() {}
}

/// The outcome of parsing a wasm-ld command line.
public struct ParsedCommandLine: Sendable {
    public enum Action: Sendable, Equatable {
        /// Go on and link (after printing the version if `printVersion`).
        case link
        /// `--help`: print `helpText(programName:)` to stdout and stop.
        case help
        /// `--version`, or `-v` without input files: print the version and stop.
        case version
    }

    public var options: LinkerOptions
    /// Every diagnostic up to the point where lld starts reading input files, in lld's order.
    public var diagnostics: [OptionDiagnostic]
    public var action: Action
    /// `-v`/`-V`/`--version`: print `LinkerOptions.versionString` to stdout.
    public var printVersion: Bool
    /// The arguments after response-file expansion, as OptTable parsed them.
    public var arguments: [ParsedArgument]
    /// The argument vector after response-file expansion.
    public var expandedArguments: [String]

    public var errors: [String] { diagnostics.filter { $0.kind == .error || $0.kind == .fatal }.map(\.message) }
    public var warnings: [String] { diagnostics.filter { $0.kind == .warning }.map(\.message) }
    /// A fatal error happened: the driver must stop after reporting.
    public var hasFatal: Bool { diagnostics.contains { $0.kind == .fatal } }

    /// Reports `diagnostics` the way lld interleaves them with its limit settings:
    /// parse errors under the default limit, then `--error-limit`/`--fatal-warnings`
    /// applied, then the rest. Returns false when the link must stop now (a fatal
    /// error, or the error limit was exceeded); `diags.errorCount` tells whether
    /// it must stop after this step anyway.
    @discardableResult
    public func report(to diags: Diagnostics) -> Bool {
        var limitsApplied = false
        for d in diagnostics {
            if !d.beforeLimits && !limitsApplied {
                applyLimits(diags)
                limitsApplied = true
            }
            switch d.kind {
            case .error: diags.error(d.message)
            case .warning: diags.warning(d.message)
            case .fatal:
                diags.error(d.message)
                return false
            case .raw: diags.message(d.message)
            }
            if diags.errorLimit != 0 && diags.errorCount > diags.errorLimit { return false }
        }
        if !limitsApplied { applyLimits(diags) }
        return true
    }

    private func applyLimits(_ diags: Diagnostics) {
        diags.errorLimit = options.errorLimit > UInt64(Int.max) ? Int.max : Int(options.errorLimit)
        diags.fatalWarnings = options.fatalWarnings
    }

    /// `--help` output; `programName` replaces wasm-ld's argv[0] in the USAGE line.
    public func helpText(programName: String = "r2r-ld") -> String {
        LinkerOptions.helpText(programName: programName)
    }

    /// The `response.txt` lld writes into a `--reproduce` archive.
    public func reproduceResponseFile(currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        var s = ""
        for arg in arguments {
            switch arg.id {
            case .reproduce: continue
            case .input: s += OptionTable.quote(LinkerOptions.relativeToRoot(arg.value, currentDirectory: currentDirectory))
            case .o: s += "-o " + OptionTable.quote(LinkerOptions.pathFilename(arg.value))
            default: s += arg.rendered
            }
            s += "\n"
        }
        return s
    }
}

extension LinkerOptions {
    // MARK: - Parsing

    /// Parses a wasm-ld command line (without argv[0]): response files, OptTable
    /// matching, linkerMain's early flags, readConfigs and setConfigs. Never fails;
    /// problems are in `diagnostics`, worded as wasm-ld words them (without the
    /// "r2r-ld: error: " prefix).
    public static func parse(_ arguments: [String],
                             currentDirectory: String = FileManager.default.currentDirectoryPath,
                             environment: [String: String] = ProcessInfo.processInfo.environment) -> ParsedCommandLine {
        var p = Interpreter()
        return p.run(arguments, currentDirectory: currentDirectory, environment: environment)
    }

    /// Convenience: `(options, errors, warnings)` of `parse`.
    public static func parseSimple(_ arguments: [String]) -> (LinkerOptions, errors: [String], warnings: [String]) {
        let r = parse(arguments)
        return (r.options, r.errors, r.warnings)
    }

    /// lld's checkOptions, which runs after the inputs were read (and only if that
    /// produced no error). Returns its errors and warnings in order.
    public func checkOptions() -> [OptionDiagnostic] {
        var out: [OptionDiagnostic] = []
        func error(_ m: String) { out.append(OptionDiagnostic(kind: .error, message: m)) }
        func warn(_ m: String) { out.append(OptionDiagnostic(kind: .warning, message: m)) }
        if !stripDebug && !stripAll && compressRelocations {
            error("--compress-relocations is incompatible with output debug information. Please pass --strip-debug or --strip-all")
        }
        if lto.partitions == 0 { error("--lto-partitions: number of threads must be > 0") }
        if !IntegerParsing.isValidThreadPoolStrategy(lto.thinLTOJobs) {
            error("--thinlto-jobs: invalid job count: " + lto.thinLTOJobs)
        }
        if pie && shared { error("-shared and -pie may not be used together") }
        if outputFile.isEmpty && !lto.thinLTOIndexOnly { error("no output file specified") }
        if importTable && exportTable { error("--import-table and --export-table may not be used together") }
        if relocatable {
            if entry != nil { error("entry point specified for relocatable output file") }
            if gcSections { error("-r and --gc-sections may not be used together") }
            if compressRelocations { error("-r -and --compress-relocations may not be used together") }
            if !undefinedSymbols.isEmpty { error("-r -and --undefined may not be used together") }
            if pie { error("-r and -pie may not be used together") }
            if sharedMemory { error("-r and --shared-memory may not be used together") }
            if globalBase != 0 { error("-r and --global-base may not by used together") }
        }
        if !experimentalPic {
            if shared { warn("creating shared libraries, with -shared, is not yet stable") }
            if pie { warn("creating PIEs, with -pie, is not yet stable") }
            if unresolvedSymbols == .importDynamic {
                warn("dynamic imports are not yet stable (--unresolved-symbols=import-dynamic)")
            }
        }
        if bsymbolic && !shared { warn("-Bsymbolic is only meaningful when combined with -shared") }
        if isPic {
            if globalBase != 0 { error("--global-base may not be used with -shared/-pie") }
            if tableBase != 0 { error("--table-base may not be used with -shared/-pie") }
        }
        return out
    }

    /// The `--help` text, with `programName` in the USAGE line.
    public static func helpText(programName: String = "r2r-ld") -> String {
        OptionTable.helpText(usage: "\(programName) [options] file...")
    }

    // MARK: - Libraries

    /// wasm-ld's searchLibrary: `-l:name` looks for `name` in each `-L` directory;
    /// `-lname` looks in each directory for `libname.so` (only when not static)
    /// and then `libname.a`. Existence is all that is checked (a directory counts).
    public static func resolveLibrary(_ name: String, searchPaths: [String], isStatic: Bool,
                                      exists: (String) -> Bool = LinkerOptions.pathExists) -> String? {
        if name.hasPrefix(":") {
            let file = String(name.dropFirst())
            for dir in searchPaths {
                let path = ResponseFiles.appendPath(dir, file)
                if exists(path) { return path }
            }
            return nil
        }
        for dir in searchPaths {
            if !isStatic {
                let so = ResponseFiles.appendPath(dir, "lib" + name + ".so")
                if exists(so) { return so }
            }
            let a = ResponseFiles.appendPath(dir, "lib" + name + ".a")
            if exists(a) { return a }
        }
        return nil
    }

    /// `resolveLibrary` over this command line's `-L` directories.
    public func resolveLibrary(_ name: String, isStatic: Bool) -> String? {
        LinkerOptions.resolveLibrary(name, searchPaths: searchPaths, isStatic: isStatic)
    }

    /// The error when `resolveLibrary` finds nothing.
    public static func libraryNotFoundMessage(_ name: String) -> String { "unable to find library -l" + name }

    /// llvm::sys::fs::exists.
    public static func pathExists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// The symbol list of an `--allow-undefined-file` or `.imports` file (lld's
    /// args::getLines): lines trimmed, empty lines and lines starting with '#' dropped.
    public static func symbolListLines(_ contents: String) -> [String] {
        contents.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            let t = IntegerParsing.trim(String(line))
            return t.isEmpty || t.hasPrefix("#") ? nil : t
        }
    }

    /// The `.imports` file lld looks for next to an archive (path::replace_extension).
    public static func importsFilePath(forArchive path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let fileStart = slash.map { path.index(after: $0) } ?? path.startIndex
        let filename = path[fileStart...]
        if filename != "." && filename != "..", let dot = filename.lastIndex(of: ".") {
            return String(path[..<dot]) + ".imports"
        }
        return path + ".imports"
    }

    // MARK: - Path helpers (lld's relativeToRoot, path::filename)

    static func relativeToRoot(_ path: String, currentDirectory: String) -> String {
        let absolute = path.hasPrefix("/") ? path : ResponseFiles.appendPath(currentDirectory, path)
        var parts: [Substring] = []
        for c in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(c)
        }
        return parts.joined(separator: "/")
    }

    static func pathFilename(_ path: String) -> String {
        if path == "/" { return "/" }
        if path.hasSuffix("/") { return "." }
        if let slash = path.lastIndex(of: "/") { return String(path[path.index(after: slash)...]) }
        return path
    }
}

// MARK: - The driver's reading of the parsed arguments

private struct Interpreter {
    var diagnostics: [OptionDiagnostic] = []
    var beforeLimits = true
    var args: [ParsedArgument] = []
    var o = LinkerOptions()

    mutating func error(_ m: String) { diagnostics.append(OptionDiagnostic(kind: .error, message: m, beforeLimits: beforeLimits)) }
    mutating func warn(_ m: String) { diagnostics.append(OptionDiagnostic(kind: .warning, message: m, beforeLimits: beforeLimits)) }

    func has(_ id: OptID) -> Bool { args.contains { $0.id == id } }
    func last(_ ids: OptID...) -> ParsedArgument? { args.last { ids.contains($0.id) } }
    func all(_ id: OptID) -> [ParsedArgument] { args.filter { $0.id == id } }
    func lastValue(_ id: OptID) -> String { last(id)?.value ?? "" }
    func values(_ id: OptID) -> [String] { all(id).map(\.value) }
    /// ArgList::hasFlag: the last of `pos`/`neg` decides.
    func flag(_ pos: OptID, _ neg: OptID, _ def: Bool) -> Bool {
        guard let a = last(pos, neg) else { return def }
        return a.id == pos
    }

    /// lld::args::getInteger (base 10, int64) with its error.
    mutating func integer(_ id: OptID, _ def: Int64) -> Int64 {
        guard let a = last(id) else { return def }
        if let v = IntegerParsing.signed(a.value, radix: 10) { return v }
        error("\(a.argString): number expected, but got '\(a.value)'")
        return 0
    }

    mutating func run(_ argv: [String], currentDirectory: String, environment: [String: String]) -> ParsedCommandLine {
        // WasmOptTable::parse: a first parse only to find --rsp-quoting.
        let first = OptionTable.parseArgs(argv)
        var quoting = ResponseFiles.Quoting.gnu
        if let q = first.args.last(where: { $0.id == .rsp_quoting }) {
            if q.value != "windows" && q.value != "posix" { error("invalid response file quoting: " + q.value) }
            if q.value == "windows" { quoting = .windows }
        }
        let (expanded, rspError) = ResponseFiles.expand(argv, quoting: quoting, currentDirectory: currentDirectory)
        if let e = rspError { diagnostics.append(OptionDiagnostic(kind: .raw, message: e, beforeLimits: true)) }
        let parsed = OptionTable.parseArgs(expanded)
        args = parsed.args

        // handleColorDiagnostics
        if let a = last(.color_diagnostics, .color_diagnostics_eq, .no_color_diagnostics) {
            switch a.id {
            case .color_diagnostics: o.colorDiagnostics = true
            case .no_color_diagnostics: o.colorDiagnostics = false
            default:
                switch a.value {
                case "always": o.colorDiagnostics = true
                case "never": o.colorDiagnostics = false
                case "auto": break
                default: error("unknown option: --color-diagnostics=" + a.value)
                }
            }
        }
        if let missing = parsed.missingIndex { error(expanded[missing] + ": missing argument") }
        for a in args where a.id == .unknown { error("unknown argument: " + a.argString) }

        // linkerMain: flags that govern error()/warn() come first.
        o.errorLimit = UInt64(bitPattern: integer(.error_limit, 20))
        beforeLimits = false
        o.fatalWarnings = flag(.fatal_warnings, .no_fatal_warnings, false)
        for z in all(.z) where !(z.value.hasPrefix("stack-size=") || z.value.hasPrefix("muldefs")) {
            warn("unknown -z value: " + z.value)
        }
        let printVersion = has(.v) || has(.version)
        func result(_ action: ParsedCommandLine.Action) -> ParsedCommandLine {
            ParsedCommandLine(options: o, diagnostics: diagnostics, action: action, printVersion: printVersion,
                              arguments: args, expandedArguments: expanded)
        }
        if has(.help) { return result(.help) }
        o.reproduce = last(.reproduce)?.value ?? environment["LLD_REPRODUCE"]
        o.mllvm = values(.mllvm)

        if !readConfigs() { return result(.link) }
        setConfigs()

        // -v without inputs, or --version, stops after the configuration was read.
        if (has(.v) && !has(.input)) || has(.version) { return result(.version) }

        collectInputs()
        return result(.link)
    }

    /// lld's readConfigs; false after a fatal error.
    mutating func readConfigs() -> Bool {
        o.allowMultipleDefinition = all(.z).contains { $0.value == "muldefs" }
            || flag(.allow_multiple_definition, .no_allow_multiple_definition, false)
        o.bsymbolic = has(.Bsymbolic)
        o.checkFeatures = flag(.check_features, .no_check_features, true)
        o.compressRelocations = has(.compress_relocations)
        o.demangle = flag(.demangle, .no_demangle, true)
        o.lto.disableVerify = has(.disable_verify)
        o.emitRelocs = has(.emit_relocs)
        o.experimentalPic = has(.experimental_pic)
        // getEntry
        if let a = last(.entry, .no_entry) {
            o.entry = a.id == .no_entry || a.value.isEmpty ? nil : a.value
            o.entryGiven = a.id == .entry
        } else {
            o.entry = has(.relocatable) ? nil : has(.shared) ? "__wasm_call_ctors" : "_start"
        }
        o.exportAll = has(.export_all)
        o.exportTable = has(.export_table)
        o.growableTable = has(.growable_table)
        o.noinhibitExec = has(.noinhibit_exec)

        if has(.import_memory_with_name) {
            let v = lastValue(.import_memory_with_name)
            if let comma = v.firstIndex(of: ",") {
                o.memoryImport = .init(module: String(v[..<comma]), field: String(v[v.index(after: comma)...]))
            } else {
                o.memoryImport = .init(module: v, field: "")
            }
        } else if has(.import_memory) {
            o.memoryImport = .init(module: "env", field: "memory")
        } else {
            o.memoryImport = nil
        }
        if has(.export_memory_with_name) {
            o.memoryExport = lastValue(.export_memory_with_name)
        } else if has(.export_memory) {
            o.memoryExport = "memory"
        } else {
            o.memoryExport = nil
        }

        o.sharedMemory = has(.shared_memory)
        o.soname = lastValue(.soname)
        o.importTable = has(.import_table)
        o.importUndefined = has(.import_undefined)
        o.lto.optLevel = UInt32(truncatingIfNeeded: integer(.lto_O, 2))
        if o.lto.optLevel > 3 { error("invalid optimization level for LTO: \(o.lto.optLevel)") }
        let defaultCGO = Int64(min(max(Int32(bitPattern: o.lto.optLevel), 2), 3))
        let cgo = UInt32(truncatingIfNeeded: integer(.lto_CGO, defaultCGO))
        if cgo > 3 { error("invalid codegen optimization level for LTO: \(cgo)") } else { o.lto.codegenOptLevel = cgo }
        o.lto.partitions = UInt32(truncatingIfNeeded: integer(.lto_partitions, 1))
        o.lto.objPath = lastValue(.lto_obj_path_eq)
        o.lto.debugPassManager = has(.lto_debug_pass_manager)
        o.mapFile = lastValue(.Map)
        o.optimize = UInt32(truncatingIfNeeded: integer(.O, 1))
        o.outputFile = lastValue(.o)
        o.relocatable = has(.relocatable)
        o.rpath = values(.rpath)
        o.gcSections = flag(.gc_sections, .no_gc_sections, !o.relocatable)
        for k in values(.keep_section) where !o.keepSections.contains(k) { o.keepSections.append(k) }
        o.mergeDataSegments = flag(.merge_data_segments, .no_merge_data_segments, !o.relocatable)
        o.pie = flag(.pie, .no_pie, false)
        o.printGcSections = flag(.print_gc_sections, .no_print_gc_sections, false)
        o.lto.saveTemps = has(.save_temps)
        o.searchPaths = values(.library_path)
        o.shared = has(.shared)
        o.shlibSigCheck = !has(.no_shlib_sigcheck)
        o.stripAll = has(.strip_all)
        o.stripDebug = has(.strip_debug)
        o.stackFirst = has(.stack_first)
        o.trace = has(.trace)
        o.lto.thinLTOCacheDir = lastValue(.thinlto_cache_dir)
        o.lto.thinLTOCachePolicy = lastValue(.thinlto_cache_policy)
        if let e = IntegerParsing.cachePruningPolicyError(o.lto.thinLTOCachePolicy) {
            diagnostics.append(OptionDiagnostic(kind: .fatal, message: "--thinlto-cache-policy: invalid cache policy: " + e))
            return false
        }
        o.lto.thinLTOEmitImportsFiles = has(.thinlto_emit_imports_files)
        o.lto.thinLTOEmitIndexFiles = has(.thinlto_emit_index_files) || has(.thinlto_index_only)
            || has(.thinlto_index_only_eq)
        o.lto.thinLTOIndexOnly = has(.thinlto_index_only) || has(.thinlto_index_only_eq)
        o.lto.thinLTOIndexOnlyArg = lastValue(.thinlto_index_only_eq)
        o.lto.thinLTOObjectSuffixReplace = oldNew(.thinlto_object_suffix_replace_eq)
        let (old, second) = oldNew(.thinlto_prefix_replace_eq)
        let (new, extra) = IntegerParsing.split(second, ";")
        o.lto.thinLTOPrefixReplace = (old, new, extra)
        if o.lto.thinLTOEmitIndexFiles && !o.lto.thinLTOIndexOnly {
            if has(.thinlto_object_suffix_replace_eq) {
                error("--thinlto-object-suffix-replace is not supported with --thinlto-emit-index-files")
            } else if has(.thinlto_prefix_replace_eq) {
                error("--thinlto-prefix-replace is not supported with --thinlto-emit-index-files")
            }
        }
        if !extra.isEmpty && o.lto.thinLTOIndexOnlyArg.isEmpty {
            error("--thinlto-prefix-replace=old_dir;new_dir;obj_dir must be used with --thinlto-index-only=")
        }
        o.unresolvedSymbols = unresolvedPolicy()
        o.whyExtract = lastValue(.why_extract)
        o.verbose = has(.verbose)

        o.tableBase = UInt64(bitPattern: integer(.table_base, 0))
        o.globalBase = UInt64(bitPattern: integer(.global_base, 0))
        o.initialHeap = UInt64(bitPattern: integer(.initial_heap, 0))
        o.initialMemory = UInt64(bitPattern: integer(.initial_memory, 0))
        o.maxMemory = UInt64(bitPattern: integer(.max_memory, 0))
        o.noGrowableMemory = has(.no_growable_memory)
        o.zStackSize = 65536
        for z in all(.z).reversed() {
            let (key, value) = IntegerParsing.split(z.value, "=")
            guard key == "stack-size" else { continue }
            if let v = IntegerParsing.unsigned(value, radix: 0) { o.zStackSize = v } else { error("invalid stack-size: " + value) }
            break
        }
        o.pageSize = UInt64(bitPattern: integer(.page_size, 65536))
        if o.pageSize != 1 && o.pageSize != 65536 { error("--page_size=N must be either 1 or 65536") }

        o.isStatic = !(o.pie || o.shared)
        if o.maxMemory != 0 && o.noGrowableMemory {
            error("--max-memory is incompatible with --no-growable-memory")
        }
        o.exportDynamic = flag(.export_dynamic, .no_export_dynamic, o.shared)
        if let m = last(.m) {
            switch m.value {
            case "wasm32": o.is64 = false
            case "wasm64": o.is64 = true
            default: error("invalid target architecture: " + m.value)
            }
        }
        if let t = last(.threads) {
            let n = IntegerParsing.unsigned(t.value, radix: 0).flatMap { $0 <= UInt64(UInt32.max) ? UInt32($0) : nil }
            if let n = n, n != 0 {
                o.threads = n
            } else {
                error("\(t.spelling): expected a positive integer, but got '\(t.value)'")
            }
            o.lto.thinLTOJobs = t.value
        }
        if let j = last(.thinlto_jobs) { o.lto.thinLTOJobs = j.value }
        if let f = last(.features) { o.features = f.values }
        if let f = last(.extra_features) { o.extraFeatures = f.values }
        if has(.allow_undefined) {
            o.allowUndefined = true
            o.importUndefined = true
            o.unresolvedSymbols = .ignore
        }
        if has(.print_map) { o.mapFile = "-" }
        o.buildID = buildID()

        // Values read later in linkerMain (kept here for the driver).
        o.exports = values(.export)
        o.exportIfDefined = values(.export_if_defined)
        o.undefinedSymbols = values(.undefined)
        o.wrap = values(.wrap)
        o.traceSymbols = values(.trace_symbol)
        o.allowUndefinedFiles = values(.allow_undefined_file)
        o.allowUndefinedFile = o.allowUndefinedFiles.last
        return true
    }

    /// getOldNewOptions: "old;new" with lld's error.
    mutating func oldNew(_ id: OptID) -> (String, String) {
        guard let a = last(id) else { return ("", "") }
        let r = IntegerParsing.split(a.value, ";")
        if r.1.isEmpty { error("\(a.typedSpelling) expects 'old;new' format, but got \(a.value)") }
        return r
    }

    mutating func unresolvedPolicy() -> LinkerOptions.UnresolvedPolicy {
        let errorOrWarn: LinkerOptions.UnresolvedPolicy =
            flag(.error_unresolved_symbols, .warn_unresolved_symbols, true) ? .reportError : .warn
        if let a = last(.unresolved_symbols) {
            switch a.value {
            case "ignore-all": return .ignore
            case "import-dynamic": return .importDynamic
            case "report-all": return errorOrWarn
            default: error("unknown --unresolved-symbols value: " + a.value)
            }
        }
        return errorOrWarn
    }

    mutating func buildID() -> LinkerOptions.BuildID {
        guard let a = last(.build_id, .build_id_eq) else { return .none }
        if a.id == .build_id { return .fast }
        switch a.value {
        case "fast": return .fast
        case "sha1", "tree": return .sha1
        case "uuid": return .uuid
        default:
            if a.value.hasPrefix("0x") { return .hexString(IntegerParsing.parseHex(String(a.value.dropFirst(2)))) }
            if a.value != "none" { error("unknown --build-id style: " + a.value) }
            return .none
        }
    }

    /// lld's setConfigs.
    mutating func setConfigs() {
        if o.isPic {
            if o.exportTable { error("-shared/-pie is incompatible with --export-table") }
            o.importTable = true
        } else {
            if o.tableBase == 0 { o.tableBase = 1 }
            if o.globalBase == 0 && !o.relocatable && !o.stackFirst { o.globalBase = 1024 }
        }
        if o.relocatable {
            if o.exportTable { error("--relocatable is incompatible with --export-table") }
            if o.growableTable { error("--relocatable is incompatible with --growable-table") }
            o.importTable = true
        }
        if o.shared {
            if o.memoryExport != nil { error("--export-memory is incompatible with --shared") }
            if o.memoryImport == nil { o.memoryImport = .init(module: "env", field: "memory") }
        }
        if o.memoryExport == nil && o.memoryImport == nil { o.memoryExport = "memory" }
    }

    /// The argument walk of lld's createFiles.
    mutating func collectInputs() {
        var isStatic = o.isStatic
        var wholeArchive = false
        var inLib = false
        for a in args {
            switch a.id {
            case .library:
                o.inputs.append(.library(name: a.value, wholeArchive: wholeArchive, inLib: inLib, isStatic: isStatic))
            case .input:
                o.inputs.append(.file(path: a.value, wholeArchive: wholeArchive, inLib: inLib, isStatic: isStatic))
            case .Bstatic: isStatic = true
            case .Bdynamic: isStatic = false
            case .whole_archive: wholeArchive = true
            case .no_whole_archive: wholeArchive = false
            case .start_lib:
                if inLib { o.inputs.append(.error("nested --start-lib")) }
                inLib = true
            case .end_lib:
                if !inLib { o.inputs.append(.error("stray --end-lib")) }
                inLib = false
            default: break
            }
        }
    }
}

// MARK: - LLVM's string-to-number rules

enum IntegerParsing {
    private static func digit(_ c: UInt8) -> UInt64? {
        switch c {
        case 48...57: return UInt64(c - 48)
        case 97...122: return UInt64(c - 97 + 10)
        case 65...90: return UInt64(c - 65 + 10)
        default: return nil
        }
    }

    /// llvm::getAutoSenseRadix.
    private static func autoSenseRadix(_ s: inout ArraySlice<UInt8>) -> UInt64 {
        if s.isEmpty { return 10 }
        func consume(_ p: String, caseInsensitive: Bool) -> Bool {
            let pb = Array(p.utf8)
            guard s.count >= pb.count else { return false }
            for (k, c) in zip(s.prefix(pb.count), pb) {
                let x = caseInsensitive && c >= 97 ? (k | 0x20) : k
                if x != c { return false }
            }
            s = s.dropFirst(pb.count)
            return true
        }
        if consume("0x", caseInsensitive: true) { return 16 }
        if consume("0b", caseInsensitive: true) { return 2 }
        if consume("0o", caseInsensitive: false) { return 8 }
        if s.first == 48, s.count > 1, let d = digit(s[s.startIndex + 1]), d < 10 {
            s = s.dropFirst()
            return 8
        }
        return 10
    }

    /// llvm::consumeUnsignedInteger; nil on failure.
    private static func consumeUnsigned(_ s: inout ArraySlice<UInt8>, radix r: UInt64) -> UInt64? {
        var radix = r
        if radix == 0 { radix = autoSenseRadix(&s) }
        if s.isEmpty { return nil }
        var result: UInt64 = 0
        var consumed = 0
        for c in s {
            guard let d = digit(c), d < radix else { break }
            let previous = result
            result = result &* radix &+ d
            if result / radix < previous { return nil }
            consumed += 1
        }
        if consumed == 0 { return nil }
        s = s.dropFirst(consumed)
        return result
    }

    /// StringRef::getAsInteger into an unsigned 64-bit value.
    static func unsigned(_ str: String, radix: UInt64) -> UInt64? {
        var s = ArraySlice(Array(str.utf8))
        guard let v = consumeUnsigned(&s, radix: radix), s.isEmpty else { return nil }
        return v
    }

    /// StringRef::getAsInteger into a signed 64-bit value.
    static func signed(_ str: String, radix: UInt64) -> Int64? {
        var s = ArraySlice(Array(str.utf8))
        if s.first != 45 {
            guard let v = consumeUnsigned(&s, radix: radix), s.isEmpty, Int64(bitPattern: v) >= 0 else { return nil }
            return Int64(bitPattern: v)
        }
        s = s.dropFirst()
        guard let v = consumeUnsigned(&s, radix: radix), s.isEmpty else { return nil }
        let negated = Int64(bitPattern: 0 &- v)
        if negated > 0 { return nil }
        return negated
    }

    /// llvm::get_threadpool_strategy succeeds.
    static func isValidThreadPoolStrategy(_ s: String) -> Bool {
        if s == "all" || s.isEmpty { return true }
        guard let v = unsigned(s, radix: 10) else { return false }
        return v <= UInt64(UInt32.max)
    }

    /// StringRef::split(char): before and after the first separator.
    static func split(_ s: String, _ sep: Character) -> (String, String) {
        guard let i = s.firstIndex(of: sep) else { return (s, "") }
        return (String(s[..<i]), String(s[s.index(after: i)...]))
    }

    /// StringRef::trim() (" \t\n\v\f\r").
    static func trim(_ s: String) -> String {
        let ws: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]
        let b = Array(s.utf8)
        guard let first = b.firstIndex(where: { !ws.contains($0) }) else { return "" }
        let last = b.lastIndex(where: { !ws.contains($0) })!
        return String(decoding: b[first...last], as: UTF8.self)
    }

    /// lld's parseHex for --build-id=0x….
    static func parseHex(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        var b = Substring(s)
        while !b.isEmpty {
            let pair = b.prefix(2)
            b = b.dropFirst(2)
            out.append(UInt8(pair, radix: 16) ?? 0)
        }
        return out
    }

    /// llvm::parseCachePruningPolicy's error text, or nil when the policy is valid.
    static func cachePruningPolicyError(_ policy: String) -> String? {
        func duration(_ d: String) -> String? {
            if d.isEmpty { return "Duration must not be empty" }
            let num = String(d.dropLast())
            if unsigned(num, radix: 0) == nil { return "'\(num)' not an integer" }
            switch d.last! {
            case "s", "m", "h": return nil
            default: return "'\(d)' must end with one of 's', 'm' or 'h'"
            }
        }
        var rest = policy
        while !rest.isEmpty {
            let (item, tail) = split(rest, ":")
            rest = tail
            let (key, value) = split(item, "=")
            switch key {
            case "prune_interval", "prune_after":
                if let e = duration(value) { return e }
            case "cache_size":
                guard value.hasSuffix("%") else { return "'\(value)' must be a percentage" }
                let size = String(value.dropLast())
                guard let n = unsigned(size, radix: 0) else { return "'\(size)' not an integer" }
                if n > 100 { return "'\(size)' must be between 0 and 100" }
            case "cache_size_bytes":
                var v = value
                if let c = v.last, "kKmMgG".contains(c) { v.removeLast() }
                if unsigned(v, radix: 0) == nil { return "'\(v)' not an integer" }
            case "cache_size_files":
                if unsigned(value, radix: 0) == nil { return "'\(value)' not an integer" }
            default:
                return "Unknown key: '\(key)'"
            }
        }
        return nil
    }
}

// MARK: - lld's iteration order of the exported-symbol set

extension LinkerOptions {
    /// lld's `ctx.arg.exportedSymbols` (an llvm::StringSet filled with the
    /// --export-if-defined values, then the --export values) in its iteration
    /// order. linkerMain calls handleUndefined in this order, so it decides the
    /// order in which lazy archive members are extracted for exports, and with
    /// it the order of their functions and data in the output.
    public var exportedSymbolsInLLDOrder: [String] {
        LLVMStringSet.iterationOrder(inserting: exportIfDefined + exports)
    }
}

/// The bucket order of an llvm::StringMap/StringSet (LLVM 21: xxh3_64bits
/// truncated to 32 bits, 16 initial buckets, quadratic probing, doubling when
/// more than 3/4 full) after inserting `keys` in order; duplicates are ignored.
public enum LLVMStringSet {
    public static func iterationOrder(inserting keys: [String]) -> [String] {
        var buckets: [(hash: UInt32, key: String)?] = Array(repeating: nil, count: 16)
        var count = 0
        for key in keys {
            let hash = UInt32(truncatingIfNeeded: XXH3.hash64(Array(key.utf8)))
            let size = buckets.count
            var bucket = Int(hash) & (size - 1)
            var probe = 1
            var exists = false
            while let entry = buckets[bucket] {
                if entry.hash == hash && entry.key == key { exists = true; break }
                bucket = (bucket + probe) & (size - 1)
                probe += 1
            }
            if exists { continue }
            buckets[bucket] = (hash, key)
            count += 1
            if count * 4 > size * 3 {
                var grown: [(hash: UInt32, key: String)?] = Array(repeating: nil, count: size * 2)
                for entry in buckets {
                    guard let entry = entry else { continue }
                    var b = Int(entry.hash) & (size * 2 - 1)
                    var step = 1
                    while grown[b] != nil {
                        b = (b + step) & (size * 2 - 1)
                        step += 1
                    }
                    grown[b] = entry
                }
                buckets = grown
            }
        }
        return buckets.compactMap { $0?.key }
    }
}

/// XXH3-64 with seed 0 and the default secret (llvm::xxh3_64bits).
public enum XXH3 {
    private static let secret: [UInt8] = [
        0xb8, 0xfe, 0x6c, 0x39, 0x23, 0xa4, 0x4b, 0xbe, 0x7c, 0x01, 0x81, 0x2c, 0xf7, 0x21, 0xad, 0x1c,
        0xde, 0xd4, 0x6d, 0xe9, 0x83, 0x90, 0x97, 0xdb, 0x72, 0x40, 0xa4, 0xa4, 0xb7, 0xb3, 0x67, 0x1f,
        0xcb, 0x79, 0xe6, 0x4e, 0xcc, 0xc0, 0xe5, 0x78, 0x82, 0x5a, 0xd0, 0x7d, 0xcc, 0xff, 0x72, 0x21,
        0xb8, 0x08, 0x46, 0x74, 0xf7, 0x43, 0x24, 0x8e, 0xe0, 0x35, 0x90, 0xe6, 0x81, 0x3a, 0x26, 0x4c,
        0x3c, 0x28, 0x52, 0xbb, 0x91, 0xc3, 0x00, 0xcb, 0x88, 0xd0, 0x65, 0x8b, 0x1b, 0x53, 0x2e, 0xa3,
        0x71, 0x64, 0x48, 0x97, 0xa2, 0x0d, 0xf9, 0x4e, 0x38, 0x19, 0xef, 0x46, 0xa9, 0xde, 0xac, 0xd8,
        0xa8, 0xfa, 0x76, 0x3f, 0xe3, 0x9c, 0x34, 0x3f, 0xf9, 0xdc, 0xbb, 0xc7, 0xc7, 0x0b, 0x4f, 0x1d,
        0x8a, 0x51, 0xe0, 0x4b, 0xcd, 0xb4, 0x59, 0x31, 0xc8, 0x9f, 0x7e, 0xc9, 0xd9, 0x78, 0x73, 0x64,
        0xea, 0xc5, 0xac, 0x83, 0x34, 0xd3, 0xeb, 0xc3, 0xc5, 0x81, 0xa0, 0xff, 0xfa, 0x13, 0x63, 0xeb,
        0x17, 0x0d, 0xdd, 0x51, 0xb7, 0xf0, 0xda, 0x49, 0xd3, 0x16, 0x55, 0x26, 0x29, 0xd4, 0x68, 0x9e,
        0x2b, 0x16, 0xbe, 0x58, 0x7d, 0x47, 0xa1, 0xfc, 0x8f, 0xf8, 0xb8, 0xd1, 0x7a, 0xd0, 0x31, 0xce,
        0x45, 0xcb, 0x3a, 0x8f, 0x95, 0x16, 0x04, 0x28, 0xaf, 0xd7, 0xfb, 0xca, 0xbb, 0x4b, 0x40, 0x7e,
    ]
    private static let p32_1: UInt64 = 0x9E37_79B1, p32_2: UInt64 = 0x85EB_CA77, p32_3: UInt64 = 0xC2B2_AE3D
    private static let p64_1: UInt64 = 11_400_714_785_074_694_791
    private static let p64_2: UInt64 = 14_029_467_366_897_019_727
    private static let p64_3: UInt64 = 1_609_587_929_392_839_161
    private static let p64_4: UInt64 = 9_650_029_242_287_828_579
    private static let p64_5: UInt64 = 2_870_177_450_012_600_261
    private static let mx1: UInt64 = 0x1656_6791_9E37_79F9
    private static let mx2: UInt64 = 0x9FB2_1C65_1E98_DF25

    private static func r64(_ b: [UInt8], _ i: Int) -> UInt64 {
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(b[i + k]) << (8 * UInt64(k)) }
        return v
    }
    private static func r32(_ b: [UInt8], _ i: Int) -> UInt64 {
        var v: UInt64 = 0
        for k in 0..<4 { v |= UInt64(b[i + k]) << (8 * UInt64(k)) }
        return v
    }
    private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
    private static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (hi, lo) = a.multipliedFullWidth(by: b)
        return hi ^ lo
    }
    private static func xxh64Avalanche(_ h0: UInt64) -> UInt64 {
        var h = h0
        h ^= h >> 33; h = h &* p64_2
        h ^= h >> 29; h = h &* p64_3
        h ^= h >> 32
        return h
    }
    private static func avalanche(_ h0: UInt64) -> UInt64 {
        var h = h0
        h ^= h >> 37; h = h &* mx1
        h ^= h >> 32
        return h
    }
    private static func mix16(_ input: [UInt8], _ i: Int, _ s: Int) -> UInt64 {
        fold(r64(input, i) ^ r64(secret, s), r64(input, i + 8) ^ r64(secret, s + 8))
    }
    private static func accumulate512(_ acc: inout [UInt64], _ input: [UInt8], _ i: Int, _ s: Int) {
        for k in 0..<8 {
            let value = r64(input, i + 8 * k)
            let key = value ^ r64(secret, s + 8 * k)
            acc[k ^ 1] = acc[k ^ 1] &+ value
            acc[k] = acc[k] &+ (key & 0xFFFF_FFFF) &* (key >> 32)
        }
    }

    public static func hash64(_ input: [UInt8]) -> UInt64 {
        let len = input.count
        let n = UInt64(len)
        switch len {
        case 0:
            return xxh64Avalanche(r64(secret, 56) ^ r64(secret, 64))
        case 1...3:
            let combined = (UInt64(input[0]) << 16) | (UInt64(input[len >> 1]) << 24) | UInt64(input[len - 1]) | (n << 8)
            return xxh64Avalanche(combined ^ (r32(secret, 0) ^ r32(secret, 4)))
        case 4...8:
            var acc = (r64(secret, 8) ^ r64(secret, 16)) ^ (r32(input, len - 4) | (r32(input, 0) << 32))
            acc ^= rotl(acc, 49) ^ rotl(acc, 24)
            acc = acc &* mx2
            acc ^= (acc >> 35) &+ n
            acc = acc &* mx2
            return acc ^ (acc >> 28)
        case 9...16:
            let lo = (r64(secret, 24) ^ r64(secret, 32)) ^ r64(input, 0)
            let hi = (r64(secret, 40) ^ r64(secret, 48)) ^ r64(input, len - 8)
            return avalanche(n &+ lo.byteSwapped &+ hi &+ fold(lo, hi))
        case 17...128:
            var acc = n &* p64_1
            var accEnd: UInt64 = 0
            acc = acc &+ mix16(input, 0, 0)
            accEnd = mix16(input, len - 16, 16)
            if len > 32 {
                acc = acc &+ mix16(input, 16, 32)
                accEnd = accEnd &+ mix16(input, len - 32, 48)
                if len > 64 {
                    acc = acc &+ mix16(input, 32, 64)
                    accEnd = accEnd &+ mix16(input, len - 48, 80)
                    if len > 96 {
                        acc = acc &+ mix16(input, 48, 96)
                        accEnd = accEnd &+ mix16(input, len - 64, 112)
                    }
                }
            }
            return avalanche(acc &+ accEnd)
        case 129...240:
            var acc = n &* p64_1
            for k in 0..<8 { acc = acc &+ mix16(input, 16 * k, 16 * k) }
            acc = avalanche(acc)
            for k in 8..<(len / 16) { acc = acc &+ mix16(input, 16 * k, 16 * (k - 8) + 3) }
            acc = acc &+ mix16(input, len - 16, 136 - 17)
            return avalanche(acc)
        default:
            let stripesPerBlock = (secret.count - 64) / 8
            let blockLen = 64 * stripesPerBlock
            let blocks = (len - 1) / blockLen
            var acc: [UInt64] = [p32_3, p64_1, p64_2, p64_3, p64_4, p32_2, p64_5, p32_1]
            for b in 0..<blocks {
                for s in 0..<stripesPerBlock { accumulate512(&acc, input, b * blockLen + 64 * s, 8 * s) }
                for k in 0..<8 {
                    acc[k] ^= acc[k] >> 47
                    acc[k] ^= r64(secret, secret.count - 64 + 8 * k)
                    acc[k] = acc[k] &* p32_1
                }
            }
            let stripes = (len - 1 - blockLen * blocks) / 64
            for s in 0..<stripes { accumulate512(&acc, input, blocks * blockLen + 64 * s, 8 * s) }
            accumulate512(&acc, input, len - 64, secret.count - 64 - 7)
            var result = n &* p64_1
            for k in 0..<4 {
                result = result &+ fold(acc[2 * k] ^ r64(secret, 11 + 16 * k), acc[2 * k + 1] ^ r64(secret, 11 + 16 * k + 8))
            }
            return avalanche(result)
        }
    }
}
