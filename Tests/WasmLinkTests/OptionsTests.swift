import Foundation
import WasmLink
import XCTest

/// lld's ErrorHandler: the limit message comes with the error past the limit,
/// and then lld exits.
private struct LLDReporter {
    var lines: [String] = []
    var errorCount = 0
    var errorLimit = 20
    var fatalWarnings = false
    var stopped = false

    mutating func error(_ m: String) -> Bool {
        if stopped { return false }
        if errorLimit == 0 || errorCount < errorLimit {
            lines.append("error: " + m)
        } else if errorCount == errorLimit {
            lines.append("error: too many errors emitted, stopping now (use -error-limit=0 to see all errors)")
            stopped = true
        }
        errorCount += 1
        return !stopped
    }

    mutating func warning(_ m: String) -> Bool {
        if fatalWarnings { return error(m) }
        lines.append("warning: " + m)
        return true
    }

    mutating func report(_ p: ParsedCommandLine) -> Bool {
        var applied = false
        for d in p.diagnostics {
            if !d.beforeLimits && !applied {
                errorLimit = Int(clamping: p.options.errorLimit)
                fatalWarnings = p.options.fatalWarnings
                applied = true
            }
            let ok: Bool
            switch d.kind {
            case .error: ok = error(d.message)
            case .warning: ok = warning(d.message)
            case .fatal: _ = error(d.message); ok = false
            case .raw: lines.append(d.message); ok = true
            }
            if !ok { return false }
        }
        if !applied {
            errorLimit = Int(clamping: p.options.errorLimit)
            fatalWarnings = p.options.fatalWarnings
        }
        return true
    }
}

final class OptionsTests: XCTestCase {
    static let wasmLd = "/opt/swift/usr/bin/wasm-ld"
    static let clang = "/opt/swift/usr/bin/clang"

    private func parse(_ args: [String], cwd: String? = nil) -> ParsedCommandLine {
        LinkerOptions.parse(args, currentDirectory: cwd ?? FileManager.default.currentDirectoryPath, environment: [:])
    }

    private func options(_ args: [String]) -> LinkerOptions {
        let r = parse(args)
        XCTAssertEqual(r.errors, [], "\(args)")
        return r.options
    }

    private func tempDir() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("r2r-opt-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @discardableResult
    private func run(_ tool: String, _ args: [String], cwd: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        p.environment = ["PATH": "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    private func requireWasmLd() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.wasmLd) else { throw XCTSkip("no wasm-ld") }
    }

    // MARK: - Spellings

    func testOutputSpellings() {
        for args in [["-o", "out.wasm"], ["-oout.wasm"], ["-o", "x", "-o", "out.wasm"]] {
            XCTAssertEqual(options(args).outputFile, "out.wasm", "\(args)")
        }
        // `--o` is not an option: the two-dash form is unknown.
        XCTAssertEqual(parse(["--o", "x"]).errors, ["unknown argument: --o"])
    }

    func testExportSpellings() {
        for args in [["--export=foo"], ["-export=foo"], ["--export", "foo"], ["-export", "foo"]] {
            XCTAssertEqual(options(args).exports, ["foo"], "\(args)")
        }
        XCTAssertEqual(options(["--export=a", "--export", "b", "-export=c"]).exports, ["a", "b", "c"])
        XCTAssertEqual(options(["--export-if-defined=x", "-export-if-defined", "y"]).exportIfDefined, ["x", "y"])
        // `--export=` takes the empty string.
        XCTAssertEqual(options(["--export="]).exports, [""])
    }

    func testLongestPrefixQuirks() {
        // Like lld: `-exportfoo` is `-e xportfoo`; `-export-all` (FF option) is `-e xport-all`.
        var o = options(["-exportfoo"])
        XCTAssertEqual(o.entry, "xportfoo")
        XCTAssertTrue(o.exports.isEmpty)
        o = options(["-export-all"])
        XCTAssertEqual(o.entry, "xport-all")
        XCTAssertFalse(o.exportAll)
        XCTAssertTrue(options(["--export-all"]).exportAll)
        // `--exportfoo` is unknown (no two-dash option is a prefix that accepts it).
        XCTAssertEqual(parse(["--exportfoo"]).errors, ["unknown argument: --exportfoo"])
        // -mwasm64 is -m wasm64; -mllvm is its own option.
        XCTAssertEqual(options(["-mwasm64"]).is64, true)
        XCTAssertEqual(options(["-mllvm", "-x=1", "--mllvm=-y"]).mllvm, ["-x=1", "-y"])
        // -Map= vs -M.
        XCTAssertEqual(options(["-Map=m.txt"]).mapFile, "m.txt")
        XCTAssertEqual(options(["-M"]).mapFile, "-")
        XCTAssertEqual(options(["--Map", "a", "--print-map"]).mapFile, "-")
    }

    func testShortOptions() {
        let o = options(["-L/dir1", "-L", "/dir2", "--library-path=/dir3", "-library-path", "/dir4",
                         "-lc", "-l", "m", "--library=z", "-library", "q", "-l:exact.a"])
        XCTAssertEqual(o.searchPaths, ["/dir1", "/dir2", "/dir3", "/dir4"])
        XCTAssertEqual(o.inputs, ["c", "m", "z", "q", ":exact.a"].map {
            .library(name: $0, wholeArchive: false, inLib: false, isStatic: true)
        })
        XCTAssertEqual(options(["-e", "main"]).entry, "main")
        XCTAssertEqual(options(["-emain"]).entry, "main")
        XCTAssertEqual(options(["--entry=main"]).entry, "main")
        XCTAssertEqual(options(["-entry", "main"]).entry, "main")
        XCTAssertEqual(options(["-u", "a", "-ub", "--undefined=c", "-undefined", "d"]).undefinedSymbols, ["a", "b", "c", "d"])
        XCTAssertTrue(options(["-E"]).exportDynamic)
        XCTAssertTrue(options(["-s"]).stripAll)
        XCTAssertTrue(options(["-S"]).stripDebug)
        XCTAssertTrue(options(["-t"]).trace)
        XCTAssertEqual(options(["-y", "sym", "-ysym2"]).traceSymbols, ["sym", "sym2"])
        XCTAssertEqual(options(["-O2"]).optimize, 2)
        XCTAssertEqual(options(["-O", "0"]).optimize, 0)
        XCTAssertEqual(options(["-z", "stack-size=1048576"]).zStackSize, 1_048_576)
        XCTAssertEqual(options(["-zstack-size=0x10000"]).zStackSize, 0x10000)
        XCTAssertEqual(options(["-z", "stack-size=16", "-z", "stack-size=32"]).zStackSize, 32)
        XCTAssertTrue(options(["-z", "muldefs"]).allowMultipleDefinition)
        let r = options(["-r"])
        XCTAssertTrue(r.relocatable)
        XCTAssertFalse(r.gcSections)
        XCTAssertFalse(r.mergeDataSegments)
        XCTAssertNil(r.entry)
    }

    func testDefaults() {
        let o = options([])
        XCTAssertEqual(o.entry, "_start")
        XCTAssertFalse(o.entryGiven)
        XCTAssertEqual(o.globalBase, 1024)
        XCTAssertEqual(o.tableBase, 1)
        XCTAssertEqual(o.zStackSize, 65536)
        XCTAssertEqual(o.errorLimit, 20)
        XCTAssertEqual(o.memoryExport, "memory")
        XCTAssertNil(o.memoryImport)
        XCTAssertTrue(o.gcSections)
        XCTAssertTrue(o.mergeDataSegments)
        XCTAssertTrue(o.checkFeatures)
        XCTAssertTrue(o.demangle)
        XCTAssertEqual(o.unresolvedSymbols, .reportError)
        XCTAssertEqual(o.optimize, 1)
        XCTAssertTrue(o.isStatic)
        XCTAssertNil(o.features)
        XCTAssertEqual(o, LinkerOptions.parse([], environment: [:]).options)
    }

    func testBooleanPairsAndValues() {
        XCTAssertFalse(options(["--gc-sections", "--no-gc-sections"]).gcSections)
        XCTAssertTrue(options(["-no-gc-sections", "-gc-sections"]).gcSections)
        XCTAssertFalse(options(["--no-check-features"]).checkFeatures)
        XCTAssertFalse(options(["--no-merge-data-segments"]).mergeDataSegments)
        XCTAssertFalse(options(["--no-demangle"]).demangle)
        XCTAssertTrue(options(["--fatal-warnings"]).fatalWarnings)
        XCTAssertFalse(options(["--fatal-warnings", "--no-fatal-warnings"]).fatalWarnings)
        XCTAssertTrue(options(["--allow-multiple-definition"]).allowMultipleDefinition)
        XCTAssertEqual(options(["--error-limit=0"]).errorLimit, 0)
        XCTAssertEqual(options(["--error-limit", "5"]).errorLimit, 5)
        var o = options(["--allow-undefined"])
        XCTAssertTrue(o.importUndefined)
        XCTAssertEqual(o.unresolvedSymbols, .ignore)
        XCTAssertEqual(options(["--unresolved-symbols=import-dynamic"]).unresolvedSymbols, .importDynamic)
        XCTAssertEqual(options(["--unresolved-symbols", "report-all", "--warn-unresolved-symbols"]).unresolvedSymbols, .warn)
        XCTAssertEqual(options(["--warn-unresolved-symbols", "--error-unresolved-symbols"]).unresolvedSymbols, .reportError)
        o = options(["--initial-memory=131072", "--max-memory=262144", "--global-base=2048", "--table-base=5",
                     "--initial-heap=65536", "--page-size=1", "--stack-first"])
        XCTAssertEqual(o.initialMemory, 131072)
        XCTAssertEqual(o.maxMemory, 262144)
        XCTAssertEqual(o.globalBase, 2048)
        XCTAssertEqual(o.tableBase, 5)
        XCTAssertEqual(o.initialHeap, 65536)
        XCTAssertEqual(o.pageSize, 1)
        XCTAssertTrue(o.stackFirst)
        // --stack-first leaves the global base unset (0), as setConfigs does.
        XCTAssertEqual(options(["--stack-first"]).globalBase, 0)
        XCTAssertEqual(options(["--global-base=0"]).globalBase, 1024)
        XCTAssertTrue(options(["--no-growable-memory"]).noGrowableMemory)
        o = options(["--features=mutable-globals,,sign-ext", "--extra-features=bulk-memory"])
        XCTAssertEqual(o.features, ["mutable-globals", "sign-ext"])
        XCTAssertEqual(o.extraFeatures, ["bulk-memory"])
        XCTAssertEqual(options(["--features="]).features, [])
        XCTAssertEqual(options(["--keep-section=a", "--keep-section", "b", "-keep-section=a"]).keepSections, ["a", "b"])
        XCTAssertEqual(options(["--wrap=f", "-wrap", "g"]).wrap, ["f", "g"])
        XCTAssertEqual(options(["--soname=lib", "-soname", "x"]).soname, "x")
        o = options(["--allow-undefined-file=a.syms", "-allow-undefined-file", "b.syms"])
        XCTAssertEqual(o.allowUndefinedFiles, ["a.syms", "b.syms"])
        XCTAssertEqual(o.allowUndefinedFile, "b.syms")
    }

    func testMemoryImportExport() {
        XCTAssertEqual(options(["--import-memory"]).memoryImport, .init(module: "env", field: "memory"))
        XCTAssertNil(options(["--import-memory"]).memoryExport)
        XCTAssertEqual(options(["--import-memory=mod,name"]).memoryImport, .init(module: "mod", field: "name"))
        XCTAssertEqual(options(["--import-memory=mod"]).memoryImport, .init(module: "mod", field: ""))
        XCTAssertEqual(options(["--import-memory=a,b,c"]).memoryImport, .init(module: "a", field: "b,c"))
        // The named form wins over the plain one regardless of order.
        XCTAssertEqual(options(["--import-memory=m,n", "--import-memory"]).memoryImport, .init(module: "m", field: "n"))
        XCTAssertEqual(options(["--export-memory=mem"]).memoryExport, "mem")
        let both = options(["--import-memory", "--export-memory"])
        XCTAssertEqual(both.memoryExport, "memory")
        XCTAssertNotNil(both.memoryImport)
        let shared = options(["-shared"])
        XCTAssertEqual(shared.memoryImport, .init(module: "env", field: "memory"))
        XCTAssertNil(shared.memoryExport)
        XCTAssertEqual(shared.entry, "__wasm_call_ctors")
        XCTAssertTrue(shared.exportDynamic)
        XCTAssertTrue(shared.importTable)
        XCTAssertFalse(shared.isStatic)
        XCTAssertEqual(shared.tableBase, 0)
        XCTAssertEqual(shared.globalBase, 0)
    }

    func testEntry() {
        var o = options(["--no-entry"])
        XCTAssertNil(o.entry)
        o = options(["--no-entry", "--entry=x"])
        XCTAssertEqual(o.entry, "x")
        XCTAssertTrue(o.entryGiven)
        o = options(["--entry=x", "--no-entry"])
        XCTAssertNil(o.entry)
        XCTAssertFalse(o.entryGiven)
        XCTAssertNil(options(["--entry="]).entry)
        XCTAssertEqual(options(["--entry=_initialize"]).entry, "_initialize")
    }

    // MARK: - Inputs

    func testInputOrdering() {
        let o = options(["a.o", "--whole-archive", "libx.a", "-lfoo", "--no-whole-archive", "b.o",
                         "--start-lib", "c.o", "d.o", "--end-lib", "-Bdynamic", "-lbar", "-Bstatic", "-lbaz", "-"])
        XCTAssertEqual(o.inputs, [
            .file(path: "a.o", wholeArchive: false, inLib: false, isStatic: true),
            .file(path: "libx.a", wholeArchive: true, inLib: false, isStatic: true),
            .library(name: "foo", wholeArchive: true, inLib: false, isStatic: true),
            .file(path: "b.o", wholeArchive: false, inLib: false, isStatic: true),
            .file(path: "c.o", wholeArchive: false, inLib: true, isStatic: true),
            .file(path: "d.o", wholeArchive: false, inLib: true, isStatic: true),
            .library(name: "bar", wholeArchive: false, inLib: false, isStatic: false),
            .library(name: "baz", wholeArchive: false, inLib: false, isStatic: true),
            .file(path: "-", wholeArchive: false, inLib: false, isStatic: true),
        ])
        XCTAssertEqual(options(["--start-lib", "--start-lib", "--end-lib", "--end-lib", "x.o"]).inputs, [
            .error("nested --start-lib"), .error("stray --end-lib"),
            .file(path: "x.o", wholeArchive: false, inLib: false, isStatic: true),
        ])
        // -pie starts dynamic; aliases of -Bstatic/-Bdynamic.
        XCTAssertEqual(options(["-pie", "-la", "-static", "-lb", "--dy", "-lc", "-dn", "-ld", "-call_shared", "-le", "--non_shared", "-lf"]).inputs.map { (i: InputSpec) -> Bool? in
            if case .library(_, _, _, let s) = i { return s } else { return nil }
        }, [false, true, false, true, false, true])
        // Empty arguments are ignored.
        XCTAssertEqual(options(["", "x.o", ""]).inputs.count, 1)
    }

    func testLibraryResolution() throws {
        let dir = try tempDir()
        let d1 = dir + "/d1", d2 = dir + "/d2"
        for d in [d1, d2] { try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true) }
        try write("", to: d1 + "/libfoo.so")
        try write("", to: d2 + "/libfoo.a")
        try write("", to: d2 + "/exact.x")
        try write("", to: d1 + "/libbar.a")
        XCTAssertEqual(LinkerOptions.resolveLibrary("foo", searchPaths: [d1, d2], isStatic: true), d2 + "/libfoo.a")
        XCTAssertEqual(LinkerOptions.resolveLibrary("foo", searchPaths: [d1, d2], isStatic: false), d1 + "/libfoo.so")
        XCTAssertEqual(LinkerOptions.resolveLibrary("bar", searchPaths: [d2 + "/", d1 + "/"], isStatic: true), d1 + "/libbar.a")
        XCTAssertEqual(LinkerOptions.resolveLibrary(":exact.x", searchPaths: [d1, d2], isStatic: true), d2 + "/exact.x")
        XCTAssertEqual(LinkerOptions.resolveLibrary(":libfoo.so", searchPaths: [d1, d2], isStatic: true), d1 + "/libfoo.so")
        XCTAssertEqual(LinkerOptions.resolveLibrary(":", searchPaths: [d2], isStatic: true), d2 + "/")
        XCTAssertEqual(LinkerOptions.resolveLibrary(":exact.x", searchPaths: [d2 + "//"], isStatic: true), d2 + "//exact.x")
        XCTAssertNil(LinkerOptions.resolveLibrary("nope", searchPaths: [d1, d2], isStatic: false))
        XCTAssertEqual(LinkerOptions.libraryNotFoundMessage("nope"), "unable to find library -lnope")
        XCTAssertEqual(LinkerOptions.libraryNotFoundMessage(":x.a"), "unable to find library -l:x.a")
        let o = options(["-L", d1, "-L" + d2])
        XCTAssertEqual(o.resolveLibrary("foo", isStatic: true), d2 + "/libfoo.a")
    }

    func testLibraryResolutionMatchesWasmLd() throws {
        try requireWasmLd()
        let dir = try tempDir()
        for d in ["d1", "d2"] { try FileManager.default.createDirectory(atPath: dir + "/" + d, withIntermediateDirectories: true) }
        try write("junk\n", to: dir + "/d1/libfoo.so")
        try write("junk\n", to: dir + "/d2/libfoo.a")
        try write("junk\n", to: dir + "/d2/exact.x")
        let cases: [[String]] = [
            ["-Ld1", "-L", "d2", "-lfoo"], ["-Ld1", "-Ld2", "-Bdynamic", "-lfoo"], ["-Ld1", "-Ld2/", "-pie", "-lfoo"],
            ["-Ld1/", "-Ld2/", "-shared", "-Bstatic", "-lfoo"], ["-Ld1/", "-Ld2//", "-l:exact.x"], ["-Ld2", "-l:"],
            ["-Ld1", "-lbar", "-l:baz.a"],
        ]
        for c in cases {
            let real = try run(Self.wasmLd, c + ["-o", "x.wasm"], cwd: dir).stderr
                .split(separator: "\n").map { $0.replacingOccurrences(of: "wasm-ld: error: ", with: "") }
            let o = parse(c, cwd: dir).options
            var ours: [String] = []
            for input in o.inputs {
                guard case .library(let name, _, _, let isStatic) = input else { continue }
                let found = LinkerOptions.resolveLibrary(name, searchPaths: o.searchPaths, isStatic: isStatic) {
                    LinkerOptions.pathExists(dir + "/" + $0)
                }
                if let found = found {
                    // wasm-ld then fails to read it; the path shows which file was picked.
                    ours.append(found.hasSuffix("/") ? "cannot open \(found): Is a directory" : "unknown file type: \(found)")
                } else {
                    ours.append(LinkerOptions.libraryNotFoundMessage(name))
                }
            }
            XCTAssertEqual(ours, real, "\(c)")
        }
    }

    // MARK: - Response files

    func testGNUTokenizing() throws {
        let dir = try tempDir()
        try write("a.o -o \"x y.wasm\" 'single quoted' back\\ slash \"esc\\\"q\" '' \"\" mid\"dle\"x\n\t--no-entry\r\n",
                  to: dir + "/r.rsp")
        let r = parse(["@r.rsp"], cwd: dir)
        XCTAssertEqual(r.expandedArguments, ["a.o", "-o", "x y.wasm", "single quoted", "back slash", "esc\"q",
                                             "middlex", "--no-entry"])
        XCTAssertEqual(r.options.outputFile, "x y.wasm")
    }

    func testNestedResponseFilesAreRelativeToTheWorkingDirectory() throws {
        let dir = try tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try write("a.o @sub/inner.rsp b.o", to: dir + "/outer.rsp")
        try write("--export=inner @nested.rsp", to: dir + "/sub/inner.rsp")
        try write("--export=top", to: dir + "/nested.rsp")
        try write("--export=sub", to: dir + "/sub/nested.rsp")
        let r = parse(["x.o", "@outer.rsp", "@missing.rsp"], cwd: dir)
        XCTAssertEqual(r.expandedArguments, ["x.o", "a.o", "--export=inner", "--export=top", "b.o", "@missing.rsp"])
        XCTAssertEqual(r.options.exports, ["inner", "top"])
        XCTAssertEqual(r.errors, [])
    }

    func testRecursiveResponseFile() throws {
        let dir = try tempDir()
        try write("a.o -o x.wasm @rec2.rsp", to: dir + "/rec1.rsp")
        try write("--no-entry @rec1.rsp", to: dir + "/rec2.rsp")
        let r = parse(["@rec1.rsp"], cwd: dir)
        XCTAssertEqual(r.diagnostics.first, OptionDiagnostic(kind: .raw, message: "recursive expansion of: '\(dir)/rec1.rsp'",
                                                             beforeLimits: true))
        XCTAssertEqual(r.expandedArguments, ["a.o", "-o", "x.wasm", "--no-entry", "@rec1.rsp"])
    }

    func testWindowsQuoting() throws {
        let dir = try tempDir()
        try write("a.o \"--export=a\\\"b\" c\\d \"e \"\"f\"\" g\" h\\\\\"i j\"", to: dir + "/w.rsp")
        let r = parse(["--rsp-quoting=windows", "@w.rsp"], cwd: dir)
        XCTAssertEqual(Array(r.expandedArguments.dropFirst()), ["a.o", "--export=a\"b", "c\\d", "e \"f\" g", "h\\i j"])
        XCTAssertEqual(parse(["--rsp-quoting=bad"]).errors, ["invalid response file quoting: bad"])
        // --rsp-quoting inside a response file is seen too late to matter (lld's first pass).
        try write("--rsp-quoting=windows", to: dir + "/q.rsp")
        XCTAssertEqual(parse(["@q.rsp", "@w.rsp"], cwd: dir).expandedArguments[2], "--export=a\"b")
    }

    func testResponseFileBOMAndErrors() throws {
        let dir = try tempDir()
        try Data([0xEF, 0xBB, 0xBF] + Array("--no-entry".utf8)).write(to: URL(fileURLWithPath: dir + "/bom.rsp"))
        XCTAssertNil(parse(["@bom.rsp"], cwd: dir).options.entry)
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        XCTAssertEqual(parse(["@sub"], cwd: dir).diagnostics.first?.message, "cannot not open file '\(dir)/sub': Is a directory")
        XCTAssertEqual(parse(["@"], cwd: dir).diagnostics.first?.message, "cannot not open file '\(dir)': Is a directory")
        try write("x", to: dir + "/f")
        XCTAssertEqual(parse(["@f/x"], cwd: dir).diagnostics.first?.message, "cannot not open file '\(dir)/f/x': Not a directory")
    }

    // MARK: - Errors, compared with wasm-ld

    func testErrorMessages() {
        XCTAssertEqual(parse(["--frobnicate", "x.o"]).errors, ["unknown argument: --frobnicate"])
        XCTAssertEqual(parse(["--a1", "-b2", "--frob=x", "--"]).errors,
                       ["unknown argument: --a1", "unknown argument: -b2", "unknown argument: --frob=x", "unknown argument: --"])
        XCTAssertEqual(parse(["a.o", "-o"]).errors, ["-o: missing argument"])
        XCTAssertEqual(parse(["--export"]).errors, ["--export: missing argument"])
        XCTAssertEqual(parse(["-export"]).errors, ["-export: missing argument"])
        XCTAssertEqual(parse(["--initial-memory=abc"]).errors, ["--initial-memory=abc: number expected, but got 'abc'"])
        XCTAssertEqual(parse(["--initial-memory=0x10000"]).errors,
                       ["--initial-memory=0x10000: number expected, but got '0x10000'"])
        XCTAssertEqual(parse(["-O", "x"]).errors, ["-O: number expected, but got 'x'"])
        XCTAssertEqual(parse(["-i"]).errors, ["-i: number expected, but got ''"])
        XCTAssertEqual(parse(["-z", "stack-size=abc"]).errors, ["invalid stack-size: abc"])
        XCTAssertEqual(parse(["-z", "foo"]).warnings, ["unknown -z value: foo"])
        XCTAssertEqual(parse(["-m", "wasm33"]).errors, ["invalid target architecture: wasm33"])
        XCTAssertEqual(parse(["--threads=0"]).errors, ["--threads: expected a positive integer, but got '0'"])
        XCTAssertEqual(parse(["-threads", "abc"]).errors, ["-threads: expected a positive integer, but got 'abc'"])
        XCTAssertEqual(parse(["--page-size=2"]).errors, ["--page_size=N must be either 1 or 65536"])
        XCTAssertEqual(parse(["--unresolved-symbols=x"]).errors, ["unknown --unresolved-symbols value: x"])
        XCTAssertEqual(parse(["--build-id=x"]).errors, ["unknown --build-id style: x"])
        XCTAssertEqual(parse(["--color-diagnostics=x"]).errors, ["unknown option: --color-diagnostics=x"])
        XCTAssertEqual(parse(["--max-memory=65536", "--no-growable-memory"]).errors,
                       ["--max-memory is incompatible with --no-growable-memory"])
        XCTAssertEqual(parse(["--thinlto-cache-policy=foo"]).diagnostics,
                       [OptionDiagnostic(kind: .fatal, message: "--thinlto-cache-policy: invalid cache policy: Unknown key: 'foo'")])
    }

    func testCheckOptions() {
        func check(_ args: [String]) -> [String] { parse(args).options.checkOptions().map(\.description) }
        XCTAssertEqual(check(["a.o"]), ["error: no output file specified"])
        XCTAssertEqual(check(["-o", "x", "-shared", "-pie"]), [
            "error: -shared and -pie may not be used together",
            "warning: creating shared libraries, with -shared, is not yet stable",
            "warning: creating PIEs, with -pie, is not yet stable",
        ])
        XCTAssertEqual(check(["-o", "x", "--experimental-pic", "-shared"]), [])
        XCTAssertEqual(check(["-o", "x", "--compress-relocations"]), [
            "error: --compress-relocations is incompatible with output debug information. Please pass --strip-debug or --strip-all",
        ])
        XCTAssertEqual(check(["-o", "x", "--Bsymbolic"]), ["warning: -Bsymbolic is only meaningful when combined with -shared"])
    }

    /// Runs wasm-ld and r2r-ld's parser on the same command line and compares
    /// every message lld prints before it reads inputs (plus checkOptions').
    func testDiagnosticsMatchWasmLd() throws {
        try requireWasmLd()
        guard FileManager.default.isExecutableFile(atPath: Self.clang) else { throw XCTSkip("no clang") }
        let dir = try tempDir()
        try write("void _start(void){}\n", to: dir + "/a.c")
        try run(Self.clang, ["--target=wasm32", "-c", "a.c", "-o", "a.o"], cwd: dir)
        guard FileManager.default.fileExists(atPath: dir + "/a.o") else { throw XCTSkip("clang could not build a.o") }
        let cases: [[String]] = [
            ["--frobnicate"], ["-frobnicate", "--a=b", "--"], ["-o"], ["--export"], ["-export"],
            ["--initial-memory=abc"], ["--initial-memory=+65536"], ["-O", "x"], ["-i"], ["-Ofoo"],
            ["-z", "stack-size=abc"], ["-z", "stack-size"], ["-z", "foo", "-zbar"],
            ["-m", "wasm33"], ["--threads=0"], ["-threads", "abc"], ["--threads=0x10"],
            ["--page-size=2"], ["--page-size=x"], ["--unresolved-symbols=x"], ["--build-id=x"],
            ["--color-diagnostics=x"], ["--rsp-quoting=x"], ["--lto-O5"], ["--lto-CGO9"], ["--lto-O-1"],
            ["--lto-partitions=0"], ["--thinlto-jobs=abc"], ["--thinlto-cache-policy=foo"],
            ["--thinlto-cache-policy", "prune_after=10x"], ["--thinlto-cache-policy=cache_size=101%"],
            ["--thinlto-object-suffix-replace=abc"], ["--thinlto-prefix-replace=a;b;c"],
            ["--thinlto-emit-index-files", "--thinlto-prefix-replace=a;b"],
            ["--max-memory=65536", "--no-growable-memory"], ["--error-limit=x", "--a1"],
            ["--fatal-warnings", "-z", "foo"], ["--error-limit=2", "--fatal-warnings", "-z", "a", "-z", "b"],
            ["-shared", "--export-memory"], ["-pie", "--export-table"],
            ["-r", "--export-table", "--growable-table"],
            ["-r", "-e", "foo", "--gc-sections", "-u", "x", "--shared-memory", "--global-base=4"],
            ["-r", "--compress-relocations", "--strip-debug"],
            ["-shared", "--unresolved-symbols=import-dynamic", "--Bsymbolic"],
            ["-pie", "--global-base=8", "--table-base=3"], ["--import-table", "--export-table"],
            ["-shared", "-pie"], ["--compress-relocations"], ["--Bsymbolic"],
            ["--start-lib", "--start-lib", "--end-lib", "--end-lib", "--end-lib"],
            ["-lnotthere", "-l:nor.a"], ["--a1", "-m", "foo", "-z", "bar", "--version"],
            ["--as-needed"], ["-exportfoo"], ["--allow-undefined-file", "x"],
        ]
        for c in cases {
            let args = ["a.o"] + c + (c.contains("-o") ? [] : ["-o", "out.wasm"])
            let real = try run(Self.wasmLd, args, cwd: dir)
            let expected = real.stderr.split(separator: "\n").map { String($0.dropFirst($0.hasPrefix("wasm-ld: ") ? 9 : 0)) }
            let parsed = parse(args, cwd: dir)
            var reporter = LLDReporter()
            var ok = reporter.report(parsed)
            if ok && parsed.action == .link {
                for input in parsed.options.inputs {
                    switch input {
                    case .error(let m): ok = ok && reporter.error(m)
                    case .library(let name, _, _, let isStatic):
                        if parsed.options.resolveLibrary(name, isStatic: isStatic) == nil {
                            ok = ok && reporter.error(LinkerOptions.libraryNotFoundMessage(name))
                        }
                    case .file(let path, _, _, _):
                        // What wasm-ld's readFile reports for a missing input.
                        if !FileManager.default.fileExists(atPath: dir + "/" + path) {
                            ok = ok && reporter.error("cannot open \(path): No such file or directory")
                        }
                    }
                }
                if ok && reporter.errorCount == 0 {
                    for d in parsed.options.checkOptions() where ok {
                        ok = d.kind == .warning ? reporter.warning(d.message) : reporter.error(d.message)
                    }
                }
                ok = ok && reporter.errorCount == 0
            }
            let ours = reporter.lines
            if ok {
                // Both go on to link; later stages may add messages of their own.
                XCTAssertEqual(ours, Array(expected.prefix(ours.count)), "\(c)")
                if real.status == 0 { XCTAssertEqual(ours, expected, "\(c)") }
            } else {
                XCTAssertEqual(ours, expected, "\(c)")
                XCTAssertNotEqual(real.status, 0, "\(c)")
            }
        }
    }

    /// `--reproduce`'s response.txt shows exactly how lld parsed each argument:
    /// compare it with ours for many spellings.
    func testParseMatchesWasmLdReproduce() throws {
        try requireWasmLd()
        let dir = try tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try write("--export=fromrsp \"spaced name\" -L /x", to: dir + "/r.rsp")
        let cases: [[String]] = [
            ["-export-all", "-exportfoo", "-Map=m.txt", "-i", "-mwasm32", "--no-entry", "a.o", "-o", "sub/x.wasm"],
            ["-L/tmp", "-l:foo.a", "-lc", "-l", "m", "--library=z", "-library", "q", "-library-path", "/p", "--library-path=/q"],
            ["--allow-undefined-file", "foo", "-allow-undefined-file", "bar", "--allow-undefined-file=baz"],
            ["--frob=x", "-Ofoo", "-O2", "-O", "3", "", "x.o", "../up.o", "./sub/../b.o"],
            ["--export", "a", "-export", "b", "--export=c", "-export=d", "--export-if-defined=e", "-export-if-defined", "f"],
            ["-e", "main", "-emain", "--entry=m", "-entry=n", "-entry", "o", "--entry", "p"],
            ["-u", "a", "-ub", "--undefined=c", "-y", "s", "-ys2", "--trace-symbol=t", "-t", "--trace"],
            ["-E", "-s", "-S", "-r", "-M", "-V", "-v", "--dy", "-dn", "-static", "-call_shared", "--non_shared"],
            ["--features=a,,b", "-features=c", "--extra-features=d", "-extra-features=e,f"],
            ["-z", "stack-size=100", "-zmuldefs", "-mllvm", "-foo=1", "--mllvm=-bar", "-mllvm=-baz"],
            ["--lto-O2", "--lto-CGO1", "--lto-partitions=2", "--lto-obj-path=x", "--thinlto-jobs=2", "--thinlto-cache-dir=d",
             "--thinlto-cache-policy", "prune_after=1h", "--thinlto-emit-imports-files", "--disable-verify", "-save-temps"],
            ["--whole-archive", "-whole-archive", "--no-whole-archive", "-no-whole-archive", "--start-lib", "-start-lib",
             "--end-lib", "-end-lib", "-Bstatic", "--Bdynamic", "-Bsymbolic"],
            ["-import-memory", "--import-memory=a,b", "-export-table", "-stack-first", "-no-entry", "-global-base=5",
             "-table-base=3", "-initial-memory=1", "-max-memory=2", "-shared-memory", "-growable-table"],
            ["-soname", "x", "--soname=y", "-rpath", "r", "--rpath=s", "--keep-section", "k", "-keep-section=l",
             "--wrap", "w", "-wrap=v", "--threads", "3", "-threads=4", "--error-limit", "3", "--error-limit=4"],
            ["-error-limit=3", "-reproduce=x", "-check-features", "--no-check-features", "-merge-data-segments",
             "--no-merge-data-segments", "-no-merge-data-segments", "--experimental-pic", "-experimental-pic"],
            ["--build-id", "--build-id=sha1", "-build-id=fast", "--color-diagnostics", "-no-color-diagnostics",
             "--color-diagnostics=never", "--why-extract=w", "-why-extract=x", "--no-shlib-sigcheck", "-no-shlib-sigcheck"],
            ["--page-size=1", "-page-size=1", "--initial-heap=5", "--noinhibit-exec", "-noinhibit-exec",
             "--rsp-quoting=posix", "-rsp-quoting", "posix", "--unresolved-symbols", "ignore-all", "-unresolved-symbols=x"],
            ["-pie", "--no-pie", "-shared", "--Bsymbolic", "-demangle", "-no-demangle", "--print-gc-sections",
             "-no-print-gc-sections", "-fatal-warnings", "--no-fatal-warnings", "-allow-multiple-definition",
             "--no-allow-multiple-definition", "--import-undefined", "-allow-undefined", "--verbose", "-verbose"],
            ["--thinlto-index-only", "--thinlto-index-only=x", "-thinlto-index-only", "--thinlto-prefix-replace=a;b",
             "--thinlto-object-suffix-replace=a;b", "-lto-O1", "--lto-debug-pass-manager", "-lto-debug-pass-manager"],
            ["@r.rsp", "@missing.rsp", "-", "-o", "@sub", "-O"],
            ["--help-foo", "-helpx", "-versionx", "--o", "-ofoo", "-Lfoo", "-lfoo", "-mfoo", "-Map", "m", "-M2"],
        ]
        for (n, c) in cases.enumerated() {
            let tar = "r\(n).tar"
            try? FileManager.default.removeItem(atPath: dir + "/" + tar)
            try run(Self.wasmLd, ["--reproduce=" + tar] + c, cwd: dir)
            let extract = try run("/bin/tar", ["xOf", tar, "r\(n)/response.txt"], cwd: dir)
            let ours = parse(["--reproduce=" + tar] + c, cwd: dir).reproduceResponseFile(currentDirectory: dir)
            XCTAssertEqual(ours, extract.stdout, "\(c)")
        }
    }

    /// Every option name of wasm-ld 21 (and a few of other versions), spelled
    /// with one and with two dashes and followed by a value, parsed by both.
    func testEverySpellingMatchesWasmLdReproduce() throws {
        try requireWasmLd()
        let dir = try tempDir()
        let names = [
            "Bdynamic", "Bstatic", "Bsymbolic", "Map", "Map=", "O", "allow-multiple-definition", "allow-undefined",
            "allow-undefined-file=", "allow-undefined-file", "e", "entry=", "library=", "library-path", "library-path=",
            "M", "r", "s", "S", "t", "y", "u", "call_shared", "V", "dy", "dn", "non_shared", "static", "E", "i", "library",
            "build-id", "build-id=", "check-features", "color-diagnostics", "color-diagnostics=", "compress-relocations",
            "demangle", "disable-verify", "emit-relocs", "end-lib", "entry", "error-limit", "error-limit=",
            "error-unresolved-symbols", "experimental-pic", "export", "export-all", "export-dynamic", "export=",
            "export-if-defined", "export-if-defined=", "export-memory", "export-memory=", "export-table",
            "extra-features=", "fatal-warnings", "features=", "gc-sections", "global-base=", "growable-table",
            "import-memory", "import-memory=", "import-table", "import-undefined", "initial-heap=", "initial-memory=",
            "keep-section", "keep-section=", "l", "L", "lto-CGO", "lto-O", "lto-debug-pass-manager", "lto-obj-path=",
            "lto-partitions=", "m", "max-memory=", "merge-data-segments", "mllvm", "mllvm=", "no-allow-multiple-definition",
            "no-check-features", "no-color-diagnostics", "no-demangle", "no-entry", "no-export-dynamic",
            "no-fatal-warnings", "no-gc-sections", "no-growable-memory", "no-merge-data-segments", "no-pie",
            "no-print-gc-sections", "no-shlib-sigcheck", "no-stack-first", "no-whole-archive", "noinhibit-exec", "o",
            "page-size=", "pie", "print-gc-sections", "print-map", "relocatable", "rpath", "rpath=", "rsp-quoting",
            "rsp-quoting=", "save-temps", "shared", "shared-memory", "soname", "soname=", "stack-first", "start-lib",
            "strip-all", "strip-debug", "table-base=", "thinlto-cache-dir=", "thinlto-cache-policy",
            "thinlto-cache-policy=", "thinlto-emit-imports-files", "thinlto-emit-index-files", "thinlto-index-only",
            "thinlto-index-only=", "thinlto-jobs=", "thinlto-object-suffix-replace=", "thinlto-prefix-replace=",
            "threads", "threads=", "trace", "trace-symbol", "trace-symbol=", "undefined", "undefined=",
            "unresolved-symbols", "unresolved-symbols=", "v", "verbose", "version", "warn-unresolved-symbols",
            "whole-archive", "why-extract=", "wrap", "wrap=", "z", "export-externref-table",
            "no-lto-legacy-pass-manager", "as-needed", "no-as-needed", "Ttext", "flavor",
        ]
        // In small groups: past 20 parse errors wasm-ld exits before writing the archive.
        for prefix in ["-", "--"] {
            for start in stride(from: 0, to: names.count, by: 6) {
                var args: [String] = []
                for name in names[start..<min(start + 6, names.count)] { args += [prefix + name, "val"] }
                try? FileManager.default.removeItem(atPath: dir + "/all.tar")
                try run(Self.wasmLd, ["--reproduce=all.tar"] + args, cwd: dir)
                let real = try run("/bin/tar", ["xOf", "all.tar", "all/response.txt"], cwd: dir).stdout
                XCTAssertFalse(real.isEmpty, "\(args)")
                let ours = parse(["--reproduce=all.tar"] + args, cwd: dir).reproduceResponseFile(currentDirectory: dir)
                XCTAssertEqual(ours.split(separator: "\n"), real.split(separator: "\n"), "\(args)")
            }
        }
    }

    func testHelpMatchesWasmLd() throws {
        try requireWasmLd()
        let real = try run(Self.wasmLd, ["--help"], cwd: "/")
        XCTAssertEqual(LinkerOptions.helpText(programName: Self.wasmLd), real.stdout)
        let ours = LinkerOptions.helpText()
        XCTAssertTrue(ours.hasPrefix("OVERVIEW: LLVM Linker\n\nUSAGE: r2r-ld [options] file...\n\nOPTIONS:\n"))
        // --help stops before readConfigs but after the -z check.
        let r = parse(["--help", "-z", "foo", "-m", "bad"])
        XCTAssertEqual(r.action, .help)
        XCTAssertEqual(r.warnings, ["unknown -z value: foo"])
        XCTAssertEqual(r.errors, [])
    }

    func testVersion() throws {
        XCTAssertEqual(LinkerOptions.versionString, "r2r-ld 0.1.0 (compatible with LLD 21.0.0)")
        var r = parse(["--version"])
        XCTAssertEqual(r.action, .version)
        XCTAssertTrue(r.printVersion)
        r = parse(["-v"])
        XCTAssertEqual(r.action, .version)
        r = parse(["-v", "a.o"])
        XCTAssertEqual(r.action, .link)
        XCTAssertTrue(r.printVersion)
        r = parse(["-V", "-lc"])
        XCTAssertEqual(r.action, .version)
        if FileManager.default.isExecutableFile(atPath: Self.wasmLd) {
            let real = try run(Self.wasmLd, ["--version"], cwd: "/")
            XCTAssertTrue(real.stdout.hasPrefix(LinkerOptions.lldVersionPrefix + " "))
        }
    }

    func testReportAppliesLimitsAfterParseErrors() {
        var lines: [String] = []
        let diags = Diagnostics(toolName: "r2r-ld") { lines.append($0) }
        let r = parse(["--a1", "--a2", "--a3", "--error-limit=1", "--fatal-warnings", "-z", "x"])
        XCTAssertFalse(r.report(to: diags))
        XCTAssertEqual(lines, ["r2r-ld: error: unknown argument: --a1", "r2r-ld: error: unknown argument: --a2",
                               "r2r-ld: error: unknown argument: --a3"])
        XCTAssertEqual(diags.errorLimit, 1)
        XCTAssertTrue(diags.fatalWarnings)
    }

    func testXXH3KnownValue() {
        XCTAssertEqual(XXH3.hash64([]), 0x2D06_8005_38D3_94C2)
        XCTAssertEqual(LLVMStringSet.iterationOrder(inserting: ["a", "b", "a"]).sorted(), ["a", "b"])
    }

    /// lld extracts archive members for --export in StringSet order; with one
    /// function per member, the output's function order shows that order.
    func testExportExtractionOrderMatchesWasmLd() throws {
        try requireWasmLd()
        guard FileManager.default.isExecutableFile(atPath: Self.clang) else { throw XCTSkip("no clang") }
        let ar = "/opt/swift/usr/bin/llvm-ar", objdump = "/opt/swift/usr/bin/llvm-objdump"
        guard FileManager.default.isExecutableFile(atPath: ar), FileManager.default.isExecutableFile(atPath: objdump) else {
            throw XCTSkip("no llvm-ar/llvm-objdump")
        }
        let dir = try tempDir()
        // Names of every length class of XXH3 (0-16, 17-128, 129-240, longer), enough to grow the table twice.
        var names: [String] = ["a", "bc", "def", "ghij", "klmnopq", "rstuvwxy", "z12345678", "abcdefghijklmnop"]
        for k in 0..<22 { names.append("sym_\(k)_" + String(repeating: "x", count: (k * 13) % 120)) }
        names += [String(repeating: "m", count: 150), String(repeating: "n", count: 240),
                  String(repeating: "o", count: 241), String(repeating: "p", count: 1500), String(repeating: "q", count: 3000)]
        var sources: [String] = []
        for (k, name) in names.enumerated() {
            try write("int \(name)(void) { return \(k); }\n", to: dir + "/m\(k).c")
            sources.append("m\(k).c")
        }
        try run(Self.clang, ["--target=wasm32", "-c"] + sources, cwd: dir)
        try run(ar, ["rcs", "lib.a"] + sources.map { $0.replacingOccurrences(of: ".c", with: ".o") }, cwd: dir)
        // Exports in a scrambled order, some via --export-if-defined.
        var args = ["--no-entry", "-o", "out.wasm"]
        for (k, name) in names.enumerated().reversed() { args.append(k % 3 == 0 ? "--export-if-defined=" + name : "--export=" + name) }
        args.append("lib.a")
        let link = try run(Self.wasmLd, args, cwd: dir)
        XCTAssertEqual(link.status, 0, link.stderr)
        let dump = try run(objdump, ["-d", "out.wasm"], cwd: dir).stdout
        let order = dump.split(separator: "\n").compactMap { line -> String? in
            guard line.hasSuffix(">:"), let open = line.firstIndex(of: "<") else { return nil }
            let name = String(line[line.index(after: open)..<line.index(line.endIndex, offsetBy: -2)])
            return names.contains(name) ? name : nil
        }
        XCTAssertEqual(order.count, names.count)
        XCTAssertEqual(parse(args).options.exportedSymbolsInLLDOrder, order)
    }

    func testHelpers() {
        XCTAssertEqual(LinkerOptions.symbolListLines("  a \n#c\n\n\tb\r\n"), ["a", "b"])
        XCTAssertEqual(LinkerOptions.importsFilePath(forArchive: "/x/libc.a"), "/x/libc.imports")
        XCTAssertEqual(LinkerOptions.importsFilePath(forArchive: "dir.d/lib"), "dir.d/lib.imports")
    }
}
