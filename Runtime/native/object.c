// object.c — what the core library asks about an object that C# cannot read
// itself: its address (identity hash codes, array lengths) and its type's name
// (Object.ToString).
#include "r2r.h"

void* r2r_object_address(void* object) { return object; }

void* r2r_object_type_name(void* object) {
    if (object == NULL) r2r_throw_builtin(R2R_NULL_REFERENCE);
    const MethodTable* mt = *(const MethodTable* const*)object;
    if (!r2r_in_memory((uintptr_t)mt, sizeof *mt) || r2r_string_length((uintptr_t)mt->name) < 0)
        r2r_fatal("r2r_object_type_name: object %p has no readable MethodTable name", object);
    size_t length = r2r_utf8_to_utf16_length(mt->name);
    if (length > INT32_MAX) r2r_throw_builtin(R2R_OUT_OF_MEMORY);
    String* name = r2r_alloc_string((int32_t)length);
    r2r_utf8_to_utf16(mt->name, name->chars);
    return name;
}
