import ObjWriter

/// Object allocation inline (Runtime/ABI.md "GC"): the runtime keeps, per size class, an
/// allocation buffer `{next, end}` of zeroed free slots in `r2r_allocation_buffers`; a fixed-size
/// object takes the next slot and stores its MethodTable pointer, and only an empty buffer costs
/// a call (`r2r_alloc_object`, which refills it or collects).
extension BlockTranslator {
    /// The runtime's small-object size classes, in bytes (Runtime/native/gc.c `slotSizes`).
    static let slotSizes: [Int] = [16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024]

    /// Leaves a new, zeroed object of `size` bytes with MethodTable `table` on the wasm stack.
    mutating func emitAllocateObject(table: SymbolIndex, size: Int) {
        guard let sizeClass = Self.slotSizes.firstIndex(where: { $0 >= max(size, 16) }) else {
            code.i32ConstMemoryAddress(symbol: table)
            callRuntime("r2r_alloc_object", [.i32], [.i32])
            return
        }
        let buffers = context.allocationBuffers
        let buffer = Int32(8 * sizeClass)
        let object = compiler.scratchLocal(.i32, 6), next = compiler.scratchLocal(.i32, 7)
        code.emit(.block, blockType: .value(.i32))
        code.i32ConstMemoryAddress(symbol: buffers, addend: buffer)
        code.emit(.i32Load, align: 2, offset: 0)
        code.localTee(object)
        code.i32Const(Int32(Self.slotSizes[sizeClass]))
        code.emit(.i32Add)
        code.localTee(next)
        code.i32ConstMemoryAddress(symbol: buffers, addend: buffer)
        code.emit(.i32Load, align: 2, offset: 4)
        code.emit(.i32LeU)
        code.beginIf()
        code.i32ConstMemoryAddress(symbol: buffers, addend: buffer)
        code.localGet(next)
        code.emit(.i32Store, align: 2, offset: 0)
        code.localGet(object)
        code.i32ConstMemoryAddress(symbol: table)
        code.emit(.i32Store, align: 2, offset: 0)
        code.localGet(object)
        code.br(1)
        code.end()
        code.i32ConstMemoryAddress(symbol: table)
        callRuntime("r2r_alloc_object", [.i32], [.i32])
        code.end()
    }
}
