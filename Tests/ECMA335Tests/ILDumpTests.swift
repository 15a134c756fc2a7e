import XCTest
import ECMA335

final class ILDumpTests: XCTestCase {
    static let program = """
        using System;
        class Program {
            static int Square(int x) {
                return x * x;
            }
            static int Main(string[] args) {
                try {
                    Console.WriteLine("Hello " + Square(args.Length + 3));
                } catch (Exception e) {
                    Console.WriteLine(e.Message);
                }
                return 0;
            }
        }
        """

    /// The whole listing of a program mcs compiled, source positions from its .mdb included.
    func testListingOfACompiledProgram() throws {
        let compiled = try compile(["Hello.cs": Self.program])
        let file = try AssemblyFile(path: compiled.exe.path)
        let listing = try ILDump.render(file, symbols: try MonoSymbolFile(bytes: compiled.mdb))
            .replacingOccurrences(of: compiled.dir.path + "/", with: "")
        XCTAssertEqual(listing, """
            .assembly Test
            .entrypoint 0x06000003

            .class <Module>
            {
            }

            .class Program extends [mscorlib]System.Object
            {
              .method 0x06000001 instance void .ctor()
              {
                // tiny header at 592, code size 7
                .maxstack 8
                IL_0000:  ldarg.0
                IL_0001:  call instance void [mscorlib]System.Object::.ctor()
                IL_0006:  ret
              }
              .method 0x06000002 static int32 Square(int32)
              {
                // fat header at 600, code size 12
                .maxstack 2
                .locals init (int32)
                // Hello.cs:3:30
                IL_0000:  nop
                // Hello.cs:4:9
                IL_0001:  ldarg.0
                IL_0002:  ldarg.0
                IL_0003:  mul
                IL_0004:  stloc.0
                IL_0005:  br IL_000a
                // Hello.cs:5:5
                IL_000a:  ldloc.0
                IL_000b:  ret
              }
              .method 0x06000003 static int32 Main(string[])
              {
                // fat header at 624, code size 66
                .maxstack 3
                .locals init (class [mscorlib]System.Exception, int32)
                .try IL_0001 to IL_0026 catch [mscorlib]System.Exception handler IL_0026 to IL_0039
                // Hello.cs:6:36
                IL_0000:  nop
                // Hello.cs:7:13
                IL_0001:  nop
                // Hello.cs:8:13
                IL_0002:  ldstr "Hello "
                IL_0007:  ldarg.0
                IL_0008:  ldlen
                IL_0009:  conv.i4
                IL_000a:  ldc.i4.3
                IL_000b:  add
                // Hello.cs:8:42
                IL_000c:  call int32 Program::Square(int32)
                IL_0011:  box [mscorlib]System.Int32
                IL_0016:  call string [mscorlib]System.String::Concat(object, object)
                // Hello.cs:8:21
                IL_001b:  call void [mscorlib]System.Console::WriteLine(string)
                // Hello.cs:9:9
                IL_0020:  nop
                // Hello.cs:9:11
                IL_0021:  leave IL_0039
                IL_0026:  stloc.0
                // Hello.cs:9:31
                IL_0027:  nop
                // Hello.cs:10:13
                IL_0028:  ldloc.0
                // Hello.cs:10:33
                IL_0029:  callvirt instance string [mscorlib]System.Exception::get_Message()
                // Hello.cs:10:21
                IL_002e:  call void [mscorlib]System.Console::WriteLine(string)
                // Hello.cs:11:9
                IL_0033:  nop
                IL_0034:  leave IL_0039
                // Hello.cs:12:9
                IL_0039:  ldc.i4.0
                IL_003a:  stloc.1
                IL_003b:  br IL_0040
                // Hello.cs:13:5
                IL_0040:  ldloc.1
                IL_0041:  ret
              }
            }

            """)
    }

    /// A bad token operand is an error naming the method and the offset, not a placeholder.
    func testBadOperandTokenIsAnError() throws {
        let compiled = try compile(["Hello.cs": Self.program])
        var bytes = [UInt8](try Data(contentsOf: compiled.exe))
        let file = try AssemblyFile(bytes: bytes)
        let body = try XCTUnwrap(try file.methodBody(ofMethod: 3))
        // IL_000c: call 0x06000002 → MethodDef row 0x77 (out of range).
        let operand = body.codeRange.lowerBound + 0x0c + 1
        XCTAssertEqual(Array(bytes[operand..<(operand + 4)]), [0x02, 0x00, 0x00, 0x06])
        bytes[operand] = 0x77
        XCTAssertThrowsError(try ILDump.render(try AssemblyFile(bytes: bytes))) { error in
            XCTAssertEqual("\(error)", "method Program::Main: IL: IL_000c: token 0x06000077 is out of range "
                + "(MethodDef has 3 rows) (offset \(operand))")
        }
    }
}
