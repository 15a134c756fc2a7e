import XCTest
import ECMA335

final class ByteCursorTests: XCTestCase {
    /// The examples of ECMA-335 II.23.2.
    func testCompressedUnsignedIntegers() throws {
        let cases: [([UInt8], UInt32)] = [
            ([0x03], 0x03), ([0x7F], 0x7F), ([0x80, 0x80], 0x80), ([0xAE, 0x57], 0x2E57),
            ([0xBF, 0xFF], 0x3FFF), ([0xC0, 0x00, 0x40, 0x00], 0x4000),
            ([0xDF, 0xFF, 0xFF, 0xFF], 0x1FFF_FFFF),
        ]
        for (bytes, value) in cases {
            var cursor = ByteCursor(bytes)
            XCTAssertEqual(try cursor.readCompressedUInt(), value)
            XCTAssertTrue(cursor.isAtEnd)
        }
    }

    func testCompressedSignedIntegers() throws {
        let cases: [([UInt8], Int32)] = [
            ([0x06], 3), ([0x7B], -3), ([0x80, 0x80], 64), ([0x01], -64),
            ([0xC0, 0x00, 0x40, 0x00], 8192), ([0x80, 0x01], -8192),
            ([0xDF, 0xFF, 0xFF, 0xFE], 268_435_455), ([0xC0, 0x00, 0x00, 0x01], -268_435_456),
        ]
        for (bytes, value) in cases {
            var cursor = ByteCursor(bytes)
            XCTAssertEqual(try cursor.readCompressedInt(), value, "\(bytes)")
        }
    }

    func testErrorsCarryAbsoluteOffsetsAndContext() {
        var cursor = ByteCursor([0, 1, 2, 0xE0, 5], range: 3..<5, context: "#Blob")
        XCTAssertThrowsError(try cursor.readCompressedUInt()) { error in
            XCTAssertEqual("\(error)", "#Blob: invalid compressed integer lead byte 0xe0 (offset 3)")
        }
        var short = ByteCursor([1, 2, 3], range: 1..<3, context: "#~")
        XCTAssertThrowsError(try short.readU32()) { error in
            XCTAssertEqual("\(error)", "#~: unexpected end of input (offset 1)")
        }
    }
}
