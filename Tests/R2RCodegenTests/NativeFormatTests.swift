import XCTest
import R2RCodegen

/// The native format: integer encodings, NativeArray and NativeHashtable as crossgen2 writes
/// them (expected bytes traced by hand through its layout passes), their readers, and the
/// version-resilient name hash.
final class NativeFormatTests: XCTestCase {
    // MARK: - Integers

    func testUnsignedEncodings() {
        let cases: [(UInt32, [UInt8])] = [
            (0, [0x00]), (12, [0x18]), (127, [0xFE]),                 // R2R-WASM.md §4: 12 → 18
            (128, [0x01, 0x02]), (1000, [0xA1, 0x0F]), (16383, [0xFD, 0xFF]),  // 1000 → A1 0F
            (16384, [0x03, 0x00, 0x02]), (2_097_151, [0xFB, 0xFF, 0xFF]),
            (2_097_152, [0x07, 0x00, 0x00, 0x02]), (268_435_455, [0xF7, 0xFF, 0xFF, 0xFF]),
            (268_435_456, [0x0F, 0x00, 0x00, 0x00, 0x10]), (UInt32.max, [0x0F, 0xFF, 0xFF, 0xFF, 0xFF]),
        ]
        for (value, bytes) in cases {
            XCTAssertEqual(NativeFormat.unsigned(value), bytes, "\(value)")
            let decoded = try? NativeReader(bytes).unsigned(at: 0)
            XCTAssertEqual(decoded?.value, value)
            XCTAssertEqual(decoded?.next, bytes.count)
        }
    }

    func testSignedEncodings() {
        let cases: [(Int32, [UInt8])] = [
            (0, [0x00]), (-1, [0xFE]), (63, [0x7E]), (-64, [0x80]), (64, [0x01, 0x01]), (-65, [0xFD, 0xFE]),
            (8191, [0xFD, 0x7F]), (8192, [0x03, 0x00, 0x01]), (-8193, [0xFB, 0xFF, 0xFE]),
            (Int32.max, [0x0F, 0xFF, 0xFF, 0xFF, 0x7F]), (Int32.min, [0x0F, 0x00, 0x00, 0x00, 0x80]),
        ]
        for (value, bytes) in cases {
            XCTAssertEqual(NativeFormat.signed(value), bytes, "\(value)")
            let decoded = try? NativeReader(bytes).signed(at: 0)
            XCTAssertEqual(decoded?.value, value)
            XCTAssertEqual(decoded?.next, bytes.count)
        }
    }

    func testIntegersRoundTripAtEveryLengthBoundary() throws {
        var values: [UInt32] = []
        for bits in 0..<32 { values += [UInt32(1) << UInt32(bits), (UInt32(1) << UInt32(bits)) &- 1, (UInt32(1) << UInt32(bits)) + 1] }
        for value in values {
            XCTAssertEqual(try NativeReader(NativeFormat.unsigned(value)).unsigned(at: 0).value, value)
            let signed = Int32(bitPattern: value)
            XCTAssertEqual(try NativeReader(NativeFormat.signed(signed)).signed(at: 0).value, signed)
            XCTAssertEqual(try NativeReader(NativeFormat.signed(0 &- signed)).signed(at: 0).value, 0 &- signed)
        }
    }

    func testIntegerReadErrors() {
        XCTAssertThrowsError(try NativeReader([0x01]).unsigned(at: 0)) {
            XCTAssertEqual("\($0)", "unexpected end of data (offset 0)")
        }
        XCTAssertThrowsError(try NativeReader([0x00, 0x0F, 0x01]).unsigned(at: 1)) {
            XCTAssertEqual("\($0)", "unexpected end of data (offset 2)")
        }
        XCTAssertThrowsError(try NativeReader([0x00, 0x1F]).signed(at: 1)) {
            XCTAssertEqual("\($0)", "invalid native-format integer lead byte 0x1f (offset 1)")
        }
        XCTAssertThrowsError(try NativeReader([]).unsigned(at: 0)) {
            XCTAssertEqual("\($0)", "unexpected end of data (offset 0)")
        }
    }

    // MARK: - NativeArray

    /// No elements: the first pass writes header `(0 << 2) | 2`; the next narrows the index to
    /// u8 and settles at `(0 << 2) | 0`.
    func testEmptyArray() throws {
        XCTAssertEqual(NativeArray.encode([]), [0x00])
        let array = try NativeArray(NativeReader([0x00]), offset: 0)
        XCTAssertEqual(array.count, 0)
        XCTAssertNil(try array.elementOffset(0))
    }

    /// One element collapses its whole block to a leaf `(0 << 2)` followed by the element;
    /// the section is [array, leaf]. Passes: 0C FEFFFF7F 00 0A, then (u32 index narrowed)
    /// 0C 04000000→rolled back, 08 03 00 0A, 08 01 00 0A (settled).
    func testSingleElementArray() throws {
        let bytes = NativeArray.encode([[0x0A]])
        XCTAssertEqual(bytes, [0x08, 0x01, 0x00, 0x0A])
        let array = try NativeArray(NativeReader(bytes), offset: 0)
        XCTAssertEqual(array.count, 1)
        XCTAssertEqual(array.entryIndexSize, 0)
        XCTAssertEqual(try array.elementOffset(0), 3)
        XCTAssertNil(try array.elementOffset(1))
    }

    /// Elements 0 and 1: trees for bits 8, 4 and 2 with only a lower child (`02`), then the
    /// bit-1 node with both children — `(2 << 2) | 3` = 0x16, the higher child 2 bytes on —
    /// with element 0 inline after it; element 1 is placed after the block (section order
    /// [array, tree, element 1]).
    func testTwoElementArray() throws {
        let bytes = NativeArray.encode([[0x02], [0x04]])
        XCTAssertEqual(bytes, [0x10, 0x01, 0x02, 0x02, 0x02, 0x16, 0x02, 0x04])
        let array = try NativeArray(NativeReader(bytes), offset: 0)
        XCTAssertEqual(try array.elementOffset(0), 6)
        XCTAssertEqual(try array.elementOffset(1), 7)
    }

    /// Only element 40 of 41: blocks 0 and 1 share one empty leaf `(16 << 2)` = 0x80; block 2
    /// is the leaf `(8 << 2)` = 0x40 standing for element 8 of the block. The header
    /// `(41 << 2) | 0` = 164 takes two bytes (91 02).
    func testSparseArraySharesTheEmptyBlock() throws {
        var elements = [[UInt8]?](repeating: nil, count: 41)
        elements[40] = [0x0E]
        let bytes = NativeArray.encode(elements)
        XCTAssertEqual(bytes, [0x91, 0x02, 0x03, 0x03, 0x04, 0x80, 0x40, 0x0E])
        let array = try NativeArray(NativeReader(bytes), offset: 0)
        XCTAssertEqual(array.count, 41)
        XCTAssertEqual(try array.elementOffset(40), 7)
        for index in 0..<40 { XCTAssertNil(try array.elementOffset(index), "\(index)") }
    }

    /// Random sparse arrays decode back to what was encoded; the first, 20,000 five-byte
    /// elements, needs u32 block offsets, others u16 or u8.
    func testArraysRoundTrip() throws {
        var random = SeededRandom(seed: 0x5EED)
        var sizes: Set<Int> = []
        for round in 0..<150 {
            let count = round == 0 ? 20000 : Int(random.next() % (round % 10 == 0 ? 3000 : 200))
            let density = round == 0 ? 100 : random.next() % 101
            let limit: UInt32 = round % 2 == 0 ? 0xFFFF_FFFF : 300
            let elements: [[UInt8]?] = (0..<count).map { _ in
                random.next() % 100 < density ? NativeFormat.unsigned(max(1 << 28, random.next()) % limit) : nil
            }
            let bytes = NativeArray.encode(elements)
            let reader = NativeReader(bytes)
            let array = try NativeArray(reader, offset: 0)
            XCTAssertEqual(array.count, count)
            sizes.insert(array.entryIndexSize)
            for (index, element) in elements.enumerated() {
                let offset = try array.elementOffset(index)
                XCTAssertEqual(offset.map { Array(bytes[$0..<min(bytes.count, $0 + (element?.count ?? 0))]) }, element,
                               "round \(round) element \(index)")
            }
        }
        XCTAssertEqual(sizes, [0, 1, 2])
    }

    func testArrayReadErrors() {
        XCTAssertThrowsError(try NativeArray(NativeReader([0x06]), offset: 0)) {
            XCTAssertEqual("\($0)", "array entry index size 3 (0...2) (offset 0)")
        }
        // 64 elements need 4 block-index bytes; there is one.
        XCTAssertThrowsError(try NativeArray(NativeReader([0x01, 0x04, 0x00]), offset: 0)) {
            XCTAssertEqual("\($0)", "block index of 64 elements runs past the end of the data (offset 0)")
        }
        // A block offset pointing past the end.
        XCTAssertThrowsError(try NativeArray(NativeReader([0x08, 0x09]), offset: 0).elementOffset(0)) {
            XCTAssertEqual("\($0)", "unexpected end of data (offset 10)")
        }
    }

    // MARK: - NativeHashtable

    /// readytorun-format.md's four hashes: 4 entries / 13 rounds to one bucket. Section order
    /// [table, P, Q, R, S]; the first pass writes u32 cells and 5-byte offsets, later passes
    /// narrow the cells to u8 and the offsets to one byte each (7, 6, 5, 4: each value sits
    /// after the entries).
    func testHashtableWithOneBucket() throws {
        let entries = [(0x1231, 0x02), (0x1232, 0x04), (0x1234, 0x06), (0x1338, 0x08)].map {
            NativeHashtable.Entry(hash: UInt32($0.0), value: [UInt8($0.1)])
        }
        let bytes = NativeHashtable.encode(entries)
        XCTAssertEqual(bytes, [0x00, 0x02, 0x0A, 0x31, 0x0E, 0x32, 0x0C, 0x34, 0x0A, 0x38, 0x08, 0x02, 0x04, 0x06, 0x08])
        let table = try NativeHashtable(NativeReader(bytes), offset: 0, end: bytes.count)
        XCTAssertEqual(table.bucketCount, 1)
        XCTAssertEqual(try table.entries().map(\.valueOffset), [11, 12, 13, 14])
        XCTAssertEqual(try table.lookup(0x1234).map(\.valueOffset), [13])
        XCTAssertEqual(try table.lookup(0x1235), [])
    }

    func testEmptyHashtable() throws {
        XCTAssertEqual(NativeHashtable.encode([]), [0x00, 0x02, 0x02])
        XCTAssertEqual(try NativeHashtable(NativeReader([0x00, 0x02, 0x02]), offset: 0, end: 3).entries(), [])
    }

    /// Bucket counts follow crossgen2's `1 << HighestBit(count / 13)`; every entry is found
    /// by lookup and enumerated in bucket order, ties in insertion order.
    func testHashtablesRoundTrip() throws {
        var random = SeededRandom(seed: 0x7AB1E)
        for round in 0..<80 {
            let count = Int(random.next() % (round % 8 == 0 ? 4000 : 120))
            let entries = (0..<count).map { index in
                NativeHashtable.Entry(hash: round % 5 == 0 ? random.next() & 0x3FF : random.next(),
                                      value: NativeFormat.unsigned(UInt32(index)))
            }
            let bytes = NativeHashtable.encode(entries)
            let reader = NativeReader(bytes)
            let table = try NativeHashtable(reader, offset: 0, end: bytes.count)
            let estimate = count / 13
            XCTAssertEqual(table.bucketCount, estimate == 0 ? 1 : 1 << (Int.bitWidth - estimate.leadingZeroBitCount))
            let stored = try table.entries()
            XCTAssertEqual(stored.count, count)
            let order = try stored.map { Int(try reader.unsigned(at: $0.valueOffset).value) }
            let bucketMask = UInt32(table.bucketCount - 1)
            let expected = entries.indices.sorted {
                let a = (entries[$0].hash >> 8 & bucketMask, entries[$0].hash & 0xFF)
                let b = (entries[$1].hash >> 8 & bucketMask, entries[$1].hash & 0xFF)
                return a != b ? a < b : $0 < $1
            }
            XCTAssertEqual(order, expected, "round \(round)")
            for (index, entry) in entries.enumerated() {
                let found = try table.lookup(entry.hash).map { try reader.unsigned(at: $0.valueOffset).value }
                XCTAssertTrue(found.contains(UInt32(index)), "round \(round) entry \(index)")
            }
        }
    }

    func testHashtableReadErrors() {
        XCTAssertThrowsError(try NativeHashtable(NativeReader([0x03, 0, 0]), offset: 0, end: 3)) {
            XCTAssertEqual("\($0)", "hashtable entry index size 3 (0...2) (offset 0)")
        }
        XCTAssertThrowsError(try NativeHashtable(NativeReader([0x08, 0, 0]), offset: 0, end: 3)) {
            XCTAssertEqual("\($0)", "hashtable of 4 buckets does not fit its 3 bytes (offset 0)")
        }
        XCTAssertThrowsError(try NativeHashtable(NativeReader([0x00, 0x02, 0x01]), offset: 0, end: 3).entries()) {
            XCTAssertEqual("\($0)", "hashtable bucket 0 spans 3..<2, outside the data (offset 1)")
        }
        // An entry whose offset runs past the end of its bucket's data.
        XCTAssertThrowsError(try NativeHashtable(NativeReader([0x00, 0x02, 0x04, 0x31, 0x01]), offset: 0, end: 5).entries()) {
            XCTAssertEqual("\($0)", "unexpected end of data (offset 4)")
        }
    }

    // MARK: - Type name hash

    /// Values from crossgen2's ReadyToRunHashCode.NameHashCode (UTF-8 bytes, sign-extended).
    func testNameHashes() {
        XCTAssertEqual(TypeNameHash.name(""), 0)
        let cases: [(String, UInt32)] = [
            ("System", 0x6FAE_A1F8), ("Object", 0x6FB7_5558), ("<Module>", 0x766D_3238), ("Program", 0x23D0_BE3E),
            ("a", 0x3CFC_91D2), ("ab", 0x3CFC_F3B0), ("abc", 0xDC8E_8D5E), ("Ünïcödé", 0x5EEF_B7D9),
        ]
        for (name, hash) in cases { XCTAssertEqual(UInt32(bitPattern: TypeNameHash.name(name)), hash, name) }
        XCTAssertEqual(UInt32(bitPattern: TypeNameHash.name(namespace: "System", name: "Object")), 0x0019_F4A0)
        XCTAssertEqual(TypeNameHash.availableTypeKey([("", "Nested"), ("Demo", "Helper")]), 0xDCA0_A640)
    }
}

/// A deterministic generator (a 64-bit LCG's high bits), so failures reproduce.
struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt32 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt32(truncatingIfNeeded: state >> 32)
    }
}
