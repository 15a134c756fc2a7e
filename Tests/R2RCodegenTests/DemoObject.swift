import ECMA335
import Foundation
import ObjWriter
import R2RCodegen
import XCTest

/// The object the R2RImage tests examine: an mcs-compiled program whose methods are fake
/// functions (`unreachable` bodies), as the code generator would define them, plus two
/// `M` thunks, and the R2R image of it.
struct DemoObject {
    var assembly: AssemblyFile
    var bytes: [UInt8]
    var symbols: R2RImage.Symbols

    /// Compiles `DemoProgram.source`, defines a function per method except `Helper::Unused`
    /// (not every method need be compiled), and emits the image.
    static func build(in directory: URL) throws -> DemoObject {
        let exe = try Tools.compileCSharp(DemoProgram.source, in: directory)
        let assembly = try AssemblyFile(path: exe.path)
        var object = ObjectBuilder()
        var methods: [R2RImage.Method] = []
        let managed = FunctionType(params: [.i32, .i32], results: [.i32])
        for row in 1..<(assembly.metadata.rowCount(.methodDef) + 1) {
            let name = try assembly.metadata.string(try assembly.metadata.methodDef(row).name.offset)
            let type = try assembly.typeDefName(try assembly.declaringType(ofMethod: row))
            guard name != "Unused" else { continue }
            let function = object.defineFunction("\(type)::\(name)", type: managed,
                                                 body: FunctionBody(locals: [], code: [0x00, 0x0B]), relocations: [])
            methods.append(R2RImage.Method(methodDefRow: row, function: function))
        }
        let thunkType = FunctionType(params: [.i32, .i32, .i32], results: [])
        let thunks = ["Miip", "Mvp"].map { key in
            R2RImage.Thunk(key: key, function: object.defineFunction(key, type: thunkType,
                                                                      body: FunctionBody(locals: [], code: [0x00, 0x0B]),
                                                                      relocations: []))
        }
        // Reversed, to show the order given does not matter.
        let symbols = try R2RImage.emit(into: &object, assembly: assembly, methods: methods.reversed(),
                                        thunks: thunks.reversed())
        return DemoObject(assembly: assembly, bytes: ModuleWriter.write(object.build()), symbols: symbols)
    }
}
