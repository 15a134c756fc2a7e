// object.c — type tests generated code delegates (interfaces, arrays), interface
// dispatch, and what the core library asks about an object that C# cannot read
// itself: its address (identity hash codes, array lengths) and its type's name
// (Object.ToString).
#include "r2r.h"

// The implementation table of `interface` in `type`'s interface map, or NULL.
static const uint32_t* find_interface(const MethodTable* type, const MethodTable* interface) {
    const uint32_t* map = type->interfaceMap;
    if (map == NULL) return NULL;
    uint32_t count = map[0];
    const uint32_t* entry = map + 1;
    for (uint32_t i = 0; i < count; i++) {
        if ((const MethodTable*)(uintptr_t)entry[0] == interface) return entry + 2;
        entry += 2 + entry[1];
    }
    return NULL;
}

// ECMA-335 I.8.7 assignment compatibility of reference types: the type itself, a base
// class, an implemented interface, or (arrays of references) a compatible element type.
int32_t r2r_is_assignable(const MethodTable* from, const MethodTable* to) {
    if (from == to) return 1;
    if (to->flags & MT_FLAG_INTERFACE) return find_interface(from, to) != NULL;
    if ((to->flags & MT_FLAG_ARRAY) && (from->flags & MT_FLAG_ARRAY)) {
        const MethodTable* source = from->element;
        const MethodTable* target = to->element;
        if (source == target) return 1;
        if ((source->flags & MT_FLAG_VALUE_TYPE) || (target->flags & MT_FLAG_VALUE_TYPE)) return 0;
        return r2r_is_assignable(source, target);
    }
    for (const MethodTable* parent = from->parent; parent != NULL; parent = parent->parent)
        if (parent == to) return 1;
    return 0;
}

int32_t r2r_is_instance(void* object, const MethodTable* type) {
    return object != NULL && r2r_is_assignable(*(const MethodTable* const*)object, type);
}

uint32_t r2r_interface_method(void* object, const MethodTable* interface, uint32_t index) {
    const MethodTable* type = *(const MethodTable* const*)object;
    const uint32_t* methods = find_interface(type, interface);
    if (methods == NULL || methods[index] == 0)
        r2r_fatal("%s does not implement method %u of %s", type->name, (unsigned)index, interface->name);
    return methods[index];
}

void* r2r_object_address(void* object) { return object; }

void* r2r_string_from_utf8(const char* text) {
    size_t length = r2r_utf8_to_utf16_length(text);
    if (length > INT32_MAX) r2r_throw_builtin(R2R_OUT_OF_MEMORY);
    String* string = r2r_alloc_string((int32_t)length);
    r2r_utf8_to_utf16(text, string->chars);
    return string;
}

void* r2r_object_type_name(void* object) {
    if (object == NULL) r2r_throw_builtin(R2R_NULL_REFERENCE);
    const MethodTable* mt = *(const MethodTable* const*)object;
    if (!r2r_in_memory((uintptr_t)mt, sizeof *mt) || r2r_string_length((uintptr_t)mt->name) < 0)
        r2r_fatal("r2r_object_type_name: object %p has no readable MethodTable name", object);
    return r2r_string_from_utf8(mt->name);
}

// The reference stored at `address` (a field the core library finds through a GC descriptor).
void* r2r_load_reference(void* const* address) { return *address; }
