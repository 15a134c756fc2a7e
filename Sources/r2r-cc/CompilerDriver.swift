import Foundation
import ECMA335
import R2RCodegen

/// r2r-cc's command line: compiling an assembly to an object, and inspection modes.
enum CompilerDriver {
    static let usage = """
        USAGE: r2r-cc <assembly> -o <object> [--corelib <CoreLib.dll>] [-L <dir>]...
               r2r-cc --dump-il <assembly>
               r2r-cc --dump-tables <assembly>
               r2r-cc --check [-L <dir>]... <assembly>
               r2r-cc --dump-r2r <object>

        OPTIONS:
          -o <object>     write the relocatable wasm object here
          --corelib <p>   the core library references to mscorlib & co. resolve to
                          (default: <r2r-cc's directory>/../runtime/CoreLib.dll)
          --dump-il       print every method: token, signature, body header, locals, exception
                          clauses and instructions; source lines come from <assembly>.mdb if present
          --dump-tables   print every metadata table row (raw cells) and the names of types,
                          methods and member references
          --check         read the assembly completely (every table row, signature, method body,
                          instruction and custom attribute) and print what was read
          --dump-r2r      print the ReadyToRun images of an r2r-cc object: header, sections with
                          their relocated RVAs, import sections and InjectStringThunks, entry
                          points, available types, manifest assembly refs, the WebCIL header
          -L <dir>        search <dir> for referenced assemblies (after the input's directory)
          --help          print this text

        """

    enum Mode: String {
        case dumpIL = "--dump-il", dumpTables = "--dump-tables", check = "--check", dumpR2R = "--dump-r2r"
    }

    static func main(_ arguments: [String]) -> Int32 {
        var mode: Mode?
        var inputs: [String] = []
        var searchDirectories: [String] = []
        var output: String?
        var coreLibrary: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            switch argument {
            case "--help", "-h":
                print(usage, terminator: "")
                return 0
            case "-L":
                guard index < arguments.count else { return fail("-L needs a directory") }
                searchDirectories.append(arguments[index])
                index += 1
            case "-o", "--corelib":
                guard index < arguments.count else { return fail("\(argument) needs a path") }
                if argument == "-o" { output = arguments[index] } else { coreLibrary = arguments[index] }
                index += 1
            case _ where argument.hasPrefix("-L") && argument.count > 2:
                searchDirectories.append(String(argument.dropFirst(2)))
            case _ where Mode(rawValue: argument) != nil:
                mode = Mode(rawValue: argument)
            case _ where argument.hasPrefix("-"):
                return fail("unknown argument '\(argument)'")
            default:
                inputs.append(argument)
            }
        }
        guard let mode else {
            guard let input = inputs.first, inputs.count == 1 else {
                return fail(inputs.isEmpty ? "no input files" : "one assembly per object: got \(inputs.count) inputs")
            }
            guard let output else { return fail("no output file (-o)") }
            return compile(input, to: output, coreLibrary: coreLibrary ?? defaultCoreLibrary, searchDirectories: searchDirectories)
        }
        guard inputs.count == 1, let path = inputs.first else {
            return fail("\(mode.rawValue) takes exactly one \(mode == .dumpR2R ? "object" : "assembly")")
        }
        do {
            let text: String
            switch mode {
            case .dumpIL: text = try ILDump.render(try AssemblyFile(path: path), symbols: try symbols(for: path))
            case .dumpTables: text = try TableDump.render(try AssemblyFile(path: path))
            case .check: text = try check(path, searchDirectories: searchDirectories)
            case .dumpR2R:
                guard let data = FileManager.default.contents(atPath: path) else { return fail("\(path): cannot read file") }
                text = try R2RDump.render([UInt8](data))
            }
            FileHandle.standardOutput.write(Data(text.utf8))
            return 0
        } catch let error as MetadataError {
            return fail("\(path): \(error)")
        } catch {
            return fail("\(path): \(error)")
        }
    }

    /// `../runtime/CoreLib.dll` beside the executable as invoked, or beside the real file
    /// (SwiftPM's `.build/release` is a symbolic link into `.build/<triple>/release`).
    static var defaultCoreLibrary: String {
        let invoked = CommandLine.arguments[0]
        let real = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? invoked
        let candidates = [(invoked as NSString).deletingLastPathComponent + "/../runtime/CoreLib.dll",
                          (real as NSString).deletingLastPathComponent + "/../../runtime/CoreLib.dll",
                          (real as NSString).deletingLastPathComponent + "/../runtime/CoreLib.dll"]
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }

    /// Compiles, writing through a temporary file so a failure leaves no output behind.
    static func compile(_ input: String, to output: String, coreLibrary: String, searchDirectories: [String]) -> Int32 {
        do {
            let bytes = try AssemblyCompiler.compile(
                inputPath: input, options: .init(coreLibraryPath: coreLibrary, searchDirectories: searchDirectories))
            let temporary = output + ".tmp\(getpid())"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
                return fail("\(output): cannot write the output file")
            }
            guard rename(temporary, output) == 0 else {
                unlink(temporary)
                return fail("\(output): cannot write the output file")
            }
            return 0
        } catch {
            return fail("\(input): \(error)")
        }
    }

    static func check(_ path: String, searchDirectories: [String]) throws -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let resolver = AssemblyResolver(searchDirectories: [directory.isEmpty ? "." : directory] + searchDirectories)
        let id = try resolver.load(path: path)
        let s = try resolver.readCompletely(id)
        return "\(try resolver[id].assemblyName()): \(s.tableRows) table rows, \(s.signatures) signatures, "
            + "\(s.methods) methods, \(s.methodBodies) bodies, \(s.instructions) instructions, "
            + "\(s.exceptionClauses) exception clauses, \(s.customAttributes) custom attributes\n"
    }

    /// The `.mdb` that `mcs -debug` writes beside the assembly, if there is one.
    static func symbols(for path: String) throws -> MonoSymbolFile? {
        guard let data = FileManager.default.contents(atPath: path + ".mdb") else { return nil }
        do { return try MonoSymbolFile(bytes: [UInt8](data)) } catch let error as MetadataError { throw error.within(path + ".mdb") }
    }

    static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("r2r-cc: error: \(message)\n".utf8))
        return 1
    }
}
