import ECMA335
import ObjWriter

/// Compiles one assembly to a relocatable wasm object: every method with an IL body, the
/// MethodTables of its types, `M` thunks for every compiled signature, and the R2R image.
public enum AssemblyCompiler {
    public struct Options: Sendable {
        /// The core library (CoreLib.dll) user assemblies' framework references resolve to.
        public var coreLibraryPath: String
        /// More directories to search for referenced assemblies (after the input's own).
        public var searchDirectories: [String]

        public init(coreLibraryPath: String, searchDirectories: [String] = []) {
            self.coreLibraryPath = coreLibraryPath
            self.searchDirectories = searchDirectories
        }
    }

    /// Framework assemblies whose types the core library provides (ARCHITECTURE.md decision 6).
    public static let frameworkAssemblies = ["mscorlib", "System.Runtime", "netstandard", "System.Console",
                                             "System.Private.CoreLib", "System.Runtime.Extensions", "System"]

    /// The object's bytes.
    public static func compile(inputPath: String, options: Options) throws -> [UInt8] {
        let directory = PathComponents(inputPath).directory
        let inputFile: AssemblyFile, coreName: String
        do {
            inputFile = try AssemblyFile(path: inputPath)
            // The assembly that defines System.Object is the core library itself.
            let definesObject = try (1..<(inputFile.metadata.rowCount(.typeDef) + 1)).contains { row in
                try inputFile.typeDefName(row) == "System.Object"
            }
            coreName = definesObject ? try inputFile.assemblyName() : try AssemblyFile(path: options.coreLibraryPath).assemblyName()
        }
        let redirects = Dictionary(uniqueKeysWithValues: frameworkAssemblies.filter { $0 != coreName }.map { ($0, coreName) })
        let resolver = AssemblyResolver(searchDirectories: [directory] + options.searchDirectories, redirects: redirects)
        let input = try resolver.load(path: inputPath)
        let coreLibrary = try resolver[input].assemblyName() == coreName ? input : try resolver.load(path: options.coreLibraryPath)
        let types = TypeSystem(resolver: resolver, coreLibrary: coreLibrary)
        let context = ObjectContext(types: types, assembly: input)
        let file = resolver[input]

        var methods: [(handle: MethodHandle, symbol: SymbolIndex)] = []
        for typeRow in 1..<(file.metadata.rowCount(.typeDef) + 1) {
            guard try file.genericParams(of: MetadataToken(.typeDef, row: typeRow)).isEmpty else { continue }
            // Row 1 is the module's pseudo-type <Module>: every assembly has one, it has no instances.
            do {
                if typeRow > 1 { try context.defineTypeSymbols(typeRow) }
            } catch let error as CompileError {
                throw CompileError("type \((try? file.typeDefName(typeRow)) ?? "row \(typeRow)"): \(error.message)", offset: error.offset)
            }
            for methodRow in try file.methodRows(ofType: typeRow) {
                guard try file.genericParams(of: MetadataToken(.methodDef, row: methodRow)).isEmpty,
                      try file.methodBody(ofMethod: methodRow) != nil else { continue }
                let handle = MethodHandle(assembly: input, row: methodRow)
                methods.append((handle, try named(file, methodRow) { try context.methodSymbol(handle) }))
            }
        }
        var signatures: [String: FunctionType] = [:]
        for (handle, symbol) in methods {
            try named(file, handle.row) {
                guard let body = try file.methodBody(ofMethod: handle.row) else { return }
                var compiler = try MethodCompiler(context: context, method: handle, body: body)
                let compiled = try compiler.compile()
                context.builder.setFunctionBody(symbol, body: compiled.body, relocations: compiled.relocations)
                signatures[compiler.signature.signatureString] = compiler.signature.wasmType
            }
        }
        let thunks = try signatures.sorted { $0.key < $1.key }.map { signature, type in
            R2RImage.Thunk(key: SymbolNames.thunk(signature),
                           function: try ThunkEmitter.define(signature: signature, managedType: type, in: context))
        }
        try R2RImage.emit(into: &context.builder, assembly: file,
                          methods: methods.map { R2RImage.Method(methodDefRow: $0.handle.row, function: $0.symbol) },
                          thunks: thunks)
        context.builder.includesFunctionNames = true
        context.builder.producers = ProducersSection(fields: [
            .init(name: "language", values: [("CIL", "")]),
            .init(name: "processed-by", values: [("r2r-cc", R2RImage.defaultCompilerIdentifier.replacingOccurrences(of: "r2r-cc ", with: ""))]),
        ])
        context.builder.targetFeatures = TargetFeaturesSection(features: ["bulk-memory", "exception-handling", "mutable-globals", "nontrapping-fptoint", "sign-ext"]
            .map { TargetFeaturesSection.Feature(prefix: 0x2B, name: $0) })
        return ModuleWriter.write(context.builder.build())
    }

    /// Runs `body`, naming the method in any error it throws.
    private static func named<T>(_ file: AssemblyFile, _ row: UInt32, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CompileError {
            throw CompileError("method \((try? file.methodDisplayName(row)) ?? "row \(row)"): \(error.message)", offset: error.offset)
        } catch let error as MetadataError {
            throw CompileError("method \((try? file.methodDisplayName(row)) ?? "row \(row)"): \(CompileError(error).message)",
                               offset: error.offset)
        }
    }
}

/// The directory part of a path, without Foundation.
struct PathComponents {
    let path: String
    init(_ path: String) { self.path = path }
    var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
