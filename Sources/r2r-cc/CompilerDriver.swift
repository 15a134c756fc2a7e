import Foundation
import ECMA335

/// r2r-cc's command line: inspection modes over an assembly.
enum CompilerDriver {
    static let usage = """
        USAGE: r2r-cc --dump-il <assembly>
               r2r-cc --dump-tables <assembly>

        OPTIONS:
          --dump-il       print every method: token, signature, body header, locals, exception
                          clauses and instructions; source lines come from <assembly>.mdb if present
          --dump-tables   print every metadata table row (raw cells) and the names of types,
                          methods and member references
          --help          print this text

        """

    static func main(_ arguments: [String]) -> Int32 {
        var mode: String?
        var inputs: [String] = []
        for argument in arguments {
            switch argument {
            case "--help", "-h":
                print(usage, terminator: "")
                return 0
            case "--dump-il", "--dump-tables":
                mode = argument
            case _ where argument.hasPrefix("-"):
                return fail("unknown argument '\(argument)'")
            default:
                inputs.append(argument)
            }
        }
        guard let mode else { return fail(inputs.isEmpty ? "no input files" : "compiling is not supported yet; use --dump-il or --dump-tables") }
        guard inputs.count == 1, let path = inputs.first else { return fail("\(mode) takes exactly one assembly") }
        do {
            let file = try AssemblyFile(path: path)
            let text = mode == "--dump-il" ? try ILDump.render(file, symbols: try symbols(for: path)) : try TableDump.render(file)
            FileHandle.standardOutput.write(Data(text.utf8))
            return 0
        } catch let error as MetadataError {
            return fail("\(path): \(error)")
        } catch {
            return fail("\(path): \(error)")
        }
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
