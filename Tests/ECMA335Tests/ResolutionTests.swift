import XCTest
import ECMA335

final class ResolutionTests: XCTestCase {
    /// Every TypeRef of every corpus assembly resolves to a TypeDef whose name matches, unless
    /// it points into an assembly this machine does not have.
    func testEveryCorpusTypeRefResolves() throws {
        let paths = MonoCorpus.assemblies
        guard !paths.isEmpty else { throw XCTSkip("mono is not installed") }
        let resolver = AssemblyResolver(searchDirectories: ["/usr/lib/mono/4.5"])
        var resolved = 0, total = 0, missingAssembly: Set<String> = []
        for path in paths {
            let id = try resolver.load(path: path)
            let file = resolver[id]
            for row in 1..<(file.metadata.rowCount(.typeRef) + 1) {
                total += 1
                do {
                    let target = try resolver.resolveType(MetadataToken(.typeRef, row: row), in: id)
                    XCTAssertEqual(try resolver[target.assembly].typeDefName(target.typeDefRow), try file.typeRefName(row))
                    resolved += 1
                } catch let error as MetadataError where error.message.hasPrefix("cannot find assembly") {
                    missingAssembly.insert(error.message)
                }
            }
        }
        print("resolution: \(resolved) type references resolved; absent: \(missingAssembly.sorted())")
        // mono's class library only references itself, so nothing may be left unresolved.
        XCTAssertEqual(missingAssembly, [])
        XCTAssertEqual(resolved, total)
    }

    func testForwardedAndMissingTypesReportClearly() throws {
        guard FileManager.default.fileExists(atPath: "/usr/lib/mono/4.5/mscorlib.dll") else { throw XCTSkip("mono is not installed") }
        let resolver = AssemblyResolver(searchDirectories: ["/usr/lib/mono/4.5"])
        let corlib = try resolver.assembly(named: "mscorlib")
        let object = try resolver.topLevelType(namespace: "System", name: "Object", in: corlib)
        XCTAssertEqual(try resolver[corlib].typeDefName(object.typeDefRow), "System.Object")
        XCTAssertThrowsError(try resolver.topLevelType(namespace: "System", name: "NoSuchType", in: corlib)) { error in
            XCTAssertEqual("\(error)", "type System.NoSuchType is not defined in mscorlib (offset 0)")
        }
        let redirected = AssemblyResolver(searchDirectories: ["/usr/lib/mono/4.5"], redirects: ["System.Runtime": "mscorlib"])
        XCTAssertEqual(try redirected.assembly(named: "System.Runtime"), try redirected.assembly(named: "mscorlib"))
    }
}
