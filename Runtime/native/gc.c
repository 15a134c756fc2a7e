// gc.c — a non-moving mark-sweep collector for managed objects.
//
// Every object comes from malloc and is listed in `heap.objects`. A collection sorts that
// list by address, so any word can be tested for pointing into an object by binary search,
// then marks from the roots and frees what it did not reach:
// - conservatively, every aligned word of the shadow stack (from the stack pointer up to
//   __heap_base, where wasm-ld ends the stack) and of the static data (from the global base
//   to __data_end: static fields, and the runtime's own globals). Generated code keeps every
//   reference that lives across a call in its shadow-stack frame (Runtime/ABI.md "GC");
// - precisely, inside objects: a MethodTable's GC descriptor lists the offsets of its
//   reference fields; arrays of references are scanned whole, arrays of structs element by
//   element through the element type's descriptor.
// A collection runs when the bytes allocated since the last one exceed the live bytes it
// left (at least R2R_GC_MINIMUM_BUDGET), so memory stays within about twice what is live.
#include "r2r.h"

#include <emscripten/stack.h>
#include <stdlib.h>
#include <string.h>

#define R2R_GC_MINIMUM_BUDGET (8u << 20)

extern char __data_end[];
extern char __heap_base[];

typedef struct Heap {
    uintptr_t* objects;  // object addresses; sorted during a collection
    size_t count;
    size_t capacity;
    size_t allocatedSinceCollection;
    size_t liveBytes;
    // Collection-time state.
    uint8_t* marks;
    size_t* markStack;
    size_t markStackCount;
    size_t markStackCapacity;
} Heap;

static Heap heap;

size_t r2r_gc_object_size(const void* object) {
    const MethodTable* mt = *(const MethodTable* const*)object;
    if (mt->flags & MT_FLAG_STRING) return sizeof(String) + 2 * ((size_t)((const String*)object)->length + 1);
    if (mt->flags & MT_FLAG_ARRAY) return mt->baseSize + (size_t)mt->componentSize * (size_t)((const Array*)object)->length;
    return mt->baseSize;
}

static int compare_addresses(const void* a, const void* b) {
    uintptr_t x = *(const uintptr_t*)a, y = *(const uintptr_t*)b;
    return x < y ? -1 : x > y;
}

// The index of the object containing `address`, or SIZE_MAX.
static size_t find_object(uintptr_t address) {
    size_t low = 0, high = heap.count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (heap.objects[middle] <= address) low = middle + 1;
        else high = middle;
    }
    if (low == 0) return SIZE_MAX;
    size_t index = low - 1;
    uintptr_t start = heap.objects[index];
    return address < start + r2r_gc_object_size((const void*)start) ? index : SIZE_MAX;
}

static void mark_address(uintptr_t address) {
    if (heap.count == 0 || address < heap.objects[0]) return;
    size_t index = find_object(address);
    if (index == SIZE_MAX || heap.marks[index]) return;
    heap.marks[index] = 1;
    if (heap.markStackCount == heap.markStackCapacity) {
        size_t capacity = heap.markStackCapacity ? heap.markStackCapacity * 2 : 1024;
        size_t* grown = realloc(heap.markStack, capacity * sizeof *grown);
        if (grown == NULL) r2r_fatal("the collector ran out of memory for its mark stack");
        heap.markStack = grown;
        heap.markStackCapacity = capacity;
    }
    heap.markStack[heap.markStackCount++] = index;
}

static void scan_range(uintptr_t low, uintptr_t high) {
    low = (low + 3) & ~(uintptr_t)3;
    for (uintptr_t p = low; p + 4 <= high; p += 4) mark_address(*(const uint32_t*)p);
}

// The reference fields `descriptor` lists, in the value at `base`.
static void scan_descriptor(const uint32_t* descriptor, uintptr_t base) {
    uint32_t count = descriptor[0];
    for (uint32_t i = 0; i < count; i++) mark_address(*(const uint32_t*)(base + descriptor[1 + i]));
}

static void scan_object(uintptr_t object) {
    const MethodTable* mt = *(const MethodTable* const*)object;
    if (mt->flags & MT_FLAG_STRING) return;
    if (mt->flags & MT_FLAG_ARRAY) {
        const MethodTable* element = mt->element;
        uint32_t length = (uint32_t)((const Array*)object)->length;
        uintptr_t data = object + 8;
        if (!(element->flags & MT_FLAG_VALUE_TYPE)) {
            for (uint32_t i = 0; i < length; i++) mark_address(((const uint32_t*)data)[i]);
        } else if (element->gcDescriptor != NULL) {
            for (uint32_t i = 0; i < length; i++) scan_descriptor(element->gcDescriptor, data + (uintptr_t)i * mt->componentSize);
        }
        return;
    }
    if (mt->gcDescriptor == NULL) return;
    // A boxed value's fields start after the MethodTable pointer; a class's offsets count it.
    scan_descriptor(mt->gcDescriptor, mt->flags & MT_FLAG_VALUE_TYPE ? object + 4 : object);
}

static void collect(void) {
    qsort(heap.objects, heap.count, sizeof *heap.objects, compare_addresses);
    heap.marks = calloc(heap.count ? heap.count : 1, 1);
    if (heap.marks == NULL) r2r_fatal("the collector ran out of memory for its mark bits");
    heap.markStackCount = 0;
    scan_range(emscripten_stack_get_current(), (uintptr_t)__heap_base);
    scan_range(R2R_GLOBAL_BASE, (uintptr_t)__data_end);
    while (heap.markStackCount > 0) scan_object(heap.objects[heap.markStack[--heap.markStackCount]]);
    size_t kept = 0, liveBytes = 0;
    for (size_t i = 0; i < heap.count; i++) {
        uintptr_t object = heap.objects[i];
        if (heap.marks[i]) {
            heap.objects[kept++] = object;
            liveBytes += r2r_gc_object_size((const void*)object);
        } else {
            free((void*)object);
        }
    }
    heap.count = kept;
    heap.liveBytes = liveBytes;
    heap.allocatedSinceCollection = 0;
    free(heap.marks);
    heap.marks = NULL;
}

void r2r_gc_collect(void) { collect(); }

void* r2r_gc_allocate(uint64_t size) {
    if (size > SIZE_MAX / 2) r2r_throw_builtin(R2R_OUT_OF_MEMORY);
    size_t budget = heap.liveBytes > R2R_GC_MINIMUM_BUDGET ? heap.liveBytes : R2R_GC_MINIMUM_BUDGET;
    if (heap.allocatedSinceCollection + size > budget) collect();
    if (heap.count == heap.capacity) {
        size_t capacity = heap.capacity ? heap.capacity * 2 : 4096;
        uintptr_t* grown = realloc(heap.objects, capacity * sizeof *grown);
        if (grown == NULL) {
            collect();
            r2r_throw_builtin(R2R_OUT_OF_MEMORY);
        }
        heap.objects = grown;
        heap.capacity = capacity;
    }
    void* object = calloc(1, (size_t)size);
    if (object == NULL) {
        collect();
        object = calloc(1, (size_t)size);
        if (object == NULL) r2r_throw_builtin(R2R_OUT_OF_MEMORY);
    }
    heap.objects[heap.count++] = (uintptr_t)object;
    heap.allocatedSinceCollection += (size_t)size;
    return object;
}
