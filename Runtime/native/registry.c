// registry.c — the images r2r-cc's init functions register (ABI.md "Image
// registration"): each image's R2R header is checked and walked once, its eager
// InjectStringThunks fixups merged into one string → thunk map (a key an earlier
// image registered wins), and its MethodDefEntryPoints and RuntimeFunctions kept
// for finding compiled methods.
#include "r2r.h"

#include <stdlib.h>
#include <string.h>

enum {
    RTR_SIGNATURE = 0x00525452,  // "RTR"
    RTR_MAJOR = 18,
    RTR_MIN_MINOR = 6,  // InjectStringThunks
    HEADER_SIZE = 16,
    SECTION_ENTRY_SIZE = 12,
    IMPORT_SECTION_SIZE = 20,
    IMPORT_FLAG_EAGER = 0x1,
    FIXUP_INJECT_STRING_THUNKS = 0x39,

    SECTION_IMPORT_SECTIONS = 101,
    SECTION_RUNTIME_FUNCTIONS = 102,
    SECTION_METHODDEF_ENTRY_POINTS = 103,
    SECTION_COMPONENT_ASSEMBLIES = 115,
};

struct Image {
    char name[96];
    Assembly assembly;
    NativeReader methodEntryPoints;  // base NULL when the image has none
    const uint8_t* runtimeFunctions;
    uint32_t runtimeFunctionCount;
};

typedef struct Thunk {
    const char* key;
    uint32_t function;
} Thunk;

static Image** images;
static uint32_t imageCount, imageCapacity;
static Thunk* thunks;  // sorted by key
static uint32_t thunkCount, thunkCapacity;

static uint32_t u32(const uint8_t* p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t u16(const uint8_t* p) { return (uint16_t)(p[0] | p[1] << 8); }

static void* grow(void* array, uint32_t* capacity, size_t elementSize) {
    uint32_t newCapacity = *capacity == 0 ? 16 : *capacity * 2;
    void* grown = realloc(array, (size_t)newCapacity * elementSize);
    if (grown == NULL) r2r_fatal("out of memory registering images");
    *capacity = newCapacity;
    return grown;
}

static bool valid_function(uint32_t index) { return index != 0 && index < r2r_function_table_size(); }

// Finds key in the map; returns its position, or where it would be inserted.
static uint32_t thunk_search(const char* key, bool* found) {
    uint32_t low = 0, high = thunkCount;
    while (low < high) {
        uint32_t middle = low + (high - low) / 2;
        int order = strcmp(thunks[middle].key, key);
        if (order == 0) {
            *found = true;
            return middle;
        }
        if (order < 0)
            low = middle + 1;
        else
            high = middle;
    }
    *found = false;
    return low;
}

// An InjectStringThunks signature: 0x39, then { key NUL, u32 table index }
// sorted by key, then an empty key.
static void merge_thunks(const Image* image, uintptr_t at, uint32_t section, uint32_t slot) {
    at++;  // the fixup kind
    const char* previous = NULL;
    for (;;) {
        int64_t keyLength = r2r_string_length(at);
        if (keyLength < 0) r2r_fatal("%s: import section %u slot %u: InjectStringThunks key runs past memory", image->name, section, slot);
        const char* key = (const char*)at;
        if (keyLength == 0) return;
        if (previous != NULL && strcmp(previous, key) >= 0)
            r2r_fatal("%s: import section %u slot %u: InjectStringThunks key \"%s\" is not after \"%s\"", image->name, section, slot, key, previous);
        at += (uintptr_t)keyLength + 1;
        if (!r2r_in_memory(at, 4)) r2r_fatal("%s: import section %u slot %u: InjectStringThunks value of \"%s\" runs past memory", image->name, section, slot, key);
        uint32_t function = u32((const uint8_t*)at);
        at += 4;
        if (!valid_function(function))
            r2r_fatal("%s: import section %u slot %u: thunk \"%s\" has function-table index %u, outside the table (%u entries)", image->name,
                      section, slot, key, function, r2r_function_table_size());
        previous = key;

        bool found;
        uint32_t position = thunk_search(key, &found);
        if (found) continue;  // an earlier image's thunk wins
        if (thunkCount == thunkCapacity) thunks = grow(thunks, &thunkCapacity, sizeof *thunks);
        memmove(thunks + position + 1, thunks + position, (thunkCount - position) * sizeof *thunks);
        thunks[position] = (Thunk){key, function};
        thunkCount++;
    }
}

// READYTORUN_IMPORT_SECTION[]: only eager sections are resolved at registration.
static void read_import_sections(const Image* image, const uint8_t* at, uint32_t size) {
    if (size % IMPORT_SECTION_SIZE != 0) r2r_fatal("%s: ImportSections size %u is not a multiple of %u", image->name, size, IMPORT_SECTION_SIZE);
    for (uint32_t i = 0; i < size / IMPORT_SECTION_SIZE; i++) {
        const uint8_t* s = at + IMPORT_SECTION_SIZE * i;
        uint32_t slotsSize = u32(s + 4), signatures = u32(s + 12);
        uint16_t flags = u16(s + 8);
        uint8_t entrySize = s[11];
        if (!(flags & IMPORT_FLAG_EAGER)) continue;
        if (entrySize == 0 || slotsSize % entrySize != 0)
            r2r_fatal("%s: import section %u: %u bytes of slots is not a multiple of the entry size %u", image->name, i, slotsSize, entrySize);
        uint32_t slots = slotsSize / entrySize;
        if (slots != 0 && (slots > UINT32_MAX / 4 || !r2r_in_memory(signatures, 4 * slots)))
            r2r_fatal("%s: import section %u: signature table at 0x%x (%u slots) is outside memory", image->name, i, signatures, slots);
        for (uint32_t slot = 0; slot < slots; slot++) {
            uint32_t signature = u32((const uint8_t*)(uintptr_t)signatures + 4 * slot);
            if (!r2r_in_memory(signature, 1))
                r2r_fatal("%s: import section %u slot %u: signature at 0x%x is outside memory", image->name, i, slot, signature);
            uint8_t kind = *(const uint8_t*)(uintptr_t)signature;
            if (kind != FIXUP_INJECT_STRING_THUNKS)
                r2r_fatal("%s: import section %u slot %u: eager fixup kind 0x%02x is not supported", image->name, i, slot, kind);
            merge_thunks(image, signature, i, slot);
        }
    }
}

void r2r_register_image(const void* rtrHeader, const uint8_t* webcil, uint32_t webcilSize) {
    Image* image = calloc(1, sizeof *image);
    if (image == NULL) r2r_fatal("out of memory registering images");
    r2r_message(image->name, sizeof image->name, "image #%u", imageCount + 1);

    const uint8_t* h = rtrHeader;
    if (!r2r_in_memory((uintptr_t)h, HEADER_SIZE)) r2r_fatal("%s: R2R header at %p is outside memory", image->name, rtrHeader);
    if (u32(h) != RTR_SIGNATURE) r2r_fatal("%s: R2R header at %p has signature 0x%08x, not 0x%08x (\"RTR\")", image->name, rtrHeader, u32(h), RTR_SIGNATURE);
    uint16_t major = u16(h + 4), minor = u16(h + 6);
    if (major != RTR_MAJOR || minor < RTR_MIN_MINOR)
        r2r_fatal("%s: R2R version %u.%u is not supported (%u.%u or a later %u.x)", image->name, major, minor, RTR_MAJOR, RTR_MIN_MINOR, RTR_MAJOR);
    uint32_t sectionCount = u32(h + 12);
    if (sectionCount > (UINT32_MAX - HEADER_SIZE) / SECTION_ENTRY_SIZE || !r2r_in_memory((uintptr_t)h, HEADER_SIZE + SECTION_ENTRY_SIZE * sectionCount))
        r2r_fatal("%s: R2R header's %u sections run past memory", image->name, sectionCount);

    if (!r2r_in_memory((uintptr_t)webcil, webcilSize)) r2r_fatal("%s: WebCIL payload at %p (%u bytes) is outside memory", image->name, (const void*)webcil, webcilSize);
    r2r_webcil_open(webcil, webcilSize, &image->assembly, image->name);
    r2r_message(image->name, sizeof image->name, "image #%u (%s)", imageCount + 1, r2r_metadata_module_name(&image->assembly.metadata));

    uint32_t previousType = 0;
    for (uint32_t i = 0; i < sectionCount; i++) {
        const uint8_t* entry = h + HEADER_SIZE + SECTION_ENTRY_SIZE * i;
        uint32_t type = u32(entry), rva = u32(entry + 4), size = u32(entry + 8);
        if (i > 0 && type <= previousType) r2r_fatal("%s: R2R section %u (type %u) is not after type %u", image->name, i, type, previousType);
        previousType = type;
        if (size != 0 && !r2r_in_memory(rva, size)) r2r_fatal("%s: R2R section type %u at 0x%x (%u bytes) is outside memory", image->name, type, rva, size);
        const uint8_t* at = (const uint8_t*)(uintptr_t)rva;
        switch (type) {
        case SECTION_IMPORT_SECTIONS: read_import_sections(image, at, size); break;
        case SECTION_RUNTIME_FUNCTIONS:
            if (size % 4 != 0) r2r_fatal("%s: RuntimeFunctions size %u is not a multiple of 4", image->name, size);
            image->runtimeFunctions = at;
            image->runtimeFunctionCount = size / 4;
            break;
        case SECTION_METHODDEF_ENTRY_POINTS:
            if (size == 0) r2r_fatal("%s: MethodDefEntryPoints is empty", image->name);
            image->methodEntryPoints = (NativeReader){at, size};
            break;
        case SECTION_COMPONENT_ASSEMBLIES: r2r_fatal("%s: composite R2R images are not supported", image->name);
        default: break;  // sections the runtime does not use (yet)
        }
    }

    if (imageCount == imageCapacity) images = grow(images, &imageCapacity, sizeof *images);
    images[imageCount++] = image;
}

const Image* r2r_entry_image(void) {
    for (uint32_t i = imageCount; i > 0; i--)
        if (images[i - 1]->assembly.entryPointToken != 0) return images[i - 1];
    return NULL;
}

const Assembly* r2r_image_assembly(const Image* image) { return &image->assembly; }

const char* r2r_image_name(const Image* image) { return image->name; }

uint32_t r2r_image_method_entry(const Image* image, uint32_t rid) {
    if (image->methodEntryPoints.base == NULL || rid == 0) return 0;
    uint32_t offset, id;
    switch (r2r_native_array_get(&image->methodEntryPoints, rid - 1, &offset)) {
    case NATIVE_ABSENT: return 0;
    case NATIVE_CORRUPT: r2r_fatal("%s: MethodDefEntryPoints is damaged (looking up MethodDef row %u)", image->name, rid);
    case NATIVE_FOUND: break;
    }
    if (!r2r_native_decode_unsigned(&image->methodEntryPoints, &offset, &id))
        r2r_fatal("%s: MethodDefEntryPoints entry of MethodDef row %u runs past the section", image->name, rid);
    if (id & 1) r2r_fatal("%s: MethodDef row %u has fixups, which are not supported", image->name, rid);
    uint32_t entryIndex = id >> 1;
    if (entryIndex >= image->runtimeFunctionCount)
        r2r_fatal("%s: MethodDef row %u has entry index %u, outside RuntimeFunctions (%u entries)", image->name, rid, entryIndex,
                  image->runtimeFunctionCount);
    uint32_t function = u32(image->runtimeFunctions + 4 * entryIndex);
    if (!valid_function(function))
        r2r_fatal("%s: MethodDef row %u's code has function-table index %u, outside the table (%u entries)", image->name, rid, function,
                  r2r_function_table_size());
    return function;
}

uint32_t r2r_find_thunk(const char* key) {
    bool found;
    uint32_t position = thunk_search(key, &found);
    return found ? thunks[position].function : 0;
}
