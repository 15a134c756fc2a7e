// webcil.c — the assembly an image embeds (R2R-WASM.md §5): the WebCIL payload
// header and section table, RVA → address, the CLI header (entry point token,
// metadata) and the metadata root with its #~, #Strings and #Blob streams.
#include "r2r.h"

#include <string.h>

enum {
    HEADER_V0_SIZE = 28,  // version 0.x: no TableBase
    HEADER_V1_SIZE = 32,  // version 1.x: + u32 TableBase
    SECTION_HEADER_SIZE = 16,
    CLI_HEADER_SIZE = 72,
    COMIMAGE_FLAGS_NATIVE_ENTRYPOINT = 0x10,
    METADATA_SIGNATURE = 0x424A5342,  // "BSJB"
    HEAP_EXTRA_DATA = 0x40,           // 4 more bytes after the row counts
};

static uint16_t u16(const uint8_t* p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t u32(const uint8_t* p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }

const uint8_t* r2r_webcil_at(const Webcil* webcil, uint32_t rva, uint32_t size) {
    for (uint16_t i = 0; i < webcil->sectionCount; i++) {
        const uint8_t* h = webcil->sections + SECTION_HEADER_SIZE * i;
        uint32_t virtualSize = u32(h), virtualAddress = u32(h + 4), rawSize = u32(h + 8), rawPointer = u32(h + 12);
        // Bytes past SizeOfRawData would be zero fill in a PE; a payload does not hold them.
        uint32_t extent = virtualSize < rawSize ? virtualSize : rawSize;
        if (rva >= virtualAddress && rva - virtualAddress <= extent && extent - (rva - virtualAddress) >= size)
            return webcil->payload + rawPointer + (rva - virtualAddress);
    }
    return NULL;
}

static void open_sections(const uint8_t* payload, uint32_t size, Webcil* webcil, const char* context) {
    if (size < HEADER_V0_SIZE) r2r_fatal("%s: WebCIL payload of %u bytes is shorter than its header", context, (unsigned)size);
    if (memcmp(payload, "WbIL", 4) != 0) r2r_fatal("%s: WebCIL payload does not start with 'WbIL'", context);
    uint16_t major = u16(payload + 4), minor = u16(payload + 6);
    if (major > 1) r2r_fatal("%s: WebCIL version %u.%u is not supported (0.x or 1.x)", context, major, minor);
    uint32_t headerSize = major == 0 ? HEADER_V0_SIZE : HEADER_V1_SIZE;
    uint16_t sectionCount = u16(payload + 8);
    if ((uint64_t)headerSize + (uint64_t)SECTION_HEADER_SIZE * sectionCount > size)
        r2r_fatal("%s: WebCIL section table (%u sections) runs past the payload's %u bytes", context, sectionCount, (unsigned)size);
    webcil->payload = payload;
    webcil->sections = payload + headerSize;
    webcil->sectionCount = sectionCount;
    for (uint16_t i = 0; i < sectionCount; i++) {
        const uint8_t* h = webcil->sections + SECTION_HEADER_SIZE * i;
        uint32_t rawSize = u32(h + 8), rawPointer = u32(h + 12);
        if ((uint64_t)rawPointer + rawSize > size)
            r2r_fatal("%s: WebCIL section %u (raw data at %u, %u bytes) runs past the payload's %u bytes", context, i, (unsigned)rawPointer,
                        (unsigned)rawSize, (unsigned)size);
    }
}

static void open_metadata(const uint8_t* root, uint32_t size, Metadata* metadata, const char* context) {
    if (size < 16 || u32(root) != METADATA_SIGNATURE) r2r_fatal("%s: metadata root has no BSJB signature", context);
    uint32_t versionLength = u32(root + 12);
    if (versionLength > size - 16 || size - 16 - versionLength < 4)
        r2r_fatal("%s: metadata root's version string (%u bytes) runs past the metadata", context, (unsigned)versionLength);
    uint32_t at = 16 + versionLength + 2;  // skip the version string and Flags
    uint16_t streamCount = u16(root + at);
    at += 2;

    const uint8_t* tableStream = NULL;
    uint32_t tableStreamSize = 0;
    bool haveStrings = false, haveBlobs = false;
    for (uint16_t i = 0; i < streamCount; i++) {
        if (at > size || size - at < 9) r2r_fatal("%s: metadata stream header %u runs past the metadata", context, i);
        uint32_t offset = u32(root + at), streamSize = u32(root + at + 4);
        const char* name = (const char*)root + at + 8;
        size_t nameLength = strnlen(name, size - at - 8 < 32 ? size - at - 8 : 32);
        if (nameLength == size - at - 8 || nameLength == 32) r2r_fatal("%s: metadata stream header %u has no terminated name", context, i);
        at += 8 + (uint32_t)((nameLength + 4) & ~(size_t)3);
        if (offset > size || size - offset < streamSize)
            r2r_fatal("%s: metadata stream %s (at %u, %u bytes) runs past the metadata's %u bytes", context, name, (unsigned)offset,
                        (unsigned)streamSize, (unsigned)size);
        if (strcmp(name, "#~") == 0 || strcmp(name, "#-") == 0) {
            tableStream = root + offset;
            tableStreamSize = streamSize;
        } else if (strcmp(name, "#Strings") == 0) {
            metadata->strings = root + offset;
            metadata->stringsSize = streamSize;
            haveStrings = true;
        } else if (strcmp(name, "#Blob") == 0) {
            metadata->blobs = root + offset;
            metadata->blobsSize = streamSize;
            haveBlobs = true;
        }
    }
    if (tableStream == NULL) r2r_fatal("%s: metadata has no #~ stream", context);
    if (!haveStrings) r2r_fatal("%s: metadata has no #Strings stream", context);
    if (!haveBlobs) r2r_fatal("%s: metadata has no #Blob stream", context);

    // #~: u32 reserved, u8 major, u8 minor, u8 HeapSizes, u8 reserved, u64 Valid, u64 Sorted, u32 rows[].
    if (tableStreamSize < 24) r2r_fatal("%s: #~ stream of %u bytes is shorter than its header", context, (unsigned)tableStreamSize);
    metadata->heapSizes = tableStream[6];
    uint64_t valid = (uint64_t)u32(tableStream + 8) | (uint64_t)u32(tableStream + 12) << 32;
    uint32_t rowsAt = 24;
    for (int table = 0; table < 64; table++) {
        metadata->rowCounts[table] = 0;
        if (!(valid >> table & 1)) continue;
        if (tableStreamSize - rowsAt < 4) r2r_fatal("%s: #~ row counts run past the stream", context);
        metadata->rowCounts[table] = u32(tableStream + rowsAt);
        rowsAt += 4;
    }
    if (metadata->heapSizes & HEAP_EXTRA_DATA) {
        if (tableStreamSize - rowsAt < 4) r2r_fatal("%s: #~ extra data runs past the stream", context);
        rowsAt += 4;
    }
    metadata->tables = tableStream + rowsAt;
    metadata->tablesSize = tableStreamSize - rowsAt;
}

void r2r_webcil_open(const uint8_t* payload, uint32_t size, Assembly* assembly, const char* context) {
    open_sections(payload, size, &assembly->webcil, context);
    uint32_t cliRva = u32(payload + 12);
    const uint8_t* cli = r2r_webcil_at(&assembly->webcil, cliRva, CLI_HEADER_SIZE);
    if (cli == NULL) r2r_fatal("%s: CLI header (RVA 0x%x) is not inside a WebCIL section", context, (unsigned)cliRva);
    uint32_t metadataRva = u32(cli + 8), metadataSize = u32(cli + 12), flags = u32(cli + 16);
    assembly->entryPointToken = u32(cli + 20);
    if ((flags & COMIMAGE_FLAGS_NATIVE_ENTRYPOINT) && assembly->entryPointToken != 0)
        r2r_fatal("%s: CLI header names a native entry point, which is not supported", context);
    const uint8_t* root = r2r_webcil_at(&assembly->webcil, metadataRva, metadataSize);
    if (root == NULL)
        r2r_fatal("%s: metadata (RVA 0x%x, %u bytes) is not inside a WebCIL section", context, (unsigned)metadataRva, (unsigned)metadataSize);
    open_metadata(root, metadataSize, &assembly->metadata, context);
}
