import XCTest
import ObjWriter

/// Exception tags in objects: a defined tag goes in the tag section, an undefined one is a tag
/// import; `throw` and `try_table` catch clauses name them with R_WASM_TAG_INDEX_LEB, and the
/// placeholders hold the final tag indices so the object validates on its own.
final class ObjectBuilderTagTests: XCTestCase {
    private func thrower(_ object: inout ObjectBuilder, tag: SymbolIndex) -> SymbolIndex {
        var code = InstructionEncoder()
        code.emit(.block, blockType: .value(.i32))
        code.tryTable(catches: [(kind: .catch, tagSymbol: tag, label: 0)])
        code.i32Const(7)
        code.throw(tagSymbol: tag)
        code.emit(.end)
        code.emit(.unreachable)
        code.emit(.end)
        code.emit(.drop)
        code.emit(.end)
        return object.defineFunction("thrower", type: FunctionType(params: [], results: []),
                                     body: code.functionBody(locals: []), relocations: code.relocations)
    }

    func testDefinedTagIsInTheTagSectionAndRelocated() throws {
        var object = ObjectBuilder()
        let tag = object.defineTag("__r2r_exception_tag", type: FunctionType(params: [.i32], results: []))
        _ = thrower(&object, tag: tag)
        let module = try ModuleReader.read(ModuleWriter.write(object.build()))
        var tags: [TagType] = []
        for case .tag(let list) in module.sections { tags = list }
        XCTAssertEqual(tags, [TagType(typeIndex: 0)])
        XCTAssertEqual(module.types[0], FunctionType(params: [.i32], results: []))
        let symbol = try XCTUnwrap(module.linking?.symbols.first)
        XCTAssertEqual(symbol.kind, .tag)
        XCTAssertEqual(symbol.name, "__r2r_exception_tag")
        XCTAssertEqual(symbol.index, 0)
        var relocations: [Relocation] = []
        for case .relocation(let section) in module.sections { relocations += section.entries }
        // The catch clause's tag, then the throw's: both at padded LEBs holding index 0.
        XCTAssertEqual(relocations.map(\.type), [.tagIndexLEB, .tagIndexLEB])
        XCTAssertEqual(relocations.map(\.index), [0, 0])
    }

    func testImportedTagIsATagImportWithItsIndexInThePlaceholders() throws {
        var object = ObjectBuilder()
        _ = object.importFunction("f", type: FunctionType(params: [], results: []))
        _ = object.importTag("other_tag", type: FunctionType(params: [.i64], results: []))
        let tag = object.importTag("__r2r_exception_tag", type: FunctionType(params: [.i32], results: []))
        _ = thrower(&object, tag: tag)
        let bytes = ModuleWriter.write(object.build())
        let module = try ModuleReader.read(bytes)
        let tagImports = module.imports.filter { if case .tag = $0.descriptor { return true } else { return false } }
        XCTAssertEqual(tagImports.map(\.field), ["other_tag", "__r2r_exception_tag"])
        let symbols = try XCTUnwrap(module.linking?.symbols.filter { $0.kind == .tag })
        XCTAssertEqual(symbols.map(\.index), [0, 1])
        XCTAssertTrue(symbols.allSatisfy { $0.flags.contains(.undefined) })
        // try_table (0x1F) with an empty block type (0x40) and one clause: catch (0x00), tag
        // index 1 as a 5-byte LEB, label 0.
        let pattern: [UInt8] = [0x1F, 0x40, 0x01, 0x00, 0x81, 0x80, 0x80, 0x80, 0x00, 0x00]
        XCTAssertNotNil(bytes.indices.first { bytes[$0...].starts(with: pattern) })
    }
}
