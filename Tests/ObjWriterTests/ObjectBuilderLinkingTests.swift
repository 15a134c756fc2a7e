import XCTest
import ObjWriter

/// The linking section `ObjectBuilder` writes has LLVM's subsection order.
final class ObjectBuilderLinkingTests: XCTestCase {
    func testSymbolTableComesBeforeSegmentInfoAndInitFunctions() throws {
        var object = ObjectBuilder()
        _ = object.defineData("x", segmentName: ".data.x", bytes: [1, 0, 0, 0], alignmentLog2: 2)
        var code = InstructionEncoder()
        code.emit(.end)
        let constructor = object.defineFunction("f", type: FunctionType(params: [], results: []),
                                                body: code.functionBody(locals: []), relocations: [])
        object.addInitFunction(constructor, priority: 200)
        let linking = try XCTUnwrap(try ModuleReader.read(ModuleWriter.write(object.build())).linking)
        let order: [LinkingSubsectionType] = linking.subsections.compactMap {
            switch $0 {
            case .symbolTable: .symbolTable
            case .segmentInfo: .segmentInfo
            case .initFuncs: .initFuncs
            case .comdatInfo: .comdatInfo
            case .unknown: nil
            }
        }
        XCTAssertEqual(order, [.symbolTable, .segmentInfo, .initFuncs])
    }
}
