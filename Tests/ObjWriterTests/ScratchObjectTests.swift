import Foundation
import XCTest
import ObjWriter

/// Runs a tool and returns its exit status, stdout and stderr.
func runTool(_ path: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// An object written from nothing through `ObjectBuilder` and `InstructionEncoder` is a real
/// relocatable object: wasm-ld 21 links it, llvm-objdump reads its relocations, the result validates and runs.
final class ScratchObjectTests: XCTestCase {
    static func buildObject() -> [UInt8] {
        var object = ObjectBuilder()
        let i32 = ValueType.i32
        let fdWrite = object.importFunction("fd_write", type: FunctionType(params: [i32, i32, i32, i32], results: [i32]),
                                            module: "wasi_snapshot_preview1", importName: "fd_write")
        let procExit = object.importFunction("proc_exit", type: FunctionType(params: [i32], results: []),
                                             module: "wasi_snapshot_preview1", importName: "proc_exit")
        let table = object.importIndirectFunctionTable()
        let message = Array("hello from ObjWriter\n".utf8)
        let messageSymbol = object.defineData("message", segmentName: ".rodata.message", bytes: message,
                                              alignmentLog2: 0, flags: [.local])
        let iovec = object.defineData("iovec", segmentName: ".data.iovec",
                                      bytes: [0, 0, 0, 0, UInt8(message.count), 0, 0, 0], alignmentLog2: 2,
                                      relocations: [Relocation(type: .memoryAddrI32, offset: 0, index: messageSymbol.raw)],
                                      flags: [.local])
        let written = object.defineData("written", segmentName: ".bss.written", bytes: [0, 0, 0, 0], alignmentLog2: 2,
                                        flags: [.local])

        let exitCodeType = FunctionType(params: [], results: [i32])
        var helper = InstructionEncoder()
        helper.i32Const(7)
        helper.emit(.end)
        let exitCode = object.defineFunction("exit_code", type: exitCodeType, body: helper.functionBody(locals: []),
                                             relocations: helper.relocations, flags: [.hidden])

        var start = InstructionEncoder()
        start.i32Const(1)
        start.i32ConstMemoryAddress(symbol: iovec)
        start.i32Const(1)
        start.i32ConstMemoryAddress(symbol: written)
        start.call(functionSymbol: fdWrite)
        start.emit(.drop)
        start.i32ConstTableIndex(functionSymbol: exitCode)
        start.callIndirect(typeIndex: object.typeIndex(of: exitCodeType), tableSymbol: table)
        start.call(functionSymbol: procExit)
        start.emit(.end)
        _ = object.defineFunction("_start", type: FunctionType(params: [], results: []),
                                  body: start.functionBody(locals: []), relocations: start.relocations)
        object.targetFeatures = TargetFeaturesSection(features: [.init(prefix: UInt8(ascii: "+"), name: "call-indirect-overlong")])
        return ModuleWriter.write(object.build())
    }

    func testScratchObjectLinksValidatesAndRuns() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("scratch-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let objectPath = directory.appendingPathComponent("scratch.o").path
        let modulePath = directory.appendingPathComponent("scratch.wasm").path
        let bytes = Self.buildObject()
        try Data(bytes).write(to: URL(fileURLWithPath: objectPath))

        // The object reads back into the same model it was written from.
        XCTAssertEqual(ModuleWriter.write(try ModuleReader.read(bytes)), bytes)

        let relocations = try runTool("/usr/bin/llvm-objdump-14", ["-r", objectPath])
        XCTAssertEqual(relocations.status, 0, relocations.err)
        let lines = relocations.out.split(separator: "\n").map(String.init).filter { $0.hasPrefix("0") }
        XCTAssertEqual(lines.map { $0.split(separator: " ").joined(separator: " ") }, [
            "0000000b R_WASM_MEMORY_ADDR_SLEB iovec+0",
            "00000013 R_WASM_MEMORY_ADDR_SLEB written+0",
            "00000019 R_WASM_FUNCTION_INDEX_LEB fd_write+0",
            "00000020 R_WASM_TABLE_INDEX_SLEB exit_code+0",
            "00000026 R_WASM_TYPE_INDEX_LEB 2+0",
            "0000002b R_WASM_TABLE_NUMBER_LEB __indirect_function_table+0",
            "00000031 R_WASM_FUNCTION_INDEX_LEB proc_exit+0",
            "00000020 R_WASM_MEMORY_ADDR_I32 message+0",
        ])

        let link = try runTool("/opt/swift/usr/bin/wasm-ld", [objectPath, "-o", modulePath])
        XCTAssertEqual(link.status, 0, link.err)
        let validate = try runTool("/usr/local/bin/wasm-tools", ["validate", modulePath])
        XCTAssertEqual(validate.status, 0, validate.err)
        let run = try runTool("/usr/local/bin/wasmtime", [modulePath])
        XCTAssertEqual(run.out, "hello from ObjWriter\n")
        XCTAssertEqual(run.status, 7)
    }
}
