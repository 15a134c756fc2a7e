import XCTest
import ECMA335

final class MethodBodyTests: XCTestCase {
    // Bodies mcs (Mono C# compiler, -optimize+) wrote for this class, at these file offsets:
    //
    //     public static class Sample {
    //         public static int Add(int a, int b) { return a + b; }
    //         public static int Guarded(int x) {
    //             try { x = checked(x * 3); }
    //             catch (OverflowException) { x = -1; }
    //             catch (Exception e) when (e.Message != null) { x = -2; }
    //             finally { Console.WriteLine("done"); }
    //             return x;
    //         }
    //         public static string Pick(int k) {
    //             switch (k) {
    //                 case 0: return "zero"; case 1: return "one"; case 2: return "two";
    //                 default: return 1.5.ToString();
    //             }
    //         }
    //     }

    /// `Add`, at 0x250: a tiny header.
    static let addBody: [UInt8] = [0x12, 0x02, 0x03, 0x58, 0x2A]

    /// `Guarded`, at 0x258: a fat header, one byte of padding, a small EH section of three clauses.
    static let guardedBody: [UInt8] = [
        0x1B, 0x30, 0x02, 0x00, 0x47, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x11, 0x02, 0x19, 0xD8, 0x10,
        0x00, 0xDD, 0x3B, 0x00, 0x00, 0x00, 0x26, 0x15, 0x10, 0x00, 0xDD, 0x32, 0x00, 0x00, 0x00, 0x75,
        0x02, 0x00, 0x00, 0x01, 0x0A, 0x06, 0x2D, 0x06, 0x16, 0x38, 0x0C, 0x00, 0x00, 0x00, 0x06, 0x6F,
        0x01, 0x00, 0x00, 0x0A, 0x14, 0xFE, 0x01, 0x16, 0xFE, 0x01, 0xFE, 0x11, 0x26, 0x1F, 0xFE, 0x10,
        0x00, 0xDD, 0x0B, 0x00, 0x00, 0x00, 0x72, 0x01, 0x00, 0x00, 0x70, 0x28, 0x02, 0x00, 0x00, 0x0A,
        0xDC, 0x02, 0x2A, 0x00, 0x01, 0x28, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x0A, 0x00, 0x09,
        0x01, 0x00, 0x00, 0x01, 0x01, 0x00, 0x00, 0x00, 0x0A, 0x30, 0x00, 0x0A, 0x13, 0x00, 0x00, 0x00,
        0x02, 0x00, 0x00, 0x00, 0x3A, 0x3A, 0x00, 0x0B, 0x00, 0x00, 0x00, 0x00,
    ]

    /// `Pick`, at 0x2D4: a fat header without sections; a switch and a `constrained.` call.
    static let pickBody: [UInt8] = [
        0x13, 0x30, 0x01, 0x00, 0x41, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x11, 0x02, 0x45, 0x03, 0x00,
        0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x0B, 0x00, 0x00, 0x00, 0x11, 0x00, 0x00, 0x00, 0x38, 0x12,
        0x00, 0x00, 0x00, 0x72, 0x0B, 0x00, 0x00, 0x70, 0x2A, 0x72, 0x15, 0x00, 0x00, 0x70, 0x2A, 0x72,
        0x1D, 0x00, 0x00, 0x70, 0x2A, 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xF8, 0x3F, 0x0A, 0x12,
        0x00, 0xFE, 0x16, 0x04, 0x00, 0x00, 0x01, 0x6F, 0x03, 0x00, 0x00, 0x0A, 0x2A,
    ]

    /// `body` at file offset `at` of a file that ends with it.
    static func file(_ body: [UInt8], at: Int) -> [UInt8] {
        [UInt8](repeating: 0xCC, count: at) + body
    }

    func testTinyHeader() throws {
        let bytes = Self.file(Self.addBody, at: 0x250)
        let body = try MethodBody(at: ByteCursor(bytes, range: 0x250..<bytes.count))
        XCTAssertEqual(body, MethodBody(headerOffset: 0x250, codeRange: 0x251..<0x255, maxStack: 8, localVarSigToken: nil,
                                        initLocals: false, isTiny: true, exceptionClauses: []))
        XCTAssertEqual(try body.instructions(in: bytes).map(\.opcode), [.ldarg0, .ldarg1, .add, .ret])
    }

    func testFatHeaderWithSmallExceptionSection() throws {
        let bytes = Self.file(Self.guardedBody, at: 0x258)
        let body = try MethodBody(at: ByteCursor(bytes, range: 0x258..<bytes.count))
        XCTAssertEqual(body, MethodBody(
            headerOffset: 0x258, codeRange: 0x264..<0x2AB, maxStack: 2,
            localVarSigToken: MetadataToken(.standAloneSig, row: 1), initLocals: true, isTiny: false,
            exceptionClauses: [
                ExceptionClause(kind: .catch(MetadataToken(.typeRef, row: 1)), tryRange: 0..<0x0A,
                                handlerRange: 0x0A..<0x13, fileOffset: 0x2B0),
                ExceptionClause(kind: .filter(0x13), tryRange: 0..<0x0A, handlerRange: 0x30..<0x3A, fileOffset: 0x2BC),
                ExceptionClause(kind: .finally, tryRange: 0..<0x3A, handlerRange: 0x3A..<0x45, fileOffset: 0x2C8),
            ]))
        let text = try body.instructions(in: bytes).map(CILDecoderTests.printer.line).joined(separator: "\n")
        XCTAssertEqual(text, """
            IL_0000:  ldarg.0
            IL_0001:  ldc.i4.3
            IL_0002:  mul.ovf
            IL_0003:  starg.s 0
            IL_0005:  leave IL_0045
            IL_000a:  pop
            IL_000b:  ldc.i4.m1
            IL_000c:  starg.s 0
            IL_000e:  leave IL_0045
            IL_0013:  isinst 0x01000002
            IL_0018:  stloc.0
            IL_0019:  ldloc.0
            IL_001a:  brtrue.s IL_0022
            IL_001c:  ldc.i4.0
            IL_001d:  br IL_002e
            IL_0022:  ldloc.0
            IL_0023:  callvirt Member1
            IL_0028:  ldnull
            IL_0029:  ceq
            IL_002b:  ldc.i4.0
            IL_002c:  ceq
            IL_002e:  endfilter
            IL_0030:  pop
            IL_0031:  ldc.i4.s -2
            IL_0033:  starg.s 0
            IL_0035:  leave IL_0045
            IL_003a:  ldstr "done"
            IL_003f:  call Member2
            IL_0044:  endfinally
            IL_0045:  ldarg.0
            IL_0046:  ret
            """)
    }

    func testFatHeaderWithoutSections() throws {
        let bytes = Self.file(Self.pickBody, at: 0x2D4)
        let body = try MethodBody(at: ByteCursor(bytes, range: 0x2D4..<bytes.count))
        XCTAssertEqual(body, MethodBody(headerOffset: 0x2D4, codeRange: 0x2E0..<0x321, maxStack: 1,
                                        localVarSigToken: MetadataToken(raw: 0x1100_0002), initLocals: true,
                                        isTiny: false, exceptionClauses: []))
        XCTAssertEqual(try body.instructions(in: bytes).count, 15)
    }

    /// A fat header (MoreSects, no locals, max stack 16) at 0x40, then a small EH section holding a
    /// fault clause and chaining (MoreSects) to a fat section holding a finally and a catch clause:
    ///
    ///     IL_0000: nop
    ///     IL_0001: leave.s IL_0006
    ///     IL_0003: endfinally   // fault handler
    ///     IL_0004: endfinally   // finally handler
    ///     IL_0005: nop          // catch handler
    ///     IL_0006: ret
    static let chained: [UInt8] = file([
        0x0B, 0x30, 0x10, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // 0x40 header
        0x00, 0xDE, 0x03, 0xDC, 0xDC, 0x00, 0x2A, 0x00, // 0x4C code, padding
        0x81, 0x10, 0x00, 0x00, // 0x54 small section, more follow
        0x04, 0x00, 0x00, 0x00, 0x03, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // 0x58 fault
        0x41, 0x34, 0x00, 0x00, // 0x64 fat section, last
        0x02, 0, 0, 0, 0x00, 0, 0, 0, 0x03, 0, 0, 0, 0x04, 0, 0, 0, 0x01, 0, 0, 0, 0x00, 0, 0, 0, // 0x68 finally
        0x00, 0, 0, 0, 0x00, 0, 0, 0, 0x03, 0, 0, 0, 0x05, 0, 0, 0, 0x01, 0, 0, 0, 0x03, 0, 0, 0x1B, // 0x80 catch
    ], at: 0x40)

    func testChainedSmallAndFatSectionsWithEveryClauseKind() throws {
        let body = try MethodBody(at: ByteCursor(Self.chained, range: 0x40..<Self.chained.count))
        XCTAssertEqual(body, MethodBody(
            headerOffset: 0x40, codeRange: 0x4C..<0x53, maxStack: 16, localVarSigToken: nil, initLocals: false,
            isTiny: false, exceptionClauses: [
                ExceptionClause(kind: .fault, tryRange: 0..<3, handlerRange: 3..<4, fileOffset: 0x58),
                ExceptionClause(kind: .finally, tryRange: 0..<3, handlerRange: 4..<5, fileOffset: 0x68),
                ExceptionClause(kind: .catch(MetadataToken(raw: 0x1B00_0003)), tryRange: 0..<3, handlerRange: 5..<6,
                                fileOffset: 0x80),
            ]))
        XCTAssertEqual(try body.instructions(in: Self.chained).count, 6)
    }

    // MARK: - Errors

    /// Parses (and decodes) the body at `at` of `bytes`; the error as `message @0xoffset`.
    func bodyError(_ bytes: [UInt8], at: Int, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let body = try MethodBody(at: ByteCursor(bytes, range: at..<bytes.count, context: "M::F"))
            _ = try body.instructions(in: bytes, context: "M::F")
            XCTFail("parsed without error", file: file, line: line)
            return ""
        } catch let error as MetadataError {
            XCTAssertEqual(error.context, "M::F", file: file, line: line)
            return "\(error.message) @0x\(String(error.offset, radix: 16))"
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return ""
        }
    }

    /// `chained` with each patch's bytes written from its file offset.
    func chained(_ patches: (Int, [UInt8])...) -> [UInt8] {
        var result = Self.chained
        for (at, bytes) in patches { result.replaceSubrange(at..<(at + bytes.count), with: bytes) }
        return result
    }

    func testHeaderErrors() {
        XCTAssertEqual(bodyError([0xCC, 0x00, 0x2A], at: 1),
                       "method header byte 0x00 is neither tiny (low bits 10) nor fat (11) @0x1")
        XCTAssertEqual(bodyError([0x01, 0x2A], at: 0), "method header byte 0x01 is neither tiny (low bits 10) nor fat (11) @0x0")
        XCTAssertEqual(bodyError([0x02], at: 0), "method body has no code @0x0")
        XCTAssertEqual(bodyError([0x16, 0x00, 0x2A], at: 0), "code of 5 bytes runs past the end of input (2 bytes left) @0x0")
        XCTAssertEqual(bodyError([], at: 0), "unexpected end of input @0x0")
        XCTAssertEqual(bodyError(chained((0x41, [0x20])), at: 0x40), "fat method header size is 2 dwords, not 3 @0x40")
        XCTAssertEqual(bodyError(chained((0x40, [0x4B])), at: 0x40), "fat method header has unknown flags 0x40 @0x40")
        XCTAssertEqual(bodyError(chained((0x48, [1, 0, 0, 0x02])), at: 0x40),
                       "local variable signature token 0x02000001 is not a StandAloneSig @0x48")
        XCTAssertEqual(bodyError(chained((0x48, [0, 0, 0, 0x11])), at: 0x40),
                       "local variable signature token 0x11000000 is not a StandAloneSig @0x48")
        XCTAssertEqual(bodyError(chained((0x44, [0, 0, 0, 0])), at: 0x40), "method body has no code @0x44")
        XCTAssertEqual(bodyError(chained((0x44, [0xFF, 0xFF, 0xFF, 0xFF])), at: 0x40),
                       "code of 4294967295 bytes runs past the end of input (76 bytes left) @0x44")
        XCTAssertEqual(bodyError(Array(Self.chained[..<0x4A]), at: 0x40), "unexpected end of input @0x48")
    }

    func testSectionErrors() {
        XCTAssertEqual(bodyError(chained((0x54, [0x83])), at: 0x40), "OptILTable data sections are not supported @0x54")
        XCTAssertEqual(bodyError(chained((0x54, [0x80])), at: 0x40), "data section kind 0x80 is not an exception table @0x54")
        XCTAssertEqual(bodyError(chained((0x54, [0x91])), at: 0x40), "data section kind 0x91 is not an exception table @0x54")
        XCTAssertEqual(bodyError(chained((0x55, [0x0C])), at: 0x40),
                       "small exception table data size 12 is not 4 + 12 × the clause count @0x55")
        XCTAssertEqual(bodyError(chained((0x55, [0x02])), at: 0x40),
                       "small exception table data size 2 is not 4 + 12 × the clause count @0x55")
        XCTAssertEqual(bodyError(chained((0x65, [0x30])), at: 0x40),
                       "fat exception table data size 48 is not 4 + 24 × the clause count @0x65")
        XCTAssertEqual(bodyError(chained((0x65, [0x4C])), at: 0x40),
                       "3 exception clauses of 24 bytes run past the end of input (48 bytes left) @0x68")
        // The last section claims more follow.
        XCTAssertEqual(bodyError(chained((0x64, [0xC1])), at: 0x40), "unexpected end of input @0x98")
        // MoreSects with nothing after the code at all.
        XCTAssertEqual(bodyError(Array(Self.chained[..<0x53]), at: 0x40), "data section after the code runs past the end of input @0x53")
    }

    func testClauseErrors() {
        XCTAssertEqual(bodyError(chained((0x58, [0x03])), at: 0x40),
                       "exception clause 0: flags 0x3 are not catch (0), filter (1), finally (2) or fault (4) @0x58")
        XCTAssertEqual(bodyError(chained((0x68, [0x08])), at: 0x40),
                       "exception clause 1: flags 0x8 are not catch (0), filter (1), finally (2) or fault (4) @0x68")
        XCTAssertEqual(bodyError(chained((0x5C, [0x09])), at: 0x40),
                       "exception clause 0: try block IL_0000..<IL_0009 runs past the end of the code (7 bytes) @0x5a")
        XCTAssertEqual(bodyError(chained((0x5F, [0x00])), at: 0x40), "exception clause 0: handler at IL_0003 is empty @0x5d")
        XCTAssertEqual(bodyError(chained((0x74, [0xFF, 0xFF, 0xFF, 0xFF])), at: 0x40),
                       "exception clause 1: handler IL_ffffffff..<IL_100000000 runs past the end of the code (7 bytes) @0x74")
        XCTAssertEqual(bodyError(chained((0x94, [1, 0, 0, 0x06])), at: 0x40),
                       "exception clause 2: catch type 0x06000001 is not a TypeDef, TypeRef or TypeSpec @0x94")
        XCTAssertEqual(bodyError(chained((0x94, [0, 0, 0, 0x01])), at: 0x40),
                       "exception clause 2: catch type 0x01000000 is not a TypeDef, TypeRef or TypeSpec @0x94")
        // A filter clause whose filter block would start after its handler.
        XCTAssertEqual(bodyError(chained((0x80, [1, 0, 0, 0])), at: 0x40),
                       "exception clause 2: filter at IL_1b000003 does not precede its handler at IL_0005 @0x94")
    }

    func testClauseBoundaryErrors() {
        // The try block ends inside leave.s.
        XCTAssertEqual(bodyError(chained((0x5C, [0x02])), at: 0x40),
                       "IL_0002: exception clause 0 try block end is not an instruction boundary @0x58")
        // The catch handler starts in the middle of leave.s.
        XCTAssertEqual(bodyError(chained((0x8C, [0x02])), at: 0x40),
                       "IL_0002: exception clause 2 handler start is not an instruction boundary @0x80")
        // A filter clause whose filter block starts inside leave.s.
        XCTAssertEqual(bodyError(chained((0x80, [1]), (0x94, [2, 0, 0, 0])), at: 0x40),
                       "IL_0002: exception clause 2 filter start is not an instruction boundary @0x80")
    }

    /// Every cut of a real body (header, code, padding, EH section) is an error, never a trap.
    func testEveryTruncationOfARealBodyIsAnError() {
        let bytes = Self.file(Self.guardedBody, at: 0x258)
        for end in 0x258..<bytes.count {
            XCTAssertThrowsError(try MethodBody(at: ByteCursor(bytes, range: 0x258..<end)), "end \(end)")
        }
        let pick = Self.file(Self.pickBody, at: 0x2D4)
        for end in 0x2D4..<pick.count {
            XCTAssertThrowsError(try MethodBody(at: ByteCursor(pick, range: 0x2D4..<end)), "end \(end)")
        }
    }
}
