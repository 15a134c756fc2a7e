import XCTest
import ECMA335

final class CompleteReadTests: XCTestCase {
    /// The acceptance corpus: every assembly under /usr/lib/mono reads completely with zero errors.
    func testEveryCorpusAssemblyReadsCompletely() throws {
        let paths = MonoCorpus.assemblies
        guard !paths.isEmpty else { throw XCTSkip("mono is not installed") }
        let resolver = AssemblyResolver(searchDirectories: ["/usr/lib/mono/4.5"])
        var total = ReadStatistics()
        for path in paths {
            let id = try resolver.load(path: path)
            let stats = try resolver.readCompletely(id)
            print("read: \((path as NSString).lastPathComponent): \(stats.methods) methods, \(stats.methodBodies) bodies, "
                + "\(stats.instructions) instructions, \(stats.exceptionClauses) clauses, \(stats.signatures) signatures, "
                + "\(stats.customAttributes) custom attributes")
            XCTAssertEqual(stats.methods, Int(resolver[id].metadata.rowCount(.methodDef)))
            total.methods += stats.methods
            total.instructions += stats.instructions
        }
        print("read: total \(total.methods) methods, \(total.instructions) instructions")
    }
}
