import XCTest
import ECMA335

final class CustomAttributeTests: XCTestCase {
    /// Bytes from hex digits; whitespace is ignored.
    static func hex(_ text: String) -> [UInt8] {
        let digits = text.compactMap { $0.hexDigitValue }
        return stride(from: 0, to: digits.count - 1, by: 2).map { UInt8(digits[$0] << 4 | digits[$0 + 1]) }
    }

    // Tokens of the mcs-compiled sample the real blobs come from.
    static let systemType = MetadataToken(.typeRef, row: 1)
    static let attributeTargets = MetadataToken(.typeRef, row: 9)
    static let debuggerBrowsableState = MetadataToken(.typeRef, row: 13)
    static let color = MetadataToken(.typeDef, row: 2)
    static let mscorlib = "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
    /// Hand-made enums with every underlying type, TypeDef rows 10 ... 19.
    static let underlyingTypes: [ElementType] = [.boolean, .char, .i1, .u1, .i2, .u2, .i4, .u4, .i8, .u8]

    static func resolveToken(_ token: MetadataToken) throws -> ElementType? {
        switch token {
        case systemType: return .systemType
        case attributeTargets, debuggerBrowsableState: return .i4
        case color: return .i2
        case MetadataToken(.typeDef, row: 20): return .r4
        default:
            if token.table == .typeDef, (10...19).contains(token.row) { return underlyingTypes[Int(token.row) - 10] }
            return nil
        }
    }

    static func resolveEnumName(_ name: String) throws -> ElementType? {
        ["Color": .i2, "Big": .i8, "Weird": .string][name]
    }

    func decode(_ bytes: [UInt8], _ parameters: [TypeSig], context: String = "") throws -> CustomAttributeValue {
        try CustomAttributeDecoder.decode(blobFixture(bytes, context: context),
                                          constructor: MethodSignature(hasThis: true, returnType: .void, parameterTypes: parameters),
                                          resolveToken: Self.resolveToken, resolveEnumName: Self.resolveEnumName)
    }

    // MARK: - Real blobs (mcs 6.12 output for sample.cs, read with dnfile)

    /// `.ctor(bool, char, sbyte, byte, short, ushort, int, uint, long, ulong, float, double,
    /// string, Type, object, Color, int[], string[], Type[], object[], Color[])`.
    static let allConstructor: [UInt8] = [
        0x20, 0x15, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x12, 0x05,
        0x1C, 0x11, 0x08, 0x1D, 0x08, 0x1D, 0x0E, 0x1D, 0x12, 0x05, 0x1D, 0x1C, 0x1D, 0x11, 0x08,
    ]
    var allParameters: [TypeSig] {
        get throws { try SignatureDecoder.decodeMethodSignature(blobFixture(Self.allConstructor)).parameterTypes }
    }

    /// `[All(true, 'Z', -5, 200, -300, 60000, -70000, 4000000000, -5000000000L,
    /// 18000000000000000000UL, 1.5f, -2.25, "héllo", typeof(List<int>), 42, Color.Green,
    /// new int[] {1, -1}, new string[] {null, ""}, new Type[] {typeof(int)},
    /// new object[] {1, "x", null, Color.Red, typeof(string), new int[] {7}}, new Color[] {Color.Red})]`
    static let everyKind = hex("""
        0100015A00FBC8D4FE60EA90EEFEFF00286BEE000EFAD5FEFFFFFF000008C5A1D8CCF90000C03F00000000000002C006
        68C3A96C6C6F80CB53797374656D2E436F6C6C656374696F6E732E47656E657269632E4C69737460315B5B5379737465
        6D2E496E7433322C206D73636F726C69622C2056657273696F6E3D342E302E302E302C2043756C747572653D6E657574
        72616C2C205075626C69634B6579546F6B656E3D623737613563353631393334653038395D5D2C206D73636F726C6962
        2C2056657273696F6E3D342E302E302E302C2043756C747572653D6E65757472616C2C205075626C69634B6579546F6B
        656E3D62373761356335363139333465303839082A00000002000200000001000000FFFFFFFF02000000FF0001000000
        5953797374656D2E496E7433322C206D73636F726C69622C2056657273696F6E3D342E302E302E302C2043756C747572
        653D6E65757472616C2C205075626C69634B6579546F6B656E3D62373761356335363139333465303839060000000801
        0000000E01780EFF5505436F6C6F720100505A53797374656D2E537472696E672C206D73636F726C69622C2056657273
        696F6E3D342E302E302E302C2043756C747572653D6E65757472616C2C205075626C69634B6579546F6B656E3D623737
        613563353631393334653038391D0801000000070000000100000001000000
        """)

    /// `[All(false, '\0', 0, 0, 0, 0, 0, 0, 0, 0, float.NaN, double.NegativeInfinity, null, null,
    /// null, (Color)0, null, null, null, null, null, Obj = Big.X, ColorField = Color.Red,
    /// BigProp = Big.X, Ints = null, Name = "n", TypeProp = typeof(Dictionary<string, int[]>))]`
    static let nullsAndNamed = hex("""
        01000000000000000000000000000000000000000000000000000000000000000000000000C0FF000000000000F0FFFF
        FF0EFF0000FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF06005351034F626A550342696700000000000100005355
        05436F6C6F720A436F6C6F724669656C6401005455034269670742696750726F700000000000010000531D0804496E74
        73FFFFFFFF540E044E616D65016E5450085479706550726F70813053797374656D2E436F6C6C656374696F6E732E4765
        6E657269632E44696374696F6E61727960325B5B53797374656D2E537472696E672C206D73636F726C69622C20566572
        73696F6E3D342E302E302E302C2043756C747572653D6E65757472616C2C205075626C69634B6579546F6B656E3D6237
        37613563353631393334653038395D2C5B53797374656D2E496E7433325B5D2C206D73636F726C69622C205665727369
        6F6E3D342E302E302E302C2043756C747572653D6E65757472616C2C205075626C69634B6579546F6B656E3D62373761
        3563353631393334653038395D5D2C206D73636F726C69622C2056657273696F6E3D342E302E302E302C2043756C7475
        72653D6E65757472616C2C205075626C69634B6579546F6B656E3D62373761356335363139333465303839
        """)

    /// `[All(Obj = new object[] { new object[] { 1 } })]`
    static let nestedObjectArrays = hex("010001005351034F626A1D51010000001D51010000000801000000")

    func testEveryFixedArgumentKind() throws {
        let value = try decode(Self.everyKind, try allParameters)
        let mscorlib = Self.mscorlib
        XCTAssertEqual(value.fixedArguments, [
            .bool(true), .char(0x5A), .int8(-5), .uint8(200), .int16(-300), .uint16(60000), .int32(-70000),
            .uint32(4_000_000_000), .int64(-5_000_000_000), .uint64(18_000_000_000_000_000_000),
            .float32(bits: Float(1.5).bitPattern), .float64(bits: (-2.25).bitPattern), .string("héllo"),
            .type("System.Collections.Generic.List`1[[System.Int32, \(mscorlib)]], \(mscorlib)"),
            .boxed(.int32(42)),
            .enumValue(.token(Self.color), .int16(2)),
            .array(elementType: .int32, [.int32(1), .int32(-1)]),
            .array(elementType: .string, [.string(nil), .string("")]),
            .array(elementType: .type, [.type("System.Int32, \(mscorlib)")]),
            .array(elementType: .object, [
                .boxed(.int32(1)), .boxed(.string("x")), .boxed(.string(nil)),
                .boxed(.enumValue(.name("Color"), .int16(1))), .boxed(.type("System.String, \(mscorlib)")),
                .boxed(.array(elementType: .int32, [.int32(7)])),
            ]),
            .array(elementType: .enumType(.token(Self.color), underlying: .i2), [.enumValue(.token(Self.color), .int16(1))]),
        ])
        XCTAssertEqual(value.namedArguments, [])
    }

    func testNullsAndNamedFieldAndPropertyArguments() throws {
        let value = try decode(Self.nullsAndNamed, try allParameters)
        let mscorlib = Self.mscorlib
        XCTAssertEqual(value.fixedArguments, [
            .bool(false), .char(0), .int8(0), .uint8(0), .int16(0), .uint16(0), .int32(0), .uint32(0), .int64(0),
            .uint64(0), .float32(bits: 0xFFC0_0000), .float64(bits: 0xFFF0_0000_0000_0000), .string(nil), .type(nil),
            // mcs boxes a null object as a null string.
            .boxed(.string(nil)),
            .enumValue(.token(Self.color), .int16(0)),
            .array(elementType: .int32, nil), .array(elementType: .string, nil), .array(elementType: .type, nil),
            .array(elementType: .object, nil), .array(elementType: .enumType(.token(Self.color), underlying: .i2), nil),
        ])
        let big = CustomAttributeEnumType.name("Big")
        XCTAssertEqual(value.namedArguments, [
            CustomAttributeNamedArgument(kind: .field, name: "Obj", type: .object, value: .boxed(.enumValue(big, .int64(1 << 40)))),
            CustomAttributeNamedArgument(kind: .field, name: "ColorField", type: .enumType(.name("Color"), underlying: .i2),
                                         value: .enumValue(.name("Color"), .int16(1))),
            CustomAttributeNamedArgument(kind: .property, name: "BigProp", type: .enumType(big, underlying: .i8),
                                         value: .enumValue(big, .int64(1 << 40))),
            CustomAttributeNamedArgument(kind: .field, name: "Ints", type: .szArray(.int32), value: .array(elementType: .int32, nil)),
            CustomAttributeNamedArgument(kind: .property, name: "Name", type: .string, value: .string("n")),
            CustomAttributeNamedArgument(
                kind: .property, name: "TypeProp", type: .type,
                value: .type("System.Collections.Generic.Dictionary`2[[System.String, \(mscorlib)],[System.Int32[], \(mscorlib)]], \(mscorlib)")),
        ])
    }

    func testNestedObjectArrays() throws {
        let value = try decode(Self.nestedObjectArrays, [])
        XCTAssertEqual(value, CustomAttributeValue(fixedArguments: [], namedArguments: [
            CustomAttributeNamedArgument(kind: .field, name: "Obj", type: .object, value: .boxed(
                .array(elementType: .object, [.boxed(.array(elementType: .object, [.boxed(.int32(1))]))]))),
        ]))
    }

    func testFrameworkAttributes() throws {
        // [AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
        let usage = try decode(Self.hex("0100FF7F000001005402 0D 416C6C6F774D756C7469706C65 01"),
                               [.valueType(Self.attributeTargets)])
        XCTAssertEqual(usage, CustomAttributeValue(
            fixedArguments: [.enumValue(.token(Self.attributeTargets), .int32(0x7FFF))],
            namedArguments: [CustomAttributeNamedArgument(kind: .property, name: "AllowMultiple", type: .bool, value: .bool(true))]))
        // [assembly: RuntimeCompatibility(WrapNonExceptionThrows = true)]
        let compatibility = try decode(Self.hex("01000100540216577261704E6F6E457863657074696F6E5468726F777301"), [])
        XCTAssertEqual(compatibility.namedArguments.map(\.name), ["WrapNonExceptionThrows"])
        // [DefaultMember("Item")]
        XCTAssertEqual(try decode(Self.hex("010004497465 6D0000"), [.string]).fixedArguments, [.string("Item")])
        // [DebuggerBrowsable(DebuggerBrowsableState.Never)]
        XCTAssertEqual(try decode(Self.hex("0100000000000000"), [.valueType(Self.debuggerBrowsableState)]).fixedArguments,
                       [.enumValue(.token(Self.debuggerBrowsableState), .int32(0))])
        // [CompilerGenerated]
        XCTAssertEqual(try decode([0x01, 0x00, 0x00, 0x00], []), CustomAttributeValue(fixedArguments: [], namedArguments: []))
    }

    // MARK: - Hand-assembled blobs

    func testEnumsOfEveryUnderlyingType() throws {
        let parameters = (10...19).map { TypeSig.valueType(MetadataToken(.typeDef, row: UInt32($0))) }
        let value = try decode(Self.hex("0100 01 4100 FF FF FFFF FFFF FFFFFFFF FFFFFFFF FFFFFFFFFFFFFFFF FFFFFFFFFFFFFFFF 0000"),
                               parameters)
        let values: [CustomAttributeArgument] = [
            .bool(true), .char(0x41), .int8(-1), .uint8(255), .int16(-1), .uint16(0xFFFF), .int32(-1), .uint32(.max),
            .int64(-1), .uint64(.max),
        ]
        XCTAssertEqual(value.fixedArguments, zip(parameters, values).map { parameter, value in
            guard case .valueType(let token) = parameter else { return value }
            return .enumValue(.token(token), value)
        })
        // Named enum arguments and enum arrays name their type.
        let named = try decode(Self.hex("0100 0100 54 1D 55 05436F6C6F72 06436F6C6F7273 02000000 0100 0200"), [])
        XCTAssertEqual(named.namedArguments, [CustomAttributeNamedArgument(
            kind: .property, name: "Colors", type: .szArray(.enumType(.name("Color"), underlying: .i2)),
            value: .array(elementType: .enumType(.name("Color"), underlying: .i2),
                          [.enumValue(.name("Color"), .int16(1)), .enumValue(.name("Color"), .int16(2))]))])
    }

    func testBoxedValuesOfEveryTag() throws {
        // A named object field set to each kind of boxed value in turn.
        let cases: [(String, CustomAttributeArgument)] = [
            ("02 01", .bool(true)), ("03 4100", .char(0x41)), ("04 80", .int8(-128)), ("05 80", .uint8(128)),
            ("06 0080", .int16(-32768)), ("07 0080", .uint16(32768)), ("08 00000080", .int32(.min)),
            ("09 00000080", .uint32(0x8000_0000)), ("0A 0000000000000080", .int64(.min)),
            ("0B 0000000000000080", .uint64(1 << 63)), ("0C 0100C07F", .float32(bits: 0x7FC0_0001)),
            ("0D 0000000000000080", .float64(bits: 1 << 63)), ("0E 00", .string("")), ("50 FF", .type(nil)),
            ("50 03 496E74", .type("Int")), ("55 03426967 0100000000000000", .enumValue(.name("Big"), .int64(1))),
            ("1D 0E FFFFFFFF", .array(elementType: .string, nil)), ("1D 51 00000000", .array(elementType: .object, [])),
            ("1D 50 01000000 FF", .array(elementType: .type, [.type(nil)])),
        ]
        for (bytes, boxed) in cases {
            let value = try decode(Self.hex("0100 0100 53 51 014F" + bytes), [])
            XCTAssertEqual(value.namedArguments.first?.value, .boxed(boxed), bytes)
        }
    }

    func testFloatBitsAndBooleansAreKeptExactly() throws {
        // A signalling NaN with a payload, negative zero; the runtime reads any nonzero byte as true.
        let value = try decode(Self.hex("0100 0100807F 0000000000000080 02 0000"), [.r4, .r8, .bool])
        XCTAssertEqual(value.fixedArguments, [.float32(bits: 0x7F80_0001), .float64(bits: 0x8000_0000_0000_0000), .bool(true)])
    }

    func testModifiersOnConstructorParametersAreLookedThrough() throws {
        // C++/CLI's `long` is `modopt(IsLong) int32`.
        let isLong = MetadataToken(.typeRef, row: 30)
        let value = try decode(Self.hex("0100 2A000000 0000"), [.modified(required: false, modifier: isLong, .i4)])
        XCTAssertEqual(value.fixedArguments, [.int32(42)])
    }

    // MARK: - Errors

    /// Every proper prefix of every sample blob is rejected with an error inside the blob.
    func testTruncationAtEveryPrefixIsAnError() throws {
        let samples: [([UInt8], [TypeSig])] = [
            (Self.everyKind, try allParameters),
            (Self.nullsAndNamed, try allParameters),
            (Self.nestedObjectArrays, []),
            (Self.hex("0100FF7F000001005402 0D 416C6C6F774D756C7469706C65 01"), [.valueType(Self.attributeTargets)]),
            (Self.hex("0100 0100 54 1D 55 05436F6C6F72 06436F6C6F7273 02000000 0100 0200"), []),
            ([0x01, 0x00, 0x00, 0x00], []),
        ]
        for (bytes, parameters) in samples {
            XCTAssertNoThrow(try decode(bytes, parameters))
            for length in 0..<bytes.count {
                XCTAssertThrowsError(try decode(Array(bytes[..<length]), parameters), "cut at \(length)") { error in
                    guard let error = error as? MetadataError else { return XCTFail("\(error)") }
                    XCTAssertTrue((1000...1000 + length).contains(error.offset), "\(error)")
                }
            }
        }
    }

    func testTruncationMessages() {
        assertBlobError(try decode([0x01], []), "custom attribute: unexpected end of input (offset 1000)")
        assertBlobError(try decode([0x01, 0x00, 0x05, 0x00], [.i4]),
                     "custom attribute: fixed argument 1: unexpected end of input (offset 1002)")
        assertBlobError(try decode(Self.hex("0100 05 6869"), [.string]),
                     "custom attribute: fixed argument 1: length 5 runs past the end of input (2 bytes left) (offset 1003)")
        assertBlobError(try decode(Self.hex("0100 10000000 01000000"), [.szArray(.i4)]),
                     "custom attribute: fixed argument 1: array length 16 exceeds the 4 bytes left (offset 1002)")
        assertBlobError(try decode(Self.hex("0100 0200 53 08 0141 01000000"), []),
                     "custom attribute: named argument 2: unexpected end of input (offset 1012)")
    }

    func testBadPrologAndTrailingBytes() {
        assertBlobError(try decode([0x02, 0x00, 0x00, 0x00], [], context: "#Blob"),
                     "#Blob: custom attribute: prolog 0x0002 is not 0x0001 (offset 1000)")
        assertBlobError(try decode([0x00, 0x01, 0x00, 0x00], []), "custom attribute: prolog 0x0100 is not 0x0001 (offset 1000)")
        assertBlobError(try decode([0x01, 0x00, 0x00, 0x00, 0x00], []),
                     "custom attribute: 1 trailing byte after the custom attribute (offset 1004)")
        assertBlobError(try decode(Self.hex("0100 02 0000 00"), [.bool]),
                     "custom attribute: 1 trailing byte after the custom attribute (offset 1005)")
    }

    func testInvalidUTF8() {
        let cases: [(String, Int)] = [
            ("03 61 C3 28", 1004),  // a lead byte without its continuation
            ("02 C0 80", 1003),  // overlong NUL
            ("04 61 ED A0 80", 1004),  // UTF-16 surrogate
            ("03 61 E2 82", 1004),  // cut short by the string's end
            ("01 FF", 1003),  // 0xFF is only the null marker as the whole string
            ("04 F4 90 80 80", 1003),  // above U+10FFFF
        ]
        for (string, offset) in cases {
            assertBlobError(try decode(Self.hex("0100" + string + "0000"), [.string]),
                         "custom attribute: fixed argument 1: invalid UTF-8 in string (offset \(offset))")
        }
        assertBlobError(try decode(Self.hex("0100 0100 54 0E 02 C3 28 00"), []),
                     "custom attribute: named argument 1: invalid UTF-8 in string (offset 1007)")
        XCTAssertEqual(try decode(Self.hex("0100 04 F09F9880 0000"), [.string]).fixedArguments, [.string("\u{1F600}")])
    }

    func testBadTypesAndTags() {
        let cases: [(String, String)] = [
            ("0100 52", "named argument 1: named argument kind 0x52 is neither FIELD (0x53) nor PROPERTY (0x54) (offset 1004)"),
            ("53 18 0141 00", "named argument 1: invalid field or property type 0x18 (offset 1005)"),
            ("53 12 0141 00", "named argument 1: invalid field or property type 0x12 (offset 1005)"),
            ("53 55 044E6F7065 0141 00", "named argument 1: unknown enum type 'Nope' (offset 1006)"),
            ("53 55 FF 0141 00", "named argument 1: null enum type name (offset 1006)"),
            ("53 55 05576569726400 0141 00", "named argument 1: enum 'Weird' has underlying type 0x0E, not an integer type (offset 1006)"),
            ("54 08 FF 00000000", "named argument 1: named argument with a null name (offset 1006)"),
            ("53 1D 1D 08 0141 00000000", "named argument 1: arrays of arrays cannot be custom attribute arguments (offset 1006)"),
            ("53 51 0141 51 08 00000000", "named argument 1: boxed value tagged as System.Object (offset 1008)"),
            ("53 51 0141 1D 1D 08 00000000", "named argument 1: arrays of arrays cannot be custom attribute arguments (offset 1009)"),
        ]
        for (named, message) in cases {
            let prefix = named.hasPrefix("0100") ? "0100" : "0100 0100"
            assertBlobError(try decode(Self.hex(prefix + named), []), "custom attribute: " + message)
        }
    }

    func testConstructorParametersCustomAttributesCannotEncode() {
        let cases: [(TypeSig, String)] = [
            (.pointer(.i4), "constructor parameter type cannot be a custom attribute argument"),
            (.intPtr, "constructor parameter type cannot be a custom attribute argument"),
            (.genericParam(0), "constructor parameter type cannot be a custom attribute argument"),
            (.classType(MetadataToken(.typeRef, row: 17)), "constructor parameter type 0x01000011 is neither an enum nor System.Type"),
            (.valueType(MetadataToken(.typeDef, row: 20)), "enum 0x02000014 has underlying type 0x0C, not an integer type"),
            (.szArray(.szArray(.i4)), "arrays of arrays cannot be custom attribute arguments"),
            (.szArray(.modified(required: false, modifier: MetadataToken(.typeRef, row: 30), .szArray(.i4))),
             "arrays of arrays cannot be custom attribute arguments"),
        ]
        for (parameter, message) in cases {
            assertBlobError(try decode(Self.hex("0100 01 00000000 0000"), [.bool, parameter]),
                         "custom attribute: fixed argument 2: \(message) (offset 1003)")
        }
    }

    func testResolverErrorsPassThrough() {
        let failure = MetadataError("no TypeRef row 99", context: "TypeRef", offset: 77)
        XCTAssertThrowsError(try CustomAttributeDecoder.decode(
            blobFixture(Self.hex("0100 00000000 0000")),
            constructor: MethodSignature(returnType: .void, parameterTypes: [.valueType(MetadataToken(.typeRef, row: 99))]),
            resolveToken: { _ in throw failure }, resolveEnumName: { _ in nil })) { error in
            XCTAssertEqual(error as? MetadataError, failure)
        }
    }

    func testDepthBombIsACleanError() {
        // A named object field holding object[] { object[] { object[] { ... } } }, 10,000 deep.
        let levels = (0..<10_000).flatMap { _ in Self.hex("1D51 01000000") }
        assertBlobError(try decode(Self.hex("0100 0100 53 51 014F") + levels, []),
                     "custom attribute: named argument 1: values nested deeper than 64 levels (offset 1200)")
    }
}
