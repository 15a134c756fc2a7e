import XCTest
import ECMA335

final class MetadataTableTests: XCTestCase {
    /// Every table row of every corpus assembly passes cell validation.
    func testEveryCorpusTableValidates() throws {
        let paths = MonoCorpus.assemblies
        guard !paths.isEmpty else { throw XCTSkip("mono is not installed") }
        for path in paths {
            let file = try AssemblyFile(path: path)
            try file.metadata.validateAllTables()
            let rows = TableID.allCases.reduce(0) { $0 + Int(file.metadata.rowCount($1)) }
            print("tables: \((path as NSString).lastPathComponent): \(rows) rows, "
                + "\(file.metadata.rowCount(.typeDef)) types, \(file.metadata.rowCount(.methodDef)) methods")
        }
    }
}
