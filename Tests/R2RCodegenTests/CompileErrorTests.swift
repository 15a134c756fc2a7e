import ECMA335
import Foundation
import R2RCodegen
import XCTest

/// What r2r-cc reports for code it cannot compile: the method, the IL offset, the reason.
final class CompileErrorTests: XCTestCase {
    var coreLibrary: String { Tools.packageRoot.appendingPathComponent(".build/runtime/CoreLib.dll").path }

    func compile(_ source: String) throws -> Result<[UInt8], CompileError> {
        guard FileManager.default.fileExists(atPath: coreLibrary) else { throw XCTSkip("Runtime/build has not run") }
        let directory = try scratchDirectory()
        let exe = try Tools.compileCSharp(source, in: directory)
        do {
            return .success(try AssemblyCompiler.compile(inputPath: exe.path, options: .init(coreLibraryPath: coreLibrary)))
        } catch let error as CompileError {
            return .failure(error)
        }
    }

    /// Two entries into one loop (goto into it from outside): rejected, naming the block.
    func testIrreducibleControlFlowIsRejected() throws {
        let result = try compile("""
            class P {
                static int Main(string[] args) {
                    int a = 0, b = 0;
                    if (args.Length > 0) goto second;
                first:
                    a++;
                    if (a > 5) goto done;
                second:
                    b++;
                    goto first;
                done:
                    return a + b;
                }
            }
            """)
        guard case .failure(let error) = result else { return XCTFail("irreducible flow compiled") }
        XCTAssertTrue(error.message.hasPrefix("method P::Main: IL_"), error.message)
        XCTAssertTrue(error.message.hasSuffix(": irreducible control flow is not supported"), error.message)
    }

    /// A member the core library lacks is named, with its signature, in the calling method.
    func testMissingCoreLibraryMemberIsNamed() throws {
        let result = try compile("""
            class P { static void Main() { System.Console.Beep(); } }
            """)
        guard case .failure(let error) = result else { return XCTFail("Console.Beep compiled") }
        XCTAssertEqual(error.message, "method P::Main: IL_0000: System.Console::Beep with signature 'default void ()' "
            + "is not defined in CoreLib")
    }

    /// The same assembly compiles to the same bytes every time.
    func testOutputIsDeterministic() throws {
        let source = """
            struct V { public int A; public double B; }
            class P {
                static V Make(int a) { V v; v.A = a; v.B = a * 0.5; return v; }
                static int Main() { int s = 0; for (int i = 0; i < 10; i++) s += Make(i).A; System.Console.WriteLine(s); return 0; }
            }
            """
        guard case .success(let first) = try compile(source), case .success(let second) = try compile(source) else {
            return XCTFail("did not compile")
        }
        XCTAssertEqual(first.count, second.count)
        XCTAssertTrue(first == second)
    }
}

/// Damaged assemblies given to the compiler: every one is compiled or rejected with an error, never a trap.
final class CompilerMutationTests: XCTestCase {
    func testDamagedAssembliesAreRejectedNotCrashed() throws {
        let coreLibrary = Tools.packageRoot.appendingPathComponent(".build/runtime/CoreLib.dll").path
        guard FileManager.default.fileExists(atPath: coreLibrary) else { throw XCTSkip("Runtime/build has not run") }
        let directory = try scratchDirectory()
        let exe = try Tools.compileCSharp("""
            struct P { public int X; public double Y; }
            class C {
                static int F(int n) { int s = 0; for (int i = 0; i < n; i++) { if (i % 3 == 0) continue; s += i * n; } return s; }
                static P G(P p) { p.X++; p.Y *= 2; return p; }
                static int Main(string[] args) {
                    int[] a = new int[] { 1, 2, 3, 4 };
                    P p = G(new P());
                    System.Console.WriteLine("x" + F(a.Length).ToString() + p.X.ToString());
                    switch (args.Length) { case 0: return 1; case 1: return 2; case 2: return 5; default: return checked(a[0] * 7); }
                }
            }
            """, in: directory)
        let original = [UInt8](try Data(contentsOf: exe))
        var state: UInt64 = 0x5EED_C0DE
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var compiled = 0, rejected = 0
        let mutant = directory.appendingPathComponent("Mutant.exe")
        for round in 0..<2_000 {
            var bytes = original
            if round % 10 == 0 {
                bytes.removeLast(1 + next() % (bytes.count - 1))
            } else {
                for _ in 0..<(1 + next() % 3) { bytes[next() % bytes.count] ^= UInt8(1 + next() % 255) }
            }
            try Data(bytes).write(to: mutant)
            do {
                _ = try AssemblyCompiler.compile(inputPath: mutant.path, options: .init(coreLibraryPath: coreLibrary))
                compiled += 1
            } catch is CompileError {
                rejected += 1
            } catch is MetadataError {
                rejected += 1
            }
        }
        print("compiler mutation: 2000 damaged assemblies, \(compiled) compiled, \(rejected) rejected, 0 crashes")
        XCTAssertEqual(compiled + rejected, 2_000)
    }
}
