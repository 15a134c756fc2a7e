import XCTest
import ECMA335

/// A blob placed at file offset 1000 inside filler bytes, so offsets in errors are absolute
/// and reading past the blob would show.
func blobFixture(_ bytes: [UInt8], context: String = "") -> ByteCursor {
    let base = 1000
    let file = [UInt8](repeating: 0xCC, count: base) + bytes + [0xCC, 0xCC, 0xCC, 0xCC]
    return ByteCursor(file, range: base..<(base + bytes.count), context: context)
}

/// Asserts that `body` throws exactly `expected` as text.
func assertBlobError<T>(_ body: @autoclosure () throws -> T, _ expected: String,
                        file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertThrowsError(try body(), file: file, line: line) { error in
        XCTAssertTrue(error is MetadataError, "\(error)", file: file, line: line)
        XCTAssertEqual("\(error)", expected, file: file, line: line)
    }
}

final class SignatureTests: XCTestCase {
    // The TypeRefs and TypeDefs of the mcs-compiled sample the real blobs come from.
    static let systemType = MetadataToken(.typeRef, row: 1), isVolatile = MetadataToken(.typeRef, row: 2)
    static let list = MetadataToken(.typeRef, row: 3), dictionary = MetadataToken(.typeRef, row: 4)
    static let keyValuePair = MetadataToken(.typeRef, row: 5), inAttribute = MetadataToken(.typeRef, row: 21)
    static let callConvCdecl = MetadataToken(.typeRef, row: 22)
    static let color = MetadataToken(.typeDef, row: 2), sample = MetadataToken(.typeDef, row: 5)

    let printer = SignaturePrinter { token in
        switch token {
        case SignatureTests.systemType: "[mscorlib]System.Type"
        case SignatureTests.isVolatile: "[mscorlib]System.Runtime.CompilerServices.IsVolatile"
        case SignatureTests.list: "[mscorlib]System.Collections.Generic.List`1"
        case SignatureTests.dictionary: "[mscorlib]System.Collections.Generic.Dictionary`2"
        case SignatureTests.keyValuePair: "[mscorlib]System.Collections.Generic.KeyValuePair`2"
        case SignatureTests.inAttribute: "[mscorlib]System.Runtime.InteropServices.InAttribute"
        case SignatureTests.callConvCdecl: "[mscorlib]System.Runtime.CompilerServices.CallConvCdecl"
        case SignatureTests.color: "Color"
        case SignatureTests.sample: "Sample`1"
        default: "\(token)"
        }
    }

    func field(_ bytes: [UInt8]) throws -> TypeSig {
        try SignatureDecoder.decodeFieldSignature(blobFixture([0x06] + bytes)).type
    }

    // MARK: - Element types

    /// Every element type that can start a field's type, decoded and printed.
    func testEveryElementTypeInAField() throws {
        let cases: [([UInt8], TypeSig, String)] = [
            ([0x02], .bool, "bool"),
            ([0x03], .char, "char"),
            ([0x04], .i1, "int8"),
            ([0x05], .u1, "uint8"),
            ([0x06], .i2, "int16"),
            ([0x07], .u2, "uint16"),
            ([0x08], .i4, "int32"),
            ([0x09], .u4, "uint32"),
            ([0x0A], .i8, "int64"),
            ([0x0B], .u8, "uint64"),
            ([0x0C], .r4, "float32"),
            ([0x0D], .r8, "float64"),
            ([0x0E], .string, "string"),
            ([0x0F, 0x08], .pointer(.i4), "int32*"),
            ([0x0F, 0x01], .pointer(.void), "void*"),
            ([0x0F, 0x0F, 0x01], .pointer(.pointer(.void)), "void**"),
            ([0x10, 0x13, 0x00], .byRef(.genericParam(0)), "!0&"),
            ([0x11, 0x08], .valueType(Self.color), "valuetype Color"),
            ([0x12, 0x05], .classType(Self.systemType), "class [mscorlib]System.Type"),
            ([0x13, 0x03], .genericParam(3), "!3"),
            ([0x14, 0x08, 0x01, 0x00, 0x00], .array(.i4, ArrayShape(rank: 1)), "int32[...]"),
            ([0x15, 0x12, 0x0D, 0x01, 0x08], .genericInst(isValueType: false, genericType: Self.list, arguments: [.i4]),
             "class [mscorlib]System.Collections.Generic.List`1<int32>"),
            ([0x16], .typedByRef, "typedref"),
            ([0x18], .intPtr, "native int"),
            ([0x19], .uintPtr, "native uint"),
            ([0x1B, 0x00, 0x01, 0x01, 0x08], .functionPointer(MethodSignature(returnType: .void, parameterTypes: [.i4])),
             "method void *(int32)"),
            ([0x1C], .object, "object"),
            ([0x1D, 0x0E], .szArray(.string), "string[]"),
            ([0x1E, 0x81, 0x00], .methodGenericParam(256), "!!256"),
            ([0x1F, 0x09, 0x08], .modified(required: true, modifier: Self.isVolatile, .i4),
             "int32 modreq([mscorlib]System.Runtime.CompilerServices.IsVolatile)"),
            ([0x20, 0x09, 0x08], .modified(required: false, modifier: Self.isVolatile, .i4),
             "int32 modopt([mscorlib]System.Runtime.CompilerServices.IsVolatile)"),
        ]
        for (bytes, type, text) in cases {
            XCTAssertEqual(try field(bytes), type, "\(bytes)")
            XCTAssertEqual(printer.text(type), text)
        }
    }

    /// ElementType covers II.23.1.16 exactly.
    func testElementTypeValues() {
        XCTAssertEqual(ElementType.allCases.map(\.rawValue), [
            0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
            0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x18, 0x19, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x21,
            0x40, 0x41, 0x45, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55,
        ])
    }

    // MARK: - Real blobs (mcs 6.12 output for sample.cs, read with dnfile)

    func testRealFieldSignatures() throws {
        let cases: [([UInt8], TypeSig, String)] = [
            // public volatile int vol;
            ([0x06, 0x1F, 0x09, 0x08], .modified(required: true, modifier: Self.isVolatile, .i4),
             "int32 modreq([mscorlib]System.Runtime.CompilerServices.IsVolatile)"),
            // public int[,] md;
            ([0x06, 0x14, 0x08, 0x02, 0x00, 0x02, 0x00, 0x00], .array(.i4, ArrayShape(rank: 2, lowerBounds: [0, 0])),
             "int32[0...,0...]"),
            // public int[][] jag;
            ([0x06, 0x1D, 0x1D, 0x08], .szArray(.szArray(.i4)), "int32[][]"),
            // public List<T> lt;
            ([0x06, 0x15, 0x12, 0x0D, 0x01, 0x13, 0x00],
             .genericInst(isValueType: false, genericType: Self.list, arguments: [.genericParam(0)]),
             "class [mscorlib]System.Collections.Generic.List`1<!0>"),
            // public Dictionary<string, List<int>> dict;
            ([0x06, 0x15, 0x12, 0x11, 0x02, 0x0E, 0x15, 0x12, 0x0D, 0x01, 0x08],
             .genericInst(isValueType: false, genericType: Self.dictionary, arguments: [
                .string, .genericInst(isValueType: false, genericType: Self.list, arguments: [.i4]),
             ]),
             "class [mscorlib]System.Collections.Generic.Dictionary`2<string,class [mscorlib]System.Collections.Generic.List`1<int32>>"),
            // public KeyValuePair<int, T> kv;
            ([0x06, 0x15, 0x11, 0x15, 0x02, 0x08, 0x13, 0x00],
             .genericInst(isValueType: true, genericType: Self.keyValuePair, arguments: [.i4, .genericParam(0)]),
             "valuetype [mscorlib]System.Collections.Generic.KeyValuePair`2<int32,!0>"),
            // public T[] tarr;
            ([0x06, 0x1D, 0x13, 0x00], .szArray(.genericParam(0)), "!0[]"),
            // public void* vptr;
            ([0x06, 0x0F, 0x01], .pointer(.void), "void*"),
            // public Color ColorField;
            ([0x06, 0x11, 0x08], .valueType(Self.color), "valuetype Color"),
        ]
        for (bytes, type, text) in cases {
            let signature = try SignatureDecoder.decodeFieldSignature(blobFixture(bytes))
            XCTAssertEqual(signature, FieldSignature(type: type))
            XCTAssertEqual(printer.text(signature), text)
        }
    }

    func testRealMethodSignatures() throws {
        // public static IntPtr NI(UIntPtr u, object o, bool b, char c, sbyte a, byte bb, short s,
        //     ushort us, uint ui, long l, ulong ul, float f, double d)
        let ni = try SignatureDecoder.decodeMethodSignature(blobFixture(
            [0x00, 0x0D, 0x18, 0x19, 0x1C, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]))
        XCTAssertEqual(ni, MethodSignature(returnType: .intPtr, parameterTypes: [
            .uintPtr, .object, .bool, .char, .i1, .u1, .i2, .u2, .u4, .i8, .u8, .r4, .r8,
        ]))
        XCTAssertEqual(printer.text(ni), "default native int (native uint, object, bool, char, int8, uint8, "
            + "int16, uint16, uint32, int64, uint64, float32, float64)")

        // public static ref int Ref(ref int x, out int y)
        let ref = try SignatureDecoder.decodeMethodSignature(blobFixture([0x00, 0x02, 0x10, 0x08, 0x10, 0x08, 0x10, 0x08]))
        XCTAssertEqual(ref, MethodSignature(returnType: .byRef(.i4), parameterTypes: [.byRef(.i4), .byRef(.i4)]))
        XCTAssertEqual(printer.text(ref), "default int32& (int32&, int32&)")

        // public U Gen<U>(U u, T t)
        let gen = try SignatureDecoder.decodeMethodSignature(blobFixture([0x30, 0x01, 0x02, 0x1E, 0x00, 0x1E, 0x00, 0x13, 0x00]))
        XCTAssertEqual(gen, MethodSignature(hasThis: true, callingConvention: .generic(parameterCount: 1),
                                            returnType: .methodGenericParam(0),
                                            parameterTypes: [.methodGenericParam(0), .genericParam(0)]))
        XCTAssertEqual(printer.text(gen), "instance !!0 <[1]>(!!0, !0)")

        // public int this[int i, string s] { get; }
        let getItem = try SignatureDecoder.decodeMethodSignature(blobFixture([0x20, 0x02, 0x08, 0x08, 0x0E]))
        XCTAssertEqual(printer.text(getItem), "instance int32 (int32, string)")

        // public static void TR(TypedReference r)
        let tr = try SignatureDecoder.decodeMethodSignature(blobFixture([0x00, 0x01, 0x01, 0x16]))
        XCTAssertEqual(tr, MethodSignature(returnType: .void, parameterTypes: [.typedByRef]))
        XCTAssertEqual(printer.text(tr), "default void (typedref)")

        // The attribute constructor with one parameter of every custom attribute kind.
        let ctor = try SignatureDecoder.decodeMethodSignature(blobFixture([
            0x20, 0x15, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x12, 0x05,
            0x1C, 0x11, 0x08, 0x1D, 0x08, 0x1D, 0x0E, 0x1D, 0x12, 0x05, 0x1D, 0x1C, 0x1D, 0x11, 0x08,
        ]))
        XCTAssertEqual(printer.text(ctor), "instance void (bool, char, int8, uint8, int16, uint16, int32, uint32, "
            + "int64, uint64, float32, float64, string, class [mscorlib]System.Type, object, valuetype Color, "
            + "int32[], string[], class [mscorlib]System.Type[], object[], valuetype Color[])")
    }

    /// `VA(1, __arglist(2, "s"))` calls `static vararg void VA(int32)` through a MemberRef.
    func testVarargCallSiteWithSentinel() throws {
        let definition = try SignatureDecoder.decodeMethodSignature(blobFixture([0x05, 0x01, 0x01, 0x08]))
        XCTAssertEqual(definition, MethodSignature(callingConvention: .vararg, returnType: .void, parameterTypes: [.i4]))
        XCTAssertEqual(printer.text(definition), "vararg void (int32)")

        let site = try SignatureDecoder.decodeMethodSignature(blobFixture([0x05, 0x03, 0x01, 0x08, 0x41, 0x08, 0x0E]),
                                                              isCallSite: true)
        XCTAssertEqual(site, MethodSignature(callingConvention: .vararg, returnType: .void,
                                             parameterTypes: [.i4, .i4, .string], sentinelIndex: 1))
        XCTAssertEqual(printer.text(site), "vararg void (int32, ..., int32, string)")

        // A SENTINEL before the first parameter: all of them are variable.
        let allVariable = try SignatureDecoder.decodeMethodSignature(blobFixture([0x05, 0x01, 0x01, 0x41, 0x0E]),
                                                                     isCallSite: true)
        XCTAssertEqual(allVariable.sentinelIndex, 0)
        XCTAssertEqual(printer.text(allVariable), "vararg void (..., string)")
    }

    func testPropertySignatures() throws {
        // public int this[int i, string s] { get; }
        let item = try SignatureDecoder.decodePropertySignature(blobFixture([0x28, 0x02, 0x08, 0x08, 0x0E]))
        XCTAssertEqual(item, PropertySignature(hasThis: true, type: .i4, parameterTypes: [.i4, .string]))
        XCTAssertEqual(printer.text(item), "instance int32 (int32, string)")
        // public Type TypeProp { get; set; }
        let typeProp = try SignatureDecoder.decodePropertySignature(blobFixture([0x28, 0x00, 0x12, 0x05]))
        XCTAssertEqual(printer.text(typeProp), "instance class [mscorlib]System.Type ()")
        // A static ref-returning property.
        let staticRef = try SignatureDecoder.decodePropertySignature(blobFixture([0x08, 0x00, 0x10, 0x08]))
        XCTAssertEqual(staticRef, PropertySignature(hasThis: false, type: .byRef(.i4)))
        XCTAssertEqual(printer.text(staticRef), "int32& ()")
    }

    func testLocalVariablesSignatures() throws {
        // fixed (int* p = a) { fixed (char* q = s) { ... } }
        let pinned = try SignatureDecoder.decodeLocalVariablesSignature(blobFixture(
            [0x07, 0x03, 0x45, 0x10, 0x08, 0x0F, 0x03, 0x45, 0x0E]))
        XCTAssertEqual(pinned, LocalVariablesSignature(locals: [.pinned(.byRef(.i4)), .pointer(.char), .pinned(.string)]))
        XCTAssertEqual(printer.text(pinned), "(int32& pinned, char*, string pinned)")

        // Modifiers before PINNED, a byref local, a TypedReference local, no locals.
        let mixed = try SignatureDecoder.decodeLocalVariablesSignature(blobFixture(
            [0x07, 0x04, 0x1F, 0x09, 0x45, 0x08, 0x10, 0x0E, 0x16, 0x13, 0x00]))
        XCTAssertEqual(mixed.locals, [
            .modified(required: true, modifier: Self.isVolatile, .pinned(.i4)), .byRef(.string), .typedByRef, .genericParam(0),
        ])
        XCTAssertEqual(printer.text(mixed),
                       "(int32 pinned modreq([mscorlib]System.Runtime.CompilerServices.IsVolatile), string&, typedref, !0)")
        XCTAssertEqual(try SignatureDecoder.decodeLocalVariablesSignature(blobFixture([0x07, 0x00])).locals, [])
    }

    func testTypeSpecsAndMethodSpecs() throws {
        XCTAssertEqual(try SignatureDecoder.decodeTypeSpec(blobFixture([0x13, 0x00])), .genericParam(0))
        // Sample<T> as the parent of a MemberRef.
        let sample = try SignatureDecoder.decodeTypeSpec(blobFixture([0x15, 0x12, 0x14, 0x01, 0x13, 0x00]))
        XCTAssertEqual(sample, .genericInst(isValueType: false, genericType: Self.sample, arguments: [.genericParam(0)]))
        XCTAssertEqual(printer.text(sample), "class Sample`1<!0>")

        // Gen<string>(...) and Gen<List<T>>(...)
        let string = try SignatureDecoder.decodeMethodSpecSignature(blobFixture([0x0A, 0x01, 0x0E]))
        XCTAssertEqual(string, MethodSpecSignature(arguments: [.string]))
        XCTAssertEqual(printer.text(string), "<string>")
        let listOfT = try SignatureDecoder.decodeMethodSpecSignature(blobFixture([0x0A, 0x01, 0x15, 0x12, 0x0D, 0x01, 0x13, 0x00]))
        XCTAssertEqual(printer.text(listOfT), "<class [mscorlib]System.Collections.Generic.List`1<!0>>")
        let two = try SignatureDecoder.decodeMethodSpecSignature(blobFixture([0x0A, 0x02, 0x08, 0x1E, 0x00]))
        XCTAssertEqual(printer.text(two), "<int32,!!0>")
    }

    // MARK: - Hand-assembled signatures

    func testEveryCallingConvention() throws {
        let cases: [(UInt8, [UInt8], MethodSignature, String)] = [
            (0x00, [], MethodSignature(returnType: .void), "default void ()"),
            (0x01, [], MethodSignature(callingConvention: .c, returnType: .void), "unmanaged cdecl void ()"),
            (0x02, [], MethodSignature(callingConvention: .stdcall, returnType: .void), "unmanaged stdcall void ()"),
            (0x03, [], MethodSignature(callingConvention: .thiscall, returnType: .void), "unmanaged thiscall void ()"),
            (0x04, [], MethodSignature(callingConvention: .fastcall, returnType: .void), "unmanaged fastcall void ()"),
            (0x05, [], MethodSignature(callingConvention: .vararg, returnType: .void), "vararg void ()"),
            (0x09, [], MethodSignature(callingConvention: .unmanaged, returnType: .void), "unmanaged void ()"),
            (0x10, [0x02], MethodSignature(callingConvention: .generic(parameterCount: 2), returnType: .void),
             "default void <[2]>()"),
            (0x20, [], MethodSignature(hasThis: true, returnType: .void), "instance void ()"),
            (0x60, [], MethodSignature(hasThis: true, explicitThis: true, returnType: .void), "instance explicit void ()"),
            (0x30, [0x01], MethodSignature(hasThis: true, callingConvention: .generic(parameterCount: 1), returnType: .void),
             "instance void <[1]>()"),
            (0x25, [], MethodSignature(hasThis: true, callingConvention: .vararg, returnType: .void), "instance vararg void ()"),
            (0x23, [], MethodSignature(hasThis: true, callingConvention: .thiscall, returnType: .void),
             "instance unmanaged thiscall void ()"),
        ]
        for (first, genericCount, signature, text) in cases {
            let decoded = try SignatureDecoder.decodeMethodSignature(blobFixture([first] + genericCount + [0x00, 0x01]))
            XCTAssertEqual(decoded, signature, "0x" + String(first, radix: 16))
            XCTAssertEqual(printer.text(decoded), text)
        }
        // The example of the brief: static int32 (string, object[]).
        let example = try SignatureDecoder.decodeMethodSignature(blobFixture([0x00, 0x02, 0x08, 0x0E, 0x1D, 0x1C]))
        XCTAssertEqual(printer.text(example), "default int32 (string, object[])")
    }

    func testArrayShapes() throws {
        let cases: [([UInt8], ArrayShape, String)] = [
            // Rank 1 with nothing known: ildasm's [...].
            ([0x01, 0x00, 0x00], ArrayShape(rank: 1), "[...]"),
            ([0x02, 0x00, 0x00], ArrayShape(rank: 2), "[,]"),
            ([0x01, 0x01, 0x05, 0x00], ArrayShape(rank: 1, sizes: [5]), "[5]"),
            ([0x02, 0x02, 0x02, 0x03, 0x00], ArrayShape(rank: 2, sizes: [2, 3]), "[2,3]"),
            // Lower bound -2 (compressed 0x7D) with size 5, size 3 with bound 0, bound 4 without a size.
            ([0x03, 0x02, 0x05, 0x03, 0x03, 0x7D, 0x00, 0x08], ArrayShape(rank: 3, sizes: [5, 3], lowerBounds: [-2, 0, 4]),
             "[-2...2,3,4...]"),
            // Two-byte lower bound -8192, one-dimensional.
            ([0x01, 0x00, 0x01, 0x80, 0x01], ArrayShape(rank: 1, lowerBounds: [-8192]), "[-8192...]"),
            // Four-byte size, lower bound 1.
            ([0x01, 0x01, 0xC0, 0x01, 0x00, 0x00, 0x01, 0x02], ArrayShape(rank: 1, sizes: [0x10000], lowerBounds: [1]),
             "[1...65536]"),
            // Bounds on the first of three dimensions only.
            ([0x03, 0x00, 0x01, 0x02], ArrayShape(rank: 3, lowerBounds: [1]), "[1...,,]"),
        ]
        for (shapeBytes, shape, text) in cases {
            let type = try field([0x14, 0x0E] + shapeBytes)
            XCTAssertEqual(type, .array(.string, shape), "\(shapeBytes)")
            XCTAssertEqual(printer.text(type), "string" + text)
        }
        // An array of generic instances of an array.
        let nested = try field([0x14, 0x15, 0x11, 0x05, 0x01, 0x14, 0x08, 0x01, 0x00, 0x00, 0x02, 0x00, 0x00])
        XCTAssertEqual(printer.text(nested), "valuetype [mscorlib]System.Type<int32[...]>[,]")
    }

    func testFunctionPointers() throws {
        // delegate* unmanaged[Cdecl]<int, int>
        let cdecl = try field([0x1B, 0x01, 0x01, 0x08, 0x08])
        XCTAssertEqual(cdecl, .functionPointer(MethodSignature(callingConvention: .c, returnType: .i4, parameterTypes: [.i4])))
        XCTAssertEqual(printer.text(cdecl), "method unmanaged cdecl int32 *(int32)")
        // delegate* unmanaged<void> as Roslyn encodes [Cdecl] on the unmanaged kind: modopt on the return type.
        let unmanaged = try field([0x1B, 0x09, 0x00, 0x20, 0x59, 0x01])
        XCTAssertEqual(printer.text(unmanaged),
                       "method unmanaged void modopt([mscorlib]System.Runtime.CompilerServices.CallConvCdecl) *()")
        // An instance function pointer taking `in int` and returning a function pointer.
        let nested = try field([0x1B, 0x20, 0x01, 0x1B, 0x00, 0x00, 0x08, 0x1F, 0x55, 0x10, 0x08])
        XCTAssertEqual(nested, .functionPointer(MethodSignature(
            hasThis: true,
            returnType: .functionPointer(MethodSignature(returnType: .i4)),
            parameterTypes: [.modified(required: true, modifier: Self.inAttribute, .byRef(.i4))])))
        XCTAssertEqual(printer.text(nested), "method instance method int32 *() *(int32& modreq([mscorlib]System.Runtime.InteropServices.InAttribute))")
        // A vararg function pointer may carry a SENTINEL; pointers to function pointers.
        let vararg = try field([0x0F, 0x1B, 0x05, 0x02, 0x01, 0x08, 0x41, 0x0E])
        XCTAssertEqual(printer.text(vararg), "method vararg void *(int32, ..., string)*")
    }

    func testCustomModifiers() throws {
        // `in int` parameter: modreq(InAttribute) before BYREF; modopt on the return type; a TypeSpec modifier.
        let method = try SignatureDecoder.decodeMethodSignature(blobFixture(
            [0x00, 0x02, 0x20, 0x09, 0x01, 0x1F, 0x55, 0x10, 0x08, 0x20, 0x06, 0x20, 0x09, 0x1D, 0x08]))
        XCTAssertEqual(method, MethodSignature(
            returnType: .modified(required: false, modifier: Self.isVolatile, .void),
            parameterTypes: [
                .modified(required: true, modifier: Self.inAttribute, .byRef(.i4)),
                .modified(required: false, modifier: MetadataToken(.typeSpec, row: 1),
                          .modified(required: false, modifier: Self.isVolatile, .szArray(.i4))),
            ]))
        XCTAssertEqual(printer.text(method), "default void modopt([mscorlib]System.Runtime.CompilerServices.IsVolatile) ("
            + "int32& modreq([mscorlib]System.Runtime.InteropServices.InAttribute), "
            + "int32[] modopt([mscorlib]System.Runtime.CompilerServices.IsVolatile) modopt(0x1B000001))")
        // Modifiers inside a pointer, before VOID, and on an array element.
        XCTAssertEqual(printer.text(try field([0x0F, 0x1F, 0x09, 0x01])),
                       "void modreq([mscorlib]System.Runtime.CompilerServices.IsVolatile)*")
        XCTAssertEqual(try field([0x1D, 0x20, 0x09, 0x08]),
                       .szArray(.modified(required: false, modifier: Self.isVolatile, .i4)))
    }

    func testTypeDefOrRefOrSpecEncoded() throws {
        let cases: [([UInt8], MetadataToken)] = [
            ([0x04], MetadataToken(.typeDef, row: 1)),
            ([0x49], MetadataToken(.typeRef, row: 0x12)),
            ([0x06], MetadataToken(.typeSpec, row: 1)),
            ([0x81, 0x01], MetadataToken(.typeRef, row: 0x40)),
            ([0xC3, 0xFF, 0xFF, 0xFD], MetadataToken(.typeRef, row: 0xFF_FFFF)),
        ]
        for (bytes, token) in cases {
            var cursor = ByteCursor(bytes)
            XCTAssertEqual(try cursor.readTypeDefOrRefOrSpecEncoded(), token)
            XCTAssertTrue(cursor.isAtEnd)
        }
        var tooBig = ByteCursor([0xC4, 0x00, 0x00, 0x00], context: "#Blob")
        assertBlobError(try tooBig.readTypeDefOrRefOrSpecEncoded(), "#Blob: TypeDef row 16777216 does not fit in a token (offset 0)")
        var tag3 = ByteCursor([0x07])
        assertBlobError(try tag3.readTypeDefOrRefOrSpecEncoded(), "TypeDefOrRefOrSpecEncoded tag 3 is invalid (offset 0)")
        var null = ByteCursor([0x01])
        assertBlobError(try null.readTypeDefOrRefOrSpecEncoded(), "null TypeRef token in a signature (offset 0)")
    }

    // MARK: - Errors

    /// Every blob above, for truncation tests, with the decoder that accepts it.
    var validBlobs: [([UInt8], (ByteCursor) throws -> Void)] {
        let method = { (c: ByteCursor) in _ = try SignatureDecoder.decodeMethodSignature(c, isCallSite: true) }
        let field = { (c: ByteCursor) in _ = try SignatureDecoder.decodeFieldSignature(c) }
        let property = { (c: ByteCursor) in _ = try SignatureDecoder.decodePropertySignature(c) }
        let locals = { (c: ByteCursor) in _ = try SignatureDecoder.decodeLocalVariablesSignature(c) }
        let methodSpec = { (c: ByteCursor) in _ = try SignatureDecoder.decodeMethodSpecSignature(c) }
        let typeSpec = { (c: ByteCursor) in _ = try SignatureDecoder.decodeTypeSpec(c) }
        return [
            ([0x00, 0x0D, 0x18, 0x19, 0x1C, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x09, 0x0A, 0x0B, 0x0C, 0x0D], method),
            ([0x30, 0x01, 0x02, 0x1E, 0x00, 0x1E, 0x00, 0x13, 0x00], method),
            ([0x05, 0x03, 0x01, 0x08, 0x41, 0x08, 0x0E], method),
            ([0x00, 0x02, 0x20, 0x09, 0x01, 0x1F, 0x55, 0x10, 0x08, 0x20, 0x06, 0x20, 0x09, 0x1D, 0x08], method),
            ([0x06, 0x1F, 0x09, 0x08], field),
            ([0x06, 0x14, 0x08, 0x02, 0x00, 0x02, 0x00, 0x00], field),
            ([0x06, 0x14, 0x0E, 0x03, 0x02, 0x05, 0x03, 0x03, 0x7D, 0x00, 0x08], field),
            ([0x06, 0x14, 0x0E, 0x01, 0x01, 0xC0, 0x01, 0x00, 0x00, 0x01, 0x02], field),
            ([0x06, 0x15, 0x12, 0x11, 0x02, 0x0E, 0x15, 0x12, 0x0D, 0x01, 0x08], field),
            ([0x06, 0x1B, 0x20, 0x01, 0x1B, 0x00, 0x00, 0x08, 0x1F, 0x55, 0x10, 0x08], field),
            ([0x06, 0x0F, 0x1B, 0x05, 0x02, 0x01, 0x08, 0x41, 0x0E], field),
            ([0x06, 0x1E, 0x81, 0x00], field),
            ([0x28, 0x02, 0x08, 0x08, 0x0E], property),
            ([0x07, 0x03, 0x45, 0x10, 0x08, 0x0F, 0x03, 0x45, 0x0E], locals),
            ([0x07, 0x04, 0x1F, 0x09, 0x45, 0x08, 0x10, 0x0E, 0x16, 0x13, 0x00], locals),
            ([0x0A, 0x01, 0x15, 0x12, 0x0D, 0x01, 0x13, 0x00], methodSpec),
            ([0x15, 0x12, 0x14, 0x01, 0x13, 0x00], typeSpec),
        ]
    }

    /// Every proper prefix of every sample blob is rejected with an error inside the blob.
    func testTruncationAtEveryPrefixIsAnError() throws {
        for (bytes, decode) in validBlobs {
            XCTAssertNoThrow(try decode(blobFixture(bytes)), "\(bytes)")
            for length in 0..<bytes.count {
                XCTAssertThrowsError(try decode(blobFixture(Array(bytes[..<length]))), "\(bytes) cut at \(length)") { error in
                    guard let error = error as? MetadataError else { return XCTFail("\(error)") }
                    XCTAssertTrue((1000...1000 + length).contains(error.offset), "\(error)")
                }
            }
        }
    }

    func testTruncationMessages() {
        assertBlobError(try SignatureDecoder.decodeFieldSignature(blobFixture([0x06, 0x1D], context: "#Blob")),
                     "#Blob: field signature: unexpected end of input (offset 1002)")
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([])),
                     "method signature: unexpected end of input (offset 1000)")
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x00, 0x03, 0x01, 0x08])),
                     "method signature: parameter count 3 exceeds the 2 bytes left (offset 1001)")
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x00, 0x02, 0x01, 0x08])),
                     "method signature: unexpected end of input (offset 1004)")
        assertBlobError(try SignatureDecoder.decodeFieldSignature(blobFixture([0x06, 0x12, 0x80])),
                     "field signature: unexpected end of input (offset 1003)")
    }

    func testTrailingBytes() {
        assertBlobError(try SignatureDecoder.decodeFieldSignature(blobFixture([0x06, 0x08, 0x00])),
                     "field signature: 1 trailing byte after the signature (offset 1002)")
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x20, 0x00, 0x01, 0x08, 0x08])),
                     "method signature: 2 trailing bytes after the signature (offset 1003)")
        assertBlobError(try SignatureDecoder.decodeTypeSpec(blobFixture([0x13, 0x00, 0x00])),
                     "type spec: 1 trailing byte after the signature (offset 1002)")
    }

    func testDepthBombsAreCleanErrors() {
        let szArrays = [UInt8](repeating: 0x1D, count: 10_000)
        assertBlobError(try SignatureDecoder.decodeTypeSpec(blobFixture(szArrays)),
                     "type spec: types nested deeper than 64 levels (offset 1064)")
        // Exactly 64 levels are fine.
        XCTAssertNoThrow(try SignatureDecoder.decodeTypeSpec(blobFixture([UInt8](repeating: 0x1D, count: 63) + [0x08])))
        // Function pointers returning function pointers: FNPTR, DEFAULT, no parameters, ...
        let functionPointers = [UInt8]([0x06]) + (0..<10_000).flatMap { _ in [UInt8]([0x1B, 0x00, 0x00]) }
        assertBlobError(try SignatureDecoder.decodeFieldSignature(blobFixture(functionPointers)),
                     "field signature: types nested deeper than 64 levels (offset 1193)")
        // Custom modifiers on custom modifiers.
        let modifiers = [UInt8]([0x06]) + (0..<10_000).flatMap { _ in [UInt8]([0x1F, 0x09]) }
        assertBlobError(try SignatureDecoder.decodeFieldSignature(blobFixture(modifiers)),
                     "field signature: types nested deeper than 64 levels (offset 1129)")
        // Generic instances nested in their arguments.
        let generics = [UInt8]([0x06]) + (0..<10_000).flatMap { _ in [UInt8]([0x15, 0x12, 0x0D, 0x01]) }
        assertBlobError(try SignatureDecoder.decodeFieldSignature(blobFixture(generics)),
                     "field signature: types nested deeper than 64 levels (offset 1257)")
    }

    func testWrongLeadingBytes() {
        assertBlobError(try SignatureDecoder.decodeFieldSignature(blobFixture([0x07, 0x00])),
                     "field signature: expected a field signature, found a local variables signature (0x07) (offset 1000)")
        assertBlobError(try SignatureDecoder.decodeFieldSignature(blobFixture([0x26, 0x08])),
                     "field signature: calling convention flags 0x20 are not allowed on a field signature (offset 1000)")
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x06, 0x08])),
                     "method signature: expected a method signature, found a field signature (0x06) (offset 1000)")
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x0B, 0x00, 0x01])),
                     "method signature: expected a method signature, found unknown calling convention 0x0B (offset 1000)")
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x80, 0x00, 0x01])),
                     "method signature: calling convention 0x80 sets reserved bit 0x80 (offset 1000)")
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x40, 0x00, 0x01])),
                     "method signature: EXPLICITTHIS without HASTHIS in 0x40 (offset 1000)")
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x15, 0x01, 0x00, 0x01])),
                     "method signature: GENERIC with non-default calling convention 0x15 (offset 1000)")
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x10, 0x00, 0x00, 0x01])),
                     "method signature: generic method signature with no generic parameters (offset 1001)")
        assertBlobError(try SignatureDecoder.decodePropertySignature(blobFixture([0x20, 0x00, 0x08])),
                     "property signature: expected a property signature, found a method signature (0x20) (offset 1000)")
        assertBlobError(try SignatureDecoder.decodePropertySignature(blobFixture([0x68, 0x00, 0x08])),
                     "property signature: calling convention flags 0x40 are not allowed on a property signature (offset 1000)")
        assertBlobError(try SignatureDecoder.decodeLocalVariablesSignature(blobFixture([0x0A, 0x01, 0x08])),
                     "local variables signature: expected a local variables signature, found a method spec signature (0x0A) (offset 1000)")
        assertBlobError(try SignatureDecoder.decodeMethodSpecSignature(blobFixture([0x08, 0x00, 0x08])),
                     "method spec signature: expected a method spec signature, found a property signature (0x08) (offset 1000)")
        assertBlobError(try SignatureDecoder.decodeMethodSpecSignature(blobFixture([0x0A, 0x00])),
                     "method spec signature: generic instantiation with no type arguments (offset 1001)")
    }

    func testElementTypesOutOfPlace() {
        let cases: [([UInt8], String)] = [
            ([0x06, 0x01], "field signature: VOID is only allowed as a return type or pointer target (offset 1001)"),
            ([0x06, 0x1D, 0x01], "field signature: VOID is only allowed as a return type or pointer target (offset 1002)"),
            ([0x06, 0x10, 0x01], "field signature: VOID is only allowed as a return type or pointer target (offset 1002)"),
            ([0x06, 0x1D, 0x10, 0x08],
             "field signature: BYREF is only allowed at the top of a parameter, return, field, property or local type (offset 1002)"),
            ([0x06, 0x10, 0x10, 0x08],
             "field signature: BYREF is only allowed at the top of a parameter, return, field, property or local type (offset 1002)"),
            ([0x06, 0x0F, 0x10, 0x08],
             "field signature: BYREF is only allowed at the top of a parameter, return, field, property or local type (offset 1002)"),
            ([0x06, 0x15, 0x12, 0x0D, 0x01, 0x16],
             "field signature: TYPEDBYREF is only allowed at the top of a parameter, return, field, property or local type (offset 1005)"),
            ([0x06, 0x45, 0x08], "field signature: PINNED is only allowed at the top of a local variable type (offset 1001)"),
            ([0x06, 0x41, 0x08], "field signature: SENTINEL outside the parameter list of a vararg call site (offset 1001)"),
            ([0x06, 0x17], "field signature: unknown element type 0x17 (offset 1001)"),
            ([0x06, 0x1D, 0xFF], "field signature: unknown element type 0xFF (offset 1002)"),
            ([0x06, 0x00], "field signature: element type 0x00 is not valid in a signature (offset 1001)"),
            ([0x06, 0x21, 0x08], "field signature: element type 0x21 is not valid in a signature (offset 1001)"),
            ([0x06, 0x50], "field signature: element type 0x50 is not valid in a signature (offset 1001)"),
            ([0x06, 0x55], "field signature: element type 0x55 is not valid in a signature (offset 1001)"),
            ([0x06, 0x15, 0x08, 0x0D, 0x01, 0x08],
             "field signature: GENERICINST must be followed by CLASS or VALUETYPE, not 0x08 (offset 1002)"),
            ([0x06, 0x15, 0x12, 0x0D, 0x00], "field signature: generic instantiation with no type arguments (offset 1004)"),
            ([0x06, 0x12, 0x06], "field signature: TypeSpec token 0x1B000001 where a TypeDef or TypeRef is required (offset 1002)"),
            ([0x06, 0x15, 0x11, 0x06, 0x01, 0x08],
             "field signature: TypeSpec token 0x1B000001 where a TypeDef or TypeRef is required (offset 1003)"),
            ([0x06, 0x11, 0x03], "field signature: TypeDefOrRefOrSpecEncoded tag 3 is invalid (offset 1002)"),
            ([0x06, 0x11, 0x00], "field signature: null TypeDef token in a signature (offset 1002)"),
            ([0x06, 0x20, 0x02, 0x08], "field signature: null TypeSpec token in a signature (offset 1002)"),
            ([0x06, 0x13, 0xE0], "field signature: invalid compressed integer lead byte 0xe0 (offset 1002)"),
            ([0x06, 0x14, 0x08, 0x00, 0x00, 0x00], "field signature: array rank 0 (offset 1003)"),
            ([0x06, 0x14, 0x08, 0x21, 0x00, 0x00], "field signature: array rank 33 exceeds the limit of 32 (offset 1003)"),
            ([0x06, 0x14, 0x08, 0x01, 0x02, 0x01, 0x01, 0x00], "field signature: 2 array sizes for rank 1 (offset 1004)"),
            ([0x06, 0x14, 0x08, 0x01, 0x00, 0x02, 0x00, 0x00], "field signature: 2 array lower bounds for rank 1 (offset 1005)"),
        ]
        for (bytes, message) in cases {
            assertBlobError(try SignatureDecoder.decodeFieldSignature(blobFixture(bytes)), message)
        }
        // VOID as a parameter, PINNED in a parameter, BYREF in a type spec or method spec.
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x00, 0x01, 0x01, 0x01])),
                     "method signature: VOID is only allowed as a return type or pointer target (offset 1003)")
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x00, 0x01, 0x01, 0x45, 0x08])),
                     "method signature: PINNED is only allowed at the top of a local variable type (offset 1003)")
        assertBlobError(try SignatureDecoder.decodeTypeSpec(blobFixture([0x10, 0x08])),
                     "type spec: BYREF is only allowed at the top of a parameter, return, field, property or local type (offset 1000)")
        assertBlobError(try SignatureDecoder.decodeMethodSpecSignature(blobFixture([0x0A, 0x01, 0x16])),
                     "method spec signature: TYPEDBYREF is only allowed at the top of a parameter, return, field, property or local type (offset 1002)")
        assertBlobError(try SignatureDecoder.decodeLocalVariablesSignature(blobFixture([0x07, 0x01, 0x45, 0x45, 0x08])),
                     "local variables signature: PINNED is only allowed at the top of a local variable type (offset 1003)")
        assertBlobError(try SignatureDecoder.decodeLocalVariablesSignature(blobFixture([0x07, 0xC0, 0x01, 0x00, 0x00] + [UInt8](repeating: 0x08, count: 0x10000))),
                     "local variables signature: local variable count 65536 exceeds 0xFFFE (offset 1001)")
    }

    func testSentinelOutsideVarargCallSites() {
        // In a method definition, even a vararg one.
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x05, 0x02, 0x01, 0x08, 0x41, 0x08])),
                     "method signature: SENTINEL outside the parameter list of a vararg call site (offset 1004)")
        // At a call site that is not vararg.
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x00, 0x02, 0x01, 0x08, 0x41, 0x08]), isCallSite: true),
                     "method signature: SENTINEL outside the parameter list of a vararg call site (offset 1004)")
        // Twice.
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x05, 0x02, 0x01, 0x41, 0x08, 0x41, 0x08]), isCallSite: true),
                     "method signature: second SENTINEL in one parameter list (offset 1005)")
        // After the last parameter: the count does not include it, so it is a trailing byte.
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x05, 0x01, 0x01, 0x08, 0x41]), isCallSite: true),
                     "method signature: 1 trailing byte after the signature (offset 1004)")
        // Nested in a parameter's type.
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x05, 0x01, 0x01, 0x1D, 0x41, 0x08]), isCallSite: true),
                     "method signature: SENTINEL outside the parameter list of a vararg call site (offset 1004)")
        // As the return type.
        assertBlobError(try SignatureDecoder.decodeMethodSignature(blobFixture([0x05, 0x01, 0x41, 0x08, 0x08]), isCallSite: true),
                     "method signature: SENTINEL outside the parameter list of a vararg call site (offset 1002)")
    }
}
