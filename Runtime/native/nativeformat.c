// nativeformat.c — reading .NET's native format (R2R-WASM.md §4): varuints and
// NativeArray, bounded by the section they live in.
#include "r2r.h"

enum { BLOCK_SIZE = 16 };  // elements per NativeArray block (a depth-4 tree)

static bool read_le(const NativeReader* reader, uint32_t offset, uint32_t size, uint32_t* value) {
    if (offset > reader->size || reader->size - offset < size) return false;
    uint32_t v = 0;
    for (uint32_t i = 0; i < size; i++) v |= (uint32_t)reader->base[offset + i] << (8 * i);
    *value = v;
    return true;
}

bool r2r_native_decode_unsigned(const NativeReader* reader, uint32_t* offset, uint32_t* value) {
    uint32_t first;
    if (!read_le(reader, *offset, 1, &first)) return false;
    uint32_t size, v;
    if ((first & 0x01) == 0) {
        size = 1;
        v = first >> 1;
    } else if ((first & 0x02) == 0) {
        size = 2;
        if (!read_le(reader, *offset, 2, &v)) return false;
        v >>= 2;
    } else if ((first & 0x04) == 0) {
        size = 3;
        if (!read_le(reader, *offset, 3, &v)) return false;
        v >>= 3;
    } else if ((first & 0x08) == 0) {
        size = 4;
        if (!read_le(reader, *offset, 4, &v)) return false;
        v >>= 4;
    } else if ((first & 0xF0) == 0) {
        size = 5;
        if (!read_le(reader, *offset + 1, 4, &v)) return false;
    } else {
        return false;  // no encoding starts with 1111xxxx other than 00001111
    }
    *offset += size;
    *value = v;
    return true;
}

NativeLookup r2r_native_array_get(const NativeReader* reader, uint32_t index, uint32_t* elementOffset) {
    uint32_t header, base = 0;
    if (!r2r_native_decode_unsigned(reader, &base, &header)) return NATIVE_CORRUPT;
    uint32_t count = header >> 2, entrySizeCode = header & 3;
    if (entrySizeCode == 3) return NATIVE_CORRUPT;
    if (index >= count) return NATIVE_ABSENT;

    // The block's offset (relative to base) from the block index after the header.
    uint32_t entrySize = 1u << entrySizeCode, blockOffset;
    if (!read_le(reader, base + entrySize * (index / BLOCK_SIZE), entrySize, &blockOffset)) return NATIVE_CORRUPT;
    if (blockOffset > UINT32_MAX - base) return NATIVE_CORRUPT;
    uint32_t offset = base + blockOffset;

    // Each tree node: bit 0 has a lower child (right after the node), bit 1 has a
    // higher child (at node + (value >> 2)); a node with neither is a leaf that
    // holds element (value >> 2) of the block, its data right after it.
    for (uint32_t bit = BLOCK_SIZE >> 1; bit > 0; bit >>= 1) {
        uint32_t node = offset, value;
        if (!r2r_native_decode_unsigned(reader, &offset, &value)) return NATIVE_CORRUPT;
        if (index & bit) {
            if (value & 2) {
                if ((value >> 2) > UINT32_MAX - node) return NATIVE_CORRUPT;
                offset = node + (value >> 2);
                continue;
            }
        } else if (value & 1) {
            continue;
        }
        if ((value & 3) == 0 && (value >> 2) == (index & (BLOCK_SIZE - 1))) break;
        return NATIVE_ABSENT;
    }
    if (offset >= reader->size) return NATIVE_CORRUPT;
    *elementOffset = offset;
    return NATIVE_FOUND;
}
