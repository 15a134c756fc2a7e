// r2r.h — what the runtime's C files share: the object layouts of ABI.md, the
// runtime functions generated code and the core library call, and the few
// internal interfaces between the runtime's files.
#ifndef R2R_H
#define R2R_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define R2R_NORETURN __attribute__((noreturn))

// ---- Objects (ABI.md "Objects", "MethodTable") ----

enum {
    MT_FLAG_ARRAY = 0x1,
    MT_FLAG_STRING = 0x2,
    MT_FLAG_VALUE_TYPE = 0x4,
    MT_FLAG_HAS_GC_REFS = 0x8,
    MT_FLAG_INTERFACE = 0x10,
    MT_FLAG_ENUM = 0x20,
    MT_FLAG_PRIMITIVE = 0x40,
};

typedef struct MethodTable {
    uint32_t flags;
    uint32_t baseSize;
    uint32_t componentSize;
    const struct MethodTable* parent;
    const struct MethodTable* element;
    const char* name;
    const uint32_t* gcDescriptor;
    // u32 count, then per interface: MethodTable*, u32 methodCount, u32 tableIndex[methodCount]
    const uint32_t* interfaceMap;
    uint32_t slotCount;
} MethodTable;

typedef struct String {
    const MethodTable* methodTable;
    int32_t length;
    uint16_t chars[];  // length units, then a 0
} String;

typedef struct Array {
    const MethodTable* methodTable;
    int32_t length;
    // elements start at +8 (R2R_ARRAY_DATA)
} Array;

#define R2R_ARRAY_DATA(array) ((uint8_t*)(array) + 8)

// The core library's MethodTables, named by their linker symbols.
extern const MethodTable r2r_StringMT __asm__("MT:System.String");
extern const MethodTable r2r_StringArrayMT __asm__("MT:System.String[]");

// ---- Runtime functions called by generated code and the core library ----

void* r2r_alloc_array(const MethodTable* arrayMT, int32_t length);
void* r2r_alloc_string(int32_t length);
void* r2r_alloc_object(const MethodTable* mt);
R2R_NORETURN void r2r_throw_builtin(int32_t kind);
R2R_NORETURN void r2r_exit(int32_t code);
void r2r_write_utf16(int32_t fd, const uint16_t* chars, int32_t count);
int32_t r2r_format_double(double value, uint16_t* buffer);
int32_t r2r_format_float(float value, uint16_t* buffer);
int32_t r2r_format_double_roundtrip(double value, uint16_t* buffer);
int32_t r2r_format_float_roundtrip(float value, uint16_t* buffer);
int32_t r2r_double_digits(double value, int32_t precision, uint16_t* digits);
double r2r_parse_double(const uint16_t* chars, int32_t count);
void r2r_register_image(const void* rtrHeader, const uint8_t* webcil, uint32_t webcilSize);
void* r2r_object_address(void* object);
void* r2r_object_type_name(void* object);  // a new String
// Where static data starts (scripts/r2r-link's --global-base): addresses below it stay 0.
#define R2R_GLOBAL_BASE 1024u

void* r2r_gc_allocate(uint64_t size);  // zeroed, 8-byte aligned, listed for collection
size_t r2r_gc_object_size(const void* object);
void r2r_gc_collect(void);

int32_t r2r_is_assignable(const MethodTable* from, const MethodTable* to);
__attribute__((noreturn)) void r2r_throw_unhandled(void* exception, const String* message);

// r2r_throw_builtin kinds.
enum {
    R2R_OVERFLOW = 1,
    R2R_DIVIDE_BY_ZERO = 2,
    R2R_INDEX_OUT_OF_RANGE = 3,
    R2R_NULL_REFERENCE = 4,
    R2R_INVALID_CAST = 5,
    R2R_ARRAY_TYPE_MISMATCH = 6,
    R2R_OUT_OF_MEMORY = 7,
    R2R_NULL_FIELD_ADDRESS = 8,
};

// ---- Internal: console and process exit ----

void r2r_flush_stdout(void);
// Writes UTF-8 text to stderr (after flushing stdout, so the order of the two
// streams is the order the program wrote them in).
void r2r_write_stderr(const char* text, size_t length);
// "r2r: error: <message>\n" on stderr, then exit 1. For states the runtime
// cannot continue from: a damaged image, a broken runtime contract.
R2R_NORETURN void r2r_fatal(const char* format, ...) __attribute__((format(printf, 1, 2)));
// snprintf for the runtime's messages (integers and strings only).
void r2r_message(char* buffer, size_t size, const char* format, ...) __attribute__((format(printf, 3, 4)));

// ---- Internal: UTF-8 ----

// Encodes code point cp (≤ 0x10FFFF) at out; returns the byte count (1–4).
size_t r2r_utf8_encode(uint32_t cp, uint8_t* out);
// UTF-16 length of NUL-terminated UTF-8 text; invalid sequences count as U+FFFD.
size_t r2r_utf8_to_utf16_length(const char* text);
// Converts NUL-terminated UTF-8 to UTF-16 at out (r2r_utf8_to_utf16_length units).
void r2r_utf8_to_utf16(const char* text, uint16_t* out);

// ---- Internal: linear memory and the function table ----

// True when [address, address + size) is inside linear memory and address is not null.
bool r2r_in_memory(uintptr_t address, uint32_t size);
// Length of the NUL-terminated string at address, or -1 if memory ends first.
int64_t r2r_string_length(uintptr_t address);
// Number of entries in the indirect function table.
uint32_t r2r_function_table_size(void);

// ---- Internal: the native format (R2R-WASM.md §4) ----

typedef struct NativeReader {
    const uint8_t* base;
    uint32_t size;
} NativeReader;

typedef enum { NATIVE_FOUND, NATIVE_ABSENT, NATIVE_CORRUPT } NativeLookup;

// Decodes the varuint at *offset into *value and advances *offset; false if it runs past the end.
bool r2r_native_decode_unsigned(const NativeReader* reader, uint32_t* offset, uint32_t* value);
// Looks up element index of the NativeArray at offset 0 of reader; on NATIVE_FOUND
// *elementOffset is the offset of the element's data.
NativeLookup r2r_native_array_get(const NativeReader* reader, uint32_t index, uint32_t* elementOffset);

// ---- Internal: WebCIL and metadata (ECMA-335 II.24) ----

typedef struct Webcil {
    const uint8_t* payload;
    const uint8_t* sections;  // section headers, 16 bytes each
    uint16_t sectionCount;
} Webcil;

typedef struct Metadata {
    const uint8_t* strings;
    uint32_t stringsSize;
    const uint8_t* blobs;
    uint32_t blobsSize;
    const uint8_t* tables;  // first row of table 0
    uint32_t tablesSize;    // bytes from `tables` to the end of the table stream
    uint8_t heapSizes;
    uint32_t rowCounts[64];
} Metadata;

typedef struct Assembly {
    Webcil webcil;
    uint32_t entryPointToken;  // 0 when the assembly has none
    Metadata metadata;
} Assembly;

// Reads the WebCIL payload, its CLI header and metadata root into *assembly;
// anything malformed is fatal, the message starting with context.
void r2r_webcil_open(const uint8_t* payload, uint32_t size, Assembly* assembly, const char* context);
// Address of [rva, rva + size) in the payload, or NULL when no section holds it.
const uint8_t* r2r_webcil_at(const Webcil* webcil, uint32_t rva, uint32_t size);

typedef struct MethodDefRow {
    const char* name;        // NUL-terminated, inside #Strings
    const uint8_t* signature;  // blob contents, after the length
    uint32_t signatureSize;
} MethodDefRow;

// Reads MethodDef row rid (1-based); fatal, the message starting with context,
// if the row or what it points at is outside the metadata.
void r2r_metadata_method(const Metadata* metadata, uint32_t rid, MethodDefRow* row, const char* context);
// The Module table's name (row 1), or "?" when it cannot be read.
const char* r2r_metadata_module_name(const Metadata* metadata);

// ---- Internal: the image registry ----

typedef struct Image Image;

// The last registered image whose assembly has an entry point, or NULL.
const Image* r2r_entry_image(void);
const Assembly* r2r_image_assembly(const Image* image);
// A name for messages: the module name, or "image #N".
const char* r2r_image_name(const Image* image);
// The function-table index of MethodDef rid's compiled code, 0 if it has none.
uint32_t r2r_image_method_entry(const Image* image, uint32_t rid);
// The function-table index registered for an InjectStringThunks key, 0 if none.
uint32_t r2r_find_thunk(const char* key);

#endif
