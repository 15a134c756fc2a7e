import Foundation
import XCTest
import ECMA335

final class CILDecoderTests: XCTestCase {
    // MARK: - The table

    /// Every opcode of ECMA-335 Partition III (6th edition), typed from the spec's opcode.def
    /// independently of `CILOpcodeTable`: encoding, mnemonic, operand column, FLOW column.
    static let specListing = """
        00 nop InlineNone NEXT
        01 break InlineNone BREAK
        02 ldarg.0 InlineNone NEXT
        03 ldarg.1 InlineNone NEXT
        04 ldarg.2 InlineNone NEXT
        05 ldarg.3 InlineNone NEXT
        06 ldloc.0 InlineNone NEXT
        07 ldloc.1 InlineNone NEXT
        08 ldloc.2 InlineNone NEXT
        09 ldloc.3 InlineNone NEXT
        0A stloc.0 InlineNone NEXT
        0B stloc.1 InlineNone NEXT
        0C stloc.2 InlineNone NEXT
        0D stloc.3 InlineNone NEXT
        0E ldarg.s ShortInlineVar NEXT
        0F ldarga.s ShortInlineVar NEXT
        10 starg.s ShortInlineVar NEXT
        11 ldloc.s ShortInlineVar NEXT
        12 ldloca.s ShortInlineVar NEXT
        13 stloc.s ShortInlineVar NEXT
        14 ldnull InlineNone NEXT
        15 ldc.i4.m1 InlineNone NEXT
        16 ldc.i4.0 InlineNone NEXT
        17 ldc.i4.1 InlineNone NEXT
        18 ldc.i4.2 InlineNone NEXT
        19 ldc.i4.3 InlineNone NEXT
        1A ldc.i4.4 InlineNone NEXT
        1B ldc.i4.5 InlineNone NEXT
        1C ldc.i4.6 InlineNone NEXT
        1D ldc.i4.7 InlineNone NEXT
        1E ldc.i4.8 InlineNone NEXT
        1F ldc.i4.s ShortInlineI NEXT
        20 ldc.i4 InlineI NEXT
        21 ldc.i8 InlineI8 NEXT
        22 ldc.r4 ShortInlineR NEXT
        23 ldc.r8 InlineR NEXT
        25 dup InlineNone NEXT
        26 pop InlineNone NEXT
        27 jmp InlineMethod CALL
        28 call InlineMethod CALL
        29 calli InlineSig CALL
        2A ret InlineNone RETURN
        2B br.s ShortInlineBrTarget BRANCH
        2C brfalse.s ShortInlineBrTarget COND_BRANCH
        2D brtrue.s ShortInlineBrTarget COND_BRANCH
        2E beq.s ShortInlineBrTarget COND_BRANCH
        2F bge.s ShortInlineBrTarget COND_BRANCH
        30 bgt.s ShortInlineBrTarget COND_BRANCH
        31 ble.s ShortInlineBrTarget COND_BRANCH
        32 blt.s ShortInlineBrTarget COND_BRANCH
        33 bne.un.s ShortInlineBrTarget COND_BRANCH
        34 bge.un.s ShortInlineBrTarget COND_BRANCH
        35 bgt.un.s ShortInlineBrTarget COND_BRANCH
        36 ble.un.s ShortInlineBrTarget COND_BRANCH
        37 blt.un.s ShortInlineBrTarget COND_BRANCH
        38 br InlineBrTarget BRANCH
        39 brfalse InlineBrTarget COND_BRANCH
        3A brtrue InlineBrTarget COND_BRANCH
        3B beq InlineBrTarget COND_BRANCH
        3C bge InlineBrTarget COND_BRANCH
        3D bgt InlineBrTarget COND_BRANCH
        3E ble InlineBrTarget COND_BRANCH
        3F blt InlineBrTarget COND_BRANCH
        40 bne.un InlineBrTarget COND_BRANCH
        41 bge.un InlineBrTarget COND_BRANCH
        42 bgt.un InlineBrTarget COND_BRANCH
        43 ble.un InlineBrTarget COND_BRANCH
        44 blt.un InlineBrTarget COND_BRANCH
        45 switch InlineSwitch COND_BRANCH
        46 ldind.i1 InlineNone NEXT
        47 ldind.u1 InlineNone NEXT
        48 ldind.i2 InlineNone NEXT
        49 ldind.u2 InlineNone NEXT
        4A ldind.i4 InlineNone NEXT
        4B ldind.u4 InlineNone NEXT
        4C ldind.i8 InlineNone NEXT
        4D ldind.i InlineNone NEXT
        4E ldind.r4 InlineNone NEXT
        4F ldind.r8 InlineNone NEXT
        50 ldind.ref InlineNone NEXT
        51 stind.ref InlineNone NEXT
        52 stind.i1 InlineNone NEXT
        53 stind.i2 InlineNone NEXT
        54 stind.i4 InlineNone NEXT
        55 stind.i8 InlineNone NEXT
        56 stind.r4 InlineNone NEXT
        57 stind.r8 InlineNone NEXT
        58 add InlineNone NEXT
        59 sub InlineNone NEXT
        5A mul InlineNone NEXT
        5B div InlineNone NEXT
        5C div.un InlineNone NEXT
        5D rem InlineNone NEXT
        5E rem.un InlineNone NEXT
        5F and InlineNone NEXT
        60 or InlineNone NEXT
        61 xor InlineNone NEXT
        62 shl InlineNone NEXT
        63 shr InlineNone NEXT
        64 shr.un InlineNone NEXT
        65 neg InlineNone NEXT
        66 not InlineNone NEXT
        67 conv.i1 InlineNone NEXT
        68 conv.i2 InlineNone NEXT
        69 conv.i4 InlineNone NEXT
        6A conv.i8 InlineNone NEXT
        6B conv.r4 InlineNone NEXT
        6C conv.r8 InlineNone NEXT
        6D conv.u4 InlineNone NEXT
        6E conv.u8 InlineNone NEXT
        6F callvirt InlineMethod CALL
        70 cpobj InlineType NEXT
        71 ldobj InlineType NEXT
        72 ldstr InlineString NEXT
        73 newobj InlineMethod CALL
        74 castclass InlineType NEXT
        75 isinst InlineType NEXT
        76 conv.r.un InlineNone NEXT
        79 unbox InlineType NEXT
        7A throw InlineNone THROW
        7B ldfld InlineField NEXT
        7C ldflda InlineField NEXT
        7D stfld InlineField NEXT
        7E ldsfld InlineField NEXT
        7F ldsflda InlineField NEXT
        80 stsfld InlineField NEXT
        81 stobj InlineType NEXT
        82 conv.ovf.i1.un InlineNone NEXT
        83 conv.ovf.i2.un InlineNone NEXT
        84 conv.ovf.i4.un InlineNone NEXT
        85 conv.ovf.i8.un InlineNone NEXT
        86 conv.ovf.u1.un InlineNone NEXT
        87 conv.ovf.u2.un InlineNone NEXT
        88 conv.ovf.u4.un InlineNone NEXT
        89 conv.ovf.u8.un InlineNone NEXT
        8A conv.ovf.i.un InlineNone NEXT
        8B conv.ovf.u.un InlineNone NEXT
        8C box InlineType NEXT
        8D newarr InlineType NEXT
        8E ldlen InlineNone NEXT
        8F ldelema InlineType NEXT
        90 ldelem.i1 InlineNone NEXT
        91 ldelem.u1 InlineNone NEXT
        92 ldelem.i2 InlineNone NEXT
        93 ldelem.u2 InlineNone NEXT
        94 ldelem.i4 InlineNone NEXT
        95 ldelem.u4 InlineNone NEXT
        96 ldelem.i8 InlineNone NEXT
        97 ldelem.i InlineNone NEXT
        98 ldelem.r4 InlineNone NEXT
        99 ldelem.r8 InlineNone NEXT
        9A ldelem.ref InlineNone NEXT
        9B stelem.i InlineNone NEXT
        9C stelem.i1 InlineNone NEXT
        9D stelem.i2 InlineNone NEXT
        9E stelem.i4 InlineNone NEXT
        9F stelem.i8 InlineNone NEXT
        A0 stelem.r4 InlineNone NEXT
        A1 stelem.r8 InlineNone NEXT
        A2 stelem.ref InlineNone NEXT
        A3 ldelem InlineType NEXT
        A4 stelem InlineType NEXT
        A5 unbox.any InlineType NEXT
        B3 conv.ovf.i1 InlineNone NEXT
        B4 conv.ovf.u1 InlineNone NEXT
        B5 conv.ovf.i2 InlineNone NEXT
        B6 conv.ovf.u2 InlineNone NEXT
        B7 conv.ovf.i4 InlineNone NEXT
        B8 conv.ovf.u4 InlineNone NEXT
        B9 conv.ovf.i8 InlineNone NEXT
        BA conv.ovf.u8 InlineNone NEXT
        C2 refanyval InlineType NEXT
        C3 ckfinite InlineNone NEXT
        C6 mkrefany InlineType NEXT
        D0 ldtoken InlineTok NEXT
        D1 conv.u2 InlineNone NEXT
        D2 conv.u1 InlineNone NEXT
        D3 conv.i InlineNone NEXT
        D4 conv.ovf.i InlineNone NEXT
        D5 conv.ovf.u InlineNone NEXT
        D6 add.ovf InlineNone NEXT
        D7 add.ovf.un InlineNone NEXT
        D8 mul.ovf InlineNone NEXT
        D9 mul.ovf.un InlineNone NEXT
        DA sub.ovf InlineNone NEXT
        DB sub.ovf.un InlineNone NEXT
        DC endfinally InlineNone RETURN
        DD leave InlineBrTarget BRANCH
        DE leave.s ShortInlineBrTarget BRANCH
        DF stind.i InlineNone NEXT
        E0 conv.u InlineNone NEXT
        FE00 arglist InlineNone NEXT
        FE01 ceq InlineNone NEXT
        FE02 cgt InlineNone NEXT
        FE03 cgt.un InlineNone NEXT
        FE04 clt InlineNone NEXT
        FE05 clt.un InlineNone NEXT
        FE06 ldftn InlineMethod NEXT
        FE07 ldvirtftn InlineMethod NEXT
        FE09 ldarg InlineVar NEXT
        FE0A ldarga InlineVar NEXT
        FE0B starg InlineVar NEXT
        FE0C ldloc InlineVar NEXT
        FE0D ldloca InlineVar NEXT
        FE0E stloc InlineVar NEXT
        FE0F localloc InlineNone NEXT
        FE11 endfilter InlineNone RETURN
        FE12 unaligned. ShortInlineI META
        FE13 volatile. InlineNone META
        FE14 tail. InlineNone META
        FE15 initobj InlineType NEXT
        FE16 constrained. InlineType META
        FE17 cpblk InlineNone NEXT
        FE18 initblk InlineNone NEXT
        FE19 no. ShortInlineI META
        FE1A rethrow InlineNone THROW
        FE1C sizeof InlineType NEXT
        FE1D refanytype InlineNone NEXT
        FE1E readonly. InlineNone META
        """

    func testTableMatchesTheSpecListing() {
        let operands: [String: CILOperandKind] = [
            "InlineNone": .none, "ShortInlineI": .int8, "InlineI": .int32, "InlineI8": .int64,
            "ShortInlineR": .float32, "InlineR": .float64, "ShortInlineVar": .shortVariable, "InlineVar": .variable,
            "InlineMethod": .method, "InlineField": .field, "InlineType": .type, "InlineTok": .token,
            "InlineString": .string, "InlineSig": .signature, "ShortInlineBrTarget": .shortBranch,
            "InlineBrTarget": .branch, "InlineSwitch": .switchTable,
        ]
        let flows: [String: CILFlowKind] = [
            "NEXT": .next, "BREAK": .break, "BRANCH": .branch, "COND_BRANCH": .conditionalBranch,
            "RETURN": .return, "THROW": .throw, "CALL": .call, "META": .meta,
        ]
        let rows = Self.specListing.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        XCTAssertEqual(rows.count, 219)
        XCTAssertEqual(CILOpcodeTable.entries.count, rows.count)
        for (row, entry) in zip(rows, CILOpcodeTable.entries) {
            XCTAssertEqual(row.count, 4)
            XCTAssertEqual(UInt16(row[0], radix: 16), entry.opcode.rawValue, row[1])
            XCTAssertEqual(row[1], entry.mnemonic)
            // opcode.def types the `unaligned.` and `no.` bytes as ShortInlineI; they are not integers.
            let operand = row[1] == "unaligned." ? .alignment : row[1] == "no." ? .noChecks : operands[row[2]]
            XCTAssertEqual(operand, entry.operand, row[1])
            XCTAssertEqual(flows[row[3]], entry.flow, row[1])
            XCTAssertEqual(entry.prefix.isEmpty, entry.flow != .meta, row[1])
        }
    }

    func testLookupsHoldExactlyTheTable() {
        var seen: [UInt16: String] = [:]
        for entry in CILOpcodeTable.entries {
            XCTAssertNil(seen.updateValue(entry.mnemonic, forKey: entry.opcode.rawValue), entry.mnemonic)
            XCTAssertEqual(entry.opcode.info, entry)
        }
        XCTAssertEqual(Set(CILOpcodeTable.entries.map(\.mnemonic)).count, CILOpcodeTable.entries.count)
        XCTAssertEqual(CILOpcodeTable.entries.map(\.opcode.rawValue), CILOpcodeTable.entries.map(\.opcode.rawValue).sorted())
        for byte in 0...255 {
            XCTAssertEqual(CILOpcode(UInt8(byte)).info?.mnemonic, seen[UInt16(byte)])
            XCTAssertEqual(CILOpcode(fe: UInt8(byte)).info?.mnemonic, seen[0xFE00 | UInt16(byte)])
        }
        XCTAssertNil(CILOpcode(0xFE).info)
        XCTAssertEqual((0...255).filter { CILOpcode(UInt8($0)).info != nil }.count, 191)
        XCTAssertEqual((0...255).filter { CILOpcode(fe: UInt8($0)).info != nil }.count, 28)
        XCTAssertEqual(CILOpcode.convOvfI4Un.mnemonic, "conv.ovf.i4.un")
        XCTAssertEqual(CILOpcode.constrained.encoding, [0xFE, 0x16])
        XCTAssertEqual(CILOpcode(fe: 0x30).mnemonic, "<unknown 0xfe 0x30>")
        XCTAssertEqual(CILOpcode.ldelemRef.encodingDescription, "0x9a")
    }

    func testOpcodesCanBeSwitchedOn() {
        func popped(_ opcode: CILOpcode) -> Int? {
            switch opcode {
            case .nop, .br, .leaveS: 0
            case .brtrueS, .ret: 1
            case .add, .ceq, .stelemRef: opcode == .stelemRef ? 3 : 2
            default: nil
            }
        }
        XCTAssertEqual([CILOpcode.add, .ceq, .ret, .leaveS, .stelemRef, .switch].map(popped), [2, 2, 1, 0, 3, nil])
    }

    /// The `CILOpcode.ldarg0`-style names are generated from the table; rerun with
    /// REGENERATE_OPCODE_NAMES=1 to rewrite them after changing the table.
    func testOpcodeNamesAreGenerated() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/ECMA335/CILOpcodes.swift").standardized.path
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let begin = "// BEGIN GENERATED OPCODE NAMES"
        let end = "// END GENERATED OPCODE NAMES\n"
        guard let b = source.range(of: begin), let e = source.range(of: end) else {
            return XCTFail("markers missing in \(path)")
        }
        let keywords: Set<String> = ["break", "switch", "throw"]
        var generated = begin + " (from CILOpcodeTable.entries; do not edit by hand)\nextension CILOpcode {\n"
        for entry in CILOpcodeTable.entries {
            let name = keywords.contains(entry.swiftName) ? "`\(entry.swiftName)`" : entry.swiftName
            let low = String(entry.opcode.rawValue & 0xFF, radix: 16, uppercase: true)
            let code = "0x" + (low.count < 2 ? "0" + low : low)
            generated += "    /// `\(entry.mnemonic)`\n"
            generated += "    public static let \(name) = CILOpcode(\(entry.opcode.isTwoByte ? "fe: " : "")\(code))\n"
        }
        generated += "}\n" + end
        let current = String(source[b.lowerBound..<e.upperBound])
        if current != generated, ProcessInfo.processInfo.environment["REGENERATE_OPCODE_NAMES"] == "1" {
            try (String(source[..<b.lowerBound]) + generated + String(source[e.upperBound...]))
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(current, generated, "CILOpcode names are stale: rerun with REGENERATE_OPCODE_NAMES=1")
    }

    // MARK: - Decoding every opcode

    /// Operand bytes for one instruction of `kind` at IL offset `at` whose opcode takes `opcodeSize`
    /// bytes, and the operand they decode to. Branches target the instruction that follows.
    static func sampleOperand(_ kind: CILOperandKind, opcode: CILOpcode, at: Int) -> ([UInt8], CILOperand) {
        let next = at + opcode.encoding.count + (kind.fixedSize ?? 12)
        switch kind {
        case .none: return ([], .none)
        case .int8: return ([0xF6], .int32(-10))
        case .int32: return ([0x78, 0x56, 0x34, 0x92], .int32(Int32(bitPattern: 0x9234_5678)))
        case .int64: return ([8, 7, 6, 5, 4, 3, 2, 0x81], .int64(Int64(bitPattern: 0x8102_0304_0506_0708)))
        case .float32: return ([0x01, 0x00, 0xC0, 0x7F], .float32(bits: 0x7FC0_0001))
        case .float64: return ([1, 0, 0, 0, 0, 0, 0xF0, 0xFF], .float64(bits: 0xFFF0_0000_0000_0001))
        case .shortVariable: return ([0xFE], .variable(254))
        case .variable: return ([0x34, 0x12], .variable(0x1234))
        case .method: return ([5, 0, 0, 0x2B], .token(MetadataToken(raw: 0x2B00_0005)))
        case .field: return ([3, 0, 0, 0x04], .token(MetadataToken(raw: 0x0400_0003)))
        case .type: return ([2, 1, 0, 0x1B], .token(MetadataToken(raw: 0x1B00_0102)))
        case .token: return ([1, 0, 0, 0x0A], .token(MetadataToken(raw: 0x0A00_0001)))
        case .string: return ([0x10, 0, 0, 0x70], .token(MetadataToken(raw: 0x7000_0010)))
        case .signature: return ([7, 0, 0, 0x11], .token(MetadataToken(raw: 0x1100_0007)))
        case .shortBranch: return ([0], .branchTarget(next))
        case .branch: return ([0, 0, 0, 0], .branchTarget(next))
        case .switchTable:
            // Two targets: the next instruction, and the switch itself (12 bytes back from the end).
            return ([2, 0, 0, 0, 0, 0, 0, 0, 0xF3, 0xFF, 0xFF, 0xFF], .switchTargets([next, at]))
        case .alignment: return ([2], .alignment(2))
        case .noChecks: return ([5], .noChecks([.typecheck, .nullcheck]))
        }
    }

    /// One body per table entry: the instruction with a sample operand, then `ret`; a prefix is
    /// followed by the first instruction of the table it may prefix.
    func testEveryOpcodeDecodesWithItsOperand() throws {
        for entry in CILOpcodeTable.entries {
            var code: [UInt8] = []
            var expected: [CILInstruction] = []
            var sequence = [entry.opcode]
            if !entry.prefix.isEmpty {
                let target = try XCTUnwrap(CILOpcodeTable.entries.first { $0.acceptedPrefixes.contains(entry.prefix) })
                sequence.append(target.opcode)
            }
            for opcode in sequence {
                let kind = try XCTUnwrap(opcode.info).operand
                let (bytes, operand) = Self.sampleOperand(kind, opcode: opcode, at: code.count)
                expected.append(CILInstruction(offset: code.count, opcode: opcode, operand: operand))
                code += opcode.encoding + bytes
            }
            expected.append(CILInstruction(offset: code.count, opcode: .ret, operand: .none))
            code.append(0x2A)
            var decoder = CILDecoder(code: ByteCursor(code))
            XCTAssertEqual(try decoder.decodeAll(), expected, entry.mnemonic)
        }
    }

    func testBranchDisplacementsAreRelativeToTheNextInstruction() throws {
        // IL_0000: br.s IL_0007; IL_0002: br IL_0000; IL_0007: ret
        let code: [UInt8] = [0x2B, 0x05, 0x38, 0xF9, 0xFF, 0xFF, 0xFF, 0x2A]
        var decoder = CILDecoder(code: ByteCursor(code))
        XCTAssertEqual(try decoder.decodeAll().map(\.operand), [.branchTarget(7), .branchTarget(0), .none])
    }

    func testStreamingMatchesDecodeAllAndRecordsBoundaries() throws {
        let code = Self.pickCode
        var all = CILDecoder(code: ByteCursor(code))
        let expected = try all.decodeAll()
        var streaming = CILDecoder(code: ByteCursor(code))
        var seen: [CILInstruction] = []
        var offsets: [Int] = []
        while let instruction = try streaming.next() {
            seen.append(instruction)
            offsets.append(streaming.offset)
        }
        XCTAssertEqual(seen, expected)
        XCTAssertNil(try streaming.next())
        XCTAssertEqual(offsets, Array(expected.map(\.offset).dropFirst()) + [code.count])
        // Boundaries: every instruction start and the end, except between `constrained.` and its callvirt.
        let boundaries = (0...code.count + 1).filter { streaming.isInstructionBoundary($0) }
        XCTAssertEqual(boundaries, [0, 1, 0x12, 0x17, 0x1C, 0x1D, 0x22, 0x23, 0x28, 0x29, 0x32, 0x33, 0x35, 0x40, 0x41])
        XCTAssertFalse(streaming.isInstructionBoundary(0x3B))
        XCTAssertFalse(streaming.isInstructionBoundary(-1))
    }

    func testPrefixCombinationsTheSpecAllows() throws {
        let code: [UInt8] = [
            0xFE, 0x12, 0x01, 0xFE, 0x13, 0x4A, // IL_0000: unaligned. 1 volatile. ldind.i4
            0xFE, 0x16, 1, 0, 0, 0x1B, 0xFE, 0x14, 0x6F, 1, 0, 0, 0x0A, 0x2A, // constrained. tail. callvirt; ret
            0xFE, 0x1E, 0xFE, 0x19, 0x02, 0x8F, 1, 0, 0, 0x02, // readonly. no. rangecheck ldelema
            0xFE, 0x16, 1, 0, 0, 0x1B, 0x28, 1, 0, 0, 0x0A, // constrained. call (static virtual)
            0xFE, 0x16, 1, 0, 0, 0x1B, 0xFE, 0x06, 1, 0, 0, 0x0A, // constrained. ldftn
            0xFE, 0x13, 0x80, 1, 0, 0, 0x04, // volatile. stsfld
            0xFE, 0x19, 0x07, 0xA2, 0x2A, // no. all stelem.ref; ret
        ]
        var decoder = CILDecoder(code: ByteCursor(code))
        let mnemonics = try decoder.decodeAll().map(\.opcode.mnemonic)
        XCTAssertEqual(mnemonics, [
            "unaligned.", "volatile.", "ldind.i4", "constrained.", "tail.", "callvirt", "ret", "readonly.", "no.",
            "ldelema", "constrained.", "call", "constrained.", "ldftn", "volatile.", "stsfld", "no.", "stelem.ref",
            "ret",
        ])
    }

    // MARK: - Errors

    /// Decodes `code` placed at file offset 0x100 (so file and IL offsets differ) and returns the
    /// error as text with its file offset.
    func decodeError(_ code: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> String {
        let bytes = [UInt8](repeating: 0xCC, count: 0x100) + code + [0x2A, 0x2A]
        var decoder = CILDecoder(bytes: bytes, codeRange: 0x100..<(0x100 + code.count), context: "M::F")
        do {
            _ = try decoder.decodeAll()
            XCTFail("decoded without error", file: file, line: line)
            return ""
        } catch let error as MetadataError {
            return "\(error.message) @0x\(String(error.offset, radix: 16))"
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return ""
        }
    }

    func testUnknownAndCutOffOpcodes() {
        XCTAssertEqual(decodeError([0x00, 0x24]), "IL_0001: unknown opcode 0x24 @0x101")
        XCTAssertEqual(decodeError([0x00, 0xFE, 0x30]), "IL_0001: unknown opcode 0xfe 0x30 @0x101")
        XCTAssertEqual(decodeError([0xA6]), "IL_0000: unknown opcode 0xa6 @0x100")
        XCTAssertEqual(decodeError([0x00, 0xFE]), "IL_0001: opcode 0xfe is cut off by the end of the code @0x101")
        // 0x1a = 26 bytes in: the label has four hex digits.
        XCTAssertEqual(decodeError(Array(repeating: 0, count: 26) + [0xFE, 0x08]),
                       "IL_001a: unknown opcode 0xfe 0x08 @0x11a")
        var error: MetadataError?
        var decoder = CILDecoder(bytes: [0xF0], codeRange: 0..<1, context: "M::F")
        XCTAssertThrowsError(try decoder.next()) { error = $0 as? MetadataError }
        XCTAssertEqual(error?.description, "M::F: IL_0000: unknown opcode 0xf0 (offset 0)")
    }

    func testTruncatedOperands() {
        XCTAssertEqual(decodeError([0x20, 1, 2]), "IL_0000: ldc.i4 needs 4 operand bytes, 2 remain in the code @0x101")
        XCTAssertEqual(decodeError([0x00, 0x21, 1, 2, 3, 4, 5, 6, 7]),
                       "IL_0001: ldc.i8 needs 8 operand bytes, 7 remain in the code @0x102")
        XCTAssertEqual(decodeError([0x1F]), "IL_0000: ldc.i4.s needs 1 operand byte, 0 remain in the code @0x101")
        XCTAssertEqual(decodeError([0xFE, 0x0C, 1]), "IL_0000: ldloc needs 2 operand bytes, 1 remains in the code @0x102")
        XCTAssertEqual(decodeError([0x45, 2, 0, 0, 0, 0, 0, 0, 0]),
                       "IL_0000: switch has 2 targets but only 4 bytes remain @0x101")
        XCTAssertEqual(decodeError([0x45, 0, 0, 0, 0x40]),
                       "IL_0000: switch has 1073741824 targets but only 0 bytes remain @0x101")
    }

    /// Cutting a real body's code anywhere gives an error, never a trap, unless the cut falls on an
    /// instruction boundary before the first `leave` (its target, IL_0045, is the last instruction)
    /// or keeps IL_0045; then the instructions decoded are the leading ones of the whole code.
    func testEveryTruncationOfRealCodeIsAnErrorNotACrash() throws {
        let code = Array(MethodBodyTests.guardedBody[12..<(12 + 0x47)])
        var whole = CILDecoder(code: ByteCursor(code))
        let all = try whole.decodeAll()
        var decoded: [Int] = []
        for length in 1..<code.count {
            var decoder = CILDecoder(bytes: code, codeRange: 0..<length)
            if let instructions = try? decoder.decodeAll() {
                decoded.append(length)
                XCTAssertEqual(instructions, Array(all.prefix(instructions.count)))
            }
        }
        XCTAssertEqual(decoded, [1, 2, 3, 5, 0x46])
        var first = CILDecoder(bytes: code, codeRange: 0..<0x20)
        XCTAssertThrowsError(try first.decodeAll()) { error in
            XCTAssertEqual("\(error)", "IL_0005: leave target IL_0045 is outside the code (32 bytes) (offset 6)")
        }
        var midOperand = CILDecoder(bytes: code, codeRange: 0..<4)
        XCTAssertThrowsError(try midOperand.decodeAll()) { error in
            XCTAssertEqual("\(error)", "IL_0003: starg.s needs 1 operand byte, 0 remain in the code (offset 4)")
        }
    }

    func testBranchTargetsOutsideTheCode() {
        XCTAssertEqual(decodeError([0x2B, 0x05, 0x2A]), "IL_0000: br.s target IL_0007 is outside the code (3 bytes) @0x101")
        XCTAssertEqual(decodeError([0x00, 0x2C, 0xFC, 0x2A]),
                       "IL_0001: brfalse.s target -0x1 is outside the code (4 bytes) @0x102")
        // A branch to the end of the code has no instruction to land on.
        XCTAssertEqual(decodeError([0x38, 0, 0, 0, 0]), "IL_0000: br target IL_0005 is outside the code (5 bytes) @0x101")
        XCTAssertEqual(decodeError([0x00, 0x45, 2, 0, 0, 0, 0, 0, 0, 0, 0x10, 0, 0, 0, 0x2A]),
                       "IL_0001: switch target IL_001e is outside the code (15 bytes) @0x10a")
    }

    func testBranchTargetsOffInstructionBoundaries() {
        // br.s into the middle of ldc.i4's operand.
        XCTAssertEqual(decodeError([0x2B, 0x01, 0x20, 1, 0, 0, 0, 0x2A]),
                       "IL_0000: br.s target IL_0003 is not the start of an instruction @0x101")
        // A backward branch, detected only after the whole body was read.
        XCTAssertEqual(decodeError([0x20, 1, 0, 0, 0, 0x2C, 0xFA, 0x2A]),
                       "IL_0005: brfalse.s target IL_0001 is not the start of an instruction @0x106")
        // The second switch entry is bad: the error points at that entry.
        XCTAssertEqual(decodeError([0x45, 2, 0, 0, 0, 0, 0, 0, 0, 0xF5, 0xFF, 0xFF, 0xFF, 0x2A]),
                       "IL_0000: switch target IL_0002 is not the start of an instruction @0x109")
        // Between a prefix and the instruction it prefixes.
        XCTAssertEqual(decodeError([0x2B, 0x02, 0xFE, 0x13, 0x4A, 0x26, 0x2A]),
                       "IL_0000: br.s target IL_0004 is not the start of an instruction @0x101")
    }

    func testPrefixMisuse() {
        XCTAssertEqual(decodeError([0xFE, 0x16, 1, 0, 0, 2, 0x73, 1, 0, 0, 6, 0x2A]),
                       "IL_0006: newobj may not follow the constrained. prefix @0x106")
        XCTAssertEqual(decodeError([0xFE, 0x1E, 0x9A, 0x2A]), "IL_0002: ldelem.ref may not follow the readonly. prefix @0x102")
        XCTAssertEqual(decodeError([0xFE, 0x14, 0x73, 1, 0, 0, 6, 0x2A]),
                       "IL_0002: newobj may not follow the tail. prefix @0x102")
        XCTAssertEqual(decodeError([0xFE, 0x13, 0x7F, 1, 0, 0, 4, 0x2A]),
                       "IL_0002: ldsflda may not follow the volatile. prefix @0x102")
        XCTAssertEqual(decodeError([0xFE, 0x12, 4, 0x7E, 1, 0, 0, 4, 0x2A]),
                       "IL_0003: ldsfld may not follow the unaligned. prefix @0x103")
        XCTAssertEqual(decodeError([0xFE, 0x19, 1, 0x8C, 1, 0, 0, 2, 0x2A]), "IL_0003: box may not follow the no. prefix @0x103")
        // Each prefix appears at most once before an instruction.
        XCTAssertEqual(decodeError([0xFE, 0x13, 0xFE, 0x13, 0x4A, 0x2A]), "IL_0002: repeated volatile. prefix @0x102")
        XCTAssertEqual(decodeError([0x00, 0xFE, 0x13]), "IL_0001: volatile. prefix is not followed by an instruction @0x101")
        XCTAssertEqual(decodeError([0x00, 0xFE, 0x14, 0xFE, 0x16, 1, 0, 0, 2]),
                       "IL_0001: tail. prefix is not followed by an instruction @0x101")
        XCTAssertEqual(decodeError([0xFE, 0x12, 3, 0x4A, 0x2A]), "IL_0000: unaligned. alignment 3 is not 1, 2 or 4 @0x102")
        XCTAssertEqual(decodeError([0xFE, 0x19, 0, 0x9A, 0x2A]),
                       "IL_0000: no. flags 0x00 are not a nonempty set of typecheck (1), rangecheck (2) and nullcheck (4) @0x102")
        XCTAssertEqual(decodeError([0xFE, 0x19, 8, 0x9A, 0x2A]),
                       "IL_0000: no. flags 0x08 are not a nonempty set of typecheck (1), rangecheck (2) and nullcheck (4) @0x102")
    }

    func testTailCallsMustReturn() {
        XCTAssertEqual(decodeError([0x00, 0x00, 0xFE, 0x14, 0x28, 1, 0, 0, 6, 0x00, 0x2A]),
                       "IL_0009: nop follows the tail. call at IL_0004; it must be ret @0x109")
        XCTAssertEqual(decodeError([0xFE, 0x14, 0x29, 1, 0, 0, 0x11]),
                       "IL_0002: tail. call is the last instruction; ret must follow @0x102")
    }

    func testTokenTables() {
        XCTAssertEqual(decodeError([0x28, 1, 0, 0, 0x02, 0x2A]),
                       "IL_0000: call takes a MethodDef, MemberRef or MethodSpec token, not 0x02000001 @0x101")
        XCTAssertEqual(decodeError([0x72, 1, 0, 0, 0x06, 0x2A]), "IL_0000: ldstr takes a #US (0x70) token, not 0x06000001 @0x101")
        XCTAssertEqual(decodeError([0x7B, 1, 0, 0, 0x06, 0x2A]),
                       "IL_0000: ldfld takes a Field or MemberRef token, not 0x06000001 @0x101")
        XCTAssertEqual(decodeError([0x8C, 1, 0, 0, 0x04, 0x2A]),
                       "IL_0000: box takes a TypeDef, TypeRef or TypeSpec token, not 0x04000001 @0x101")
        XCTAssertEqual(decodeError([0xD0, 1, 0, 0, 0x11, 0x2A]),
                       "IL_0000: ldtoken takes a TypeDef, TypeRef, TypeSpec, MethodDef, MemberRef, MethodSpec or Field "
                       + "token, not 0x11000001 @0x101")
        XCTAssertEqual(decodeError([0x29, 1, 0, 0, 0x06, 0x2A]), "IL_0000: calli takes a StandAloneSig token, not 0x06000001 @0x101")
        XCTAssertEqual(decodeError([0xFE, 0x16, 1, 0, 0, 0x70, 0x6F]),
                       "IL_0000: constrained. takes a TypeDef, TypeRef or TypeSpec token, not 0x70000001 @0x102")
        XCTAssertEqual(decodeError([0x73, 1, 0, 0, 0x7F, 0x2A]),
                       "IL_0000: newobj takes a MethodDef, MemberRef or MethodSpec token, not 0x7F000001 @0x101")
        XCTAssertEqual(decodeError([0x28, 0, 0, 0, 0x0A, 0x2A]), "IL_0000: call token 0x0A000000 has row 0 @0x101")
        // #US offset 0 is a heap position, not a null row.
        var decoder = CILDecoder(code: ByteCursor([0x72, 0, 0, 0, 0x70, 0x2A]))
        XCTAssertEqual(try decoder.next()?.operand, .token(MetadataToken(raw: 0x7000_0000)))
    }

    // MARK: - Printing

    static var printer: CILPrinter {
        CILPrinter(token: { token in token.table == .memberRef ? "Member\(token.row)" : "\(token)" },
                   userString: { offset in [0x1: "done", 0xB: "zero", 0x15: "one", 0x1D: "two",
                                            0x40: "a\"b\\c\nd\te\u{7}"][offset] ?? "?" })
    }

    /// `Pick` compiled by mcs (see MethodBodyTests), printed line by line.
    static let pickCode: [UInt8] = Array(MethodBodyTests.pickBody[12...])

    func testPrintsRealCompilerOutput() throws {
        var decoder = CILDecoder(code: ByteCursor(Self.pickCode))
        let text = try decoder.decodeAll().map(Self.printer.line).joined(separator: "\n")
        XCTAssertEqual(text, """
            IL_0000:  ldarg.0
            IL_0001:  switch (IL_0017, IL_001d, IL_0023)
            IL_0012:  br IL_0029
            IL_0017:  ldstr "zero"
            IL_001c:  ret
            IL_001d:  ldstr "one"
            IL_0022:  ret
            IL_0023:  ldstr "two"
            IL_0028:  ret
            IL_0029:  ldc.r8 1.5
            IL_0032:  stloc.0
            IL_0033:  ldloca.s 0
            IL_0035:  constrained. 0x01000004
            IL_003b:  callvirt Member3
            IL_0040:  ret
            """)
    }

    func testPrintsEveryOperandKind() {
        func line(_ opcode: CILOpcode, _ operand: CILOperand, at offset: Int = 0x1a) -> String {
            Self.printer.line(CILInstruction(offset: offset, opcode: opcode, operand: operand))
        }
        XCTAssertEqual(line(.ldcI4S, .int32(-10)), "IL_001a:  ldc.i4.s -10")
        XCTAssertEqual(line(.ldcI8, .int64(Int64.min)), "IL_001a:  ldc.i8 -9223372036854775808")
        XCTAssertEqual(line(.ldcR4, .float32(bits: 0x3FC0_0000)), "IL_001a:  ldc.r4 1.5")
        XCTAssertEqual(line(.ldcR4, .float32(bits: 0x7FC0_0001)), "IL_001a:  ldc.r4 float32(0x7FC00001)")
        XCTAssertEqual(line(.ldcR8, .float64(bits: 0x4415_AF1D_78B5_8C40)), "IL_001a:  ldc.r8 1.0e+20")
        XCTAssertEqual(line(.ldcR8, .float64(bits: 0x8000_0000_0000_0000)), "IL_001a:  ldc.r8 -0.0")
        XCTAssertEqual(line(.ldcR8, .float64(bits: 0xFFF0_0000_0000_0000)), "IL_001a:  ldc.r8 float64(0xFFF0000000000000)")
        XCTAssertEqual(line(.ldstr, .token(MetadataToken(raw: 0x7000_0040))), #"IL_001a:  ldstr "a\"b\\c\nd\te\007""#)
        XCTAssertEqual(line(.call, .token(MetadataToken(raw: 0x0A00_0007))), "IL_001a:  call Member7")
        XCTAssertEqual(line(.ldtoken, .token(MetadataToken(raw: 0x0200_0001))), "IL_001a:  ldtoken 0x02000001")
        XCTAssertEqual(line(.brS, .branchTarget(0x10), at: 5), "IL_0005:  br.s IL_0010")
        XCTAssertEqual(line(.switch, .switchTargets([0x10, 0x20]), at: 0), "IL_0000:  switch (IL_0010, IL_0020)")
        XCTAssertEqual(line(.switch, .switchTargets([]), at: 0), "IL_0000:  switch ()")
        XCTAssertEqual(line(.ldloc, .variable(300)), "IL_001a:  ldloc 300")
        XCTAssertEqual(line(.unaligned, .alignment(2)), "IL_001a:  unaligned. 2")
        XCTAssertEqual(line(.no, .noChecks([.typecheck, .nullcheck])), "IL_001a:  no. typecheck, nullcheck")
        XCTAssertEqual(line(.ldelemRef, .none, at: 0x12345), "IL_12345:  ldelem.ref")
    }
}
