import XCTest
import ECMA335

final class LookupTests: XCTestCase {
    func corlib() throws -> (AssemblyResolver, AssemblyID) {
        guard FileManager.default.fileExists(atPath: "/usr/lib/mono/4.5/mscorlib.dll") else { throw XCTSkip("mono is not installed") }
        let resolver = AssemblyResolver(searchDirectories: ["/usr/lib/mono/4.5"])
        return (resolver, try resolver.assembly(named: "mscorlib"))
    }

    /// Sorted-table lookups answer what C# declared: generic parameters, interfaces, nested
    /// types, members, custom attributes and enum underlying types.
    func testLookupsOnCorlibTypes() throws {
        let (resolver, id) = try corlib()
        let file = resolver[id]
        let md = file.metadata
        let list = try resolver.topLevelType(namespace: "System.Collections.Generic", name: "List`1", in: id)
        let listToken = MetadataToken(.typeDef, row: list.typeDefRow)
        XCTAssertEqual(try file.genericParams(of: listToken).map { try md.string(try md.genericParam($0).name.offset) }, ["T"])
        let interfaces = try file.interfaceImpls(ofType: list.typeDefRow).map { row -> String in
            let token = try md.interfaceImpl(row).interface
            return token.table == .typeSpec ? "spec" : try resolver[try resolver.resolveType(token, in: id).assembly]
                .typeDefName(try resolver.resolveType(token, in: id).typeDefRow)
        }
        XCTAssertTrue(interfaces.contains("System.Collections.IList"), "\(interfaces)")
        XCTAssertEqual(interfaces.filter { $0 == "spec" }.count, 5, "IList<T>, ICollection<T>, IEnumerable<T>, IReadOnlyList<T>, IReadOnlyCollection<T>: \(interfaces)")
        let nested = try file.nestedTypes(ofType: list.typeDefRow).map { try file.typeDefName($0) }
        XCTAssertTrue(nested.contains("System.Collections.Generic.List`1/Enumerator"), "\(nested)")
        for row in try file.nestedTypes(ofType: list.typeDefRow) {
            XCTAssertEqual(try file.enclosingType(ofType: row), list.typeDefRow)
        }
        let methods = try file.methodRows(ofType: list.typeDefRow)
        for method in methods { XCTAssertEqual(try file.declaringType(ofMethod: method), list.typeDefRow) }
        XCTAssertTrue(try methods.contains { try md.string(try md.methodDef($0).name.offset) == "Add" })
        for field in try file.fieldRows(ofType: list.typeDefRow) {
            XCTAssertEqual(try file.declaringType(ofField: field), list.typeDefRow)
        }

        let attributeTargets = try resolver.topLevelType(namespace: "System", name: "AttributeTargets", in: id)
        XCTAssertEqual(try resolver.enumUnderlyingType(attributeTargets), .i4)
        let attributes = try file.customAttributes(of: MetadataToken(.typeDef, row: attributeTargets.typeDefRow))
        let attributeNames = try attributes.map { row -> String in
            let ctor = try md.customAttribute(row).constructor
            XCTAssertEqual(ctor.table, .methodDef)
            return try file.typeDefName(try file.declaringType(ofMethod: ctor.row))
        }
        XCTAssertTrue(attributeNames.contains("System.FlagsAttribute"), "\(attributeNames)")
        XCTAssertEqual(try resolver.enumUnderlyingType(serializedName: "System.AttributeTargets, mscorlib, Version=4.0.0.0", in: id), .i4)
        XCTAssertEqual(try resolver.enumUnderlyingType(serializedName: "System.Environment+SpecialFolder", in: id), .i4)
    }

    /// `mcs -platform:x64` writes PE32+; it reads as completely as PE32.
    func testPE32PlusAssemblyReadsCompletely() throws {
        guard let mcs = ExternalTool.tool("mcs") else { throw XCTSkip("mcs is not installed") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pe32plus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        try "class P { static int Main() { return 42; } }".write(to: dir.appendingPathComponent("P.cs"), atomically: true, encoding: .utf8)
        _ = try ExternalTool.run(mcs, ["-platform:x64", "-out:P.exe", "P.cs"], in: dir)
        let resolver = AssemblyResolver(searchDirectories: ["/usr/lib/mono/4.5"])
        let id = try resolver.load(path: dir.appendingPathComponent("P.exe").path)
        XCTAssertTrue(resolver[id].image.isPE32Plus)
        XCTAssertEqual(resolver[id].cliHeader.entryPointToken, MetadataToken(.methodDef, row: 2), "mcs numbers the implicit constructor first")
        let stats = try resolver.readCompletely(id)
        XCTAssertEqual(stats.methods, 2)
        XCTAssertEqual(stats.instructions, 2 + 3)
    }
}
