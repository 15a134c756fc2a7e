import ObjWriter

/// Loads, stores, copies and fills of linear memory, sized by the managed type.
enum MemoryAccess {
    /// Stores the value on top of the wasm stack (address below it) in `size` bytes.
    static func store(_ type: ValueType, size: Int, offset: Int, into code: inout WasmCode) {
        let offset = UInt64(offset)
        switch (type, size) {
        case (.i32, 1): code.emit(.i32Store8, align: 0, offset: offset)
        case (.i32, 2): code.emit(.i32Store16, align: 1, offset: offset)
        case (.i64, _): code.emit(.i64Store, align: 3, offset: offset)
        case (.f32, _): code.emit(.f32Store, align: 2, offset: offset)
        case (.f64, _): code.emit(.f64Store, align: 3, offset: offset)
        default: code.emit(.i32Store, align: 2, offset: offset)
        }
    }

    /// Loads `size` bytes as `type`, sign- or zero-extending small integers.
    static func load(_ type: ValueType, size: Int, signed: Bool, offset: Int, into code: inout WasmCode) {
        let offset = UInt64(offset)
        switch (type, size) {
        case (.i32, 1): code.emit(signed ? .i32Load8S : .i32Load8U, align: 0, offset: offset)
        case (.i32, 2): code.emit(signed ? .i32Load16S : .i32Load16U, align: 1, offset: offset)
        case (.i64, _): code.emit(.i64Load, align: 3, offset: offset)
        case (.f32, _): code.emit(.f32Load, align: 2, offset: offset)
        case (.f64, _): code.emit(.f64Load, align: 3, offset: offset)
        default: code.emit(.i32Load, align: 2, offset: offset)
        }
    }

    /// Copies `size` bytes between addresses held in two locals: unrolled for small structs
    /// (wasm engines call out for `memory.copy`), `memory.copy` beyond.
    static func copy(to destination: UInt32, _ destinationOffset: Int, from source: UInt32, _ sourceOffset: Int,
                     size: Int, into code: inout WasmCode) {
        if size > 64 {
            code.localGet(destination)
            if destinationOffset != 0 { code.i32Const(Int32(destinationOffset)); code.emit(.i32Add) }
            code.localGet(source)
            if sourceOffset != 0 { code.i32Const(Int32(sourceOffset)); code.emit(.i32Add) }
            code.i32Const(Int32(size))
            code.emit(.memoryCopy, 0, 0)
            return
        }
        var done = 0
        for (width, type) in [(8, ValueType.i64), (4, .i32), (2, .i32), (1, .i32)] {
            while size - done >= width {
                code.localGet(destination)
                code.localGet(source)
                load(type, size: width, signed: false, offset: sourceOffset + done, into: &code)
                store(type, size: width, offset: destinationOffset + done, into: &code)
                done += width
            }
        }
    }

    /// Zeroes `range` of the frame whose base is in local `base`.
    static func zero(base: UInt32, range: Range<Int>, into code: inout WasmCode) {
        if range.count > 128 {
            code.localGet(base)
            if range.lowerBound != 0 { code.i32Const(Int32(range.lowerBound)); code.emit(.i32Add) }
            code.i32Const(0)
            code.i32Const(Int32(range.count))
            code.emit(.memoryFill, index: 0)
            return
        }
        var at = range.lowerBound
        for (width, type) in [(8, ValueType.i64), (4, .i32), (2, .i32), (1, .i32)] {
            while range.upperBound - at >= width {
                code.localGet(base)
                if type == .i64 { code.i64Const(0) } else { code.i32Const(0) }
                store(type, size: width, offset: at, into: &code)
                at += width
            }
        }
    }
}
