// alloc.c — object allocation: zeroed, 8-byte aligned (dlmalloc's alignment on
// wasm32), MethodTable pointer set, from the collected heap (gc.c).
#include "r2r.h"

#include <stdlib.h>

// MethodTables come from compiled code; a null one is the only mistake worth a check here.
static void check_method_table(const MethodTable* mt, const char* function) {
    if (mt == NULL) r2r_fatal("%s: null MethodTable", function);
}

void* r2r_alloc_array(const MethodTable* arrayMT, int32_t length) {
    check_method_table(arrayMT, "r2r_alloc_array");
    if (!(arrayMT->flags & MT_FLAG_ARRAY)) r2r_fatal("r2r_alloc_array: MethodTable %p is not an array type", (const void*)arrayMT);
    if (length < 0) r2r_throw_builtin(R2R_OVERFLOW);
    Array* array = r2r_gc_allocate((uint64_t)arrayMT->baseSize + (uint64_t)arrayMT->componentSize * (uint64_t)length);
    array->methodTable = arrayMT;
    array->length = length;
    return array;
}

void* r2r_alloc_string(int32_t length) {
    if (length < 0) r2r_fatal("r2r_alloc_string: negative length %d", (int)length);
    // Header, characters, and the terminating 0 after them.
    String* string = r2r_gc_allocate(sizeof(String) + 2 * ((uint64_t)length + 1));
    string->methodTable = &r2r_StringMT;
    string->length = length;
    return string;
}

void* r2r_alloc_object(const MethodTable* mt) {
    check_method_table(mt, "r2r_alloc_object");
    if (mt->baseSize < sizeof(MethodTable*)) r2r_fatal("r2r_alloc_object: MethodTable %p has base size %u", (const void*)mt, (unsigned)mt->baseSize);
    const MethodTable** object = r2r_gc_allocate(mt->baseSize);
    *object = mt;
    return object;
}

// dlmalloc grows memory through libstandalonewasm-memgrow's
// emscripten_resize_heap, which then tells a JavaScript host to refresh its
// views of memory. A WASI host has none to refresh.
void emscripten_notify_memory_growth(size_t memoryIndex);
void emscripten_notify_memory_growth(size_t memoryIndex) { (void)memoryIndex; }
