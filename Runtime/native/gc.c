// gc.c — the managed heap: a non-moving mark-sweep collector over size-classed pages.
//
// Objects live in 64 KiB pages, each holding slots of one size class (up to 32 KiB); a
// larger object gets a run of whole pages to itself. A page table indexed by address >> 16
// finds the page of any address in constant time, so any word can be tested for pointing
// into a live object (interior pointers included). A collection marks from the roots and
// sweeps unmarked slots into their page's free list:
// - conservatively, every aligned word of the shadow stack (from the stack pointer up to
//   __heap_base, where wasm-ld ends the stack) and of the static data (from the global base
//   to __data_end: static fields, and the runtime's own globals). Generated code keeps every
//   reference that lives across a call in its shadow-stack frame (Runtime/ABI.md "GC");
// - precisely, inside objects: a MethodTable's GC descriptor lists the offsets of its
//   reference fields; arrays of references are scanned whole, arrays of structs element by
//   element through the element type's descriptor.
// Pages left empty go back to malloc. A collection runs when the bytes allocated since the
// last one exceed the live bytes it left (at least R2R_GC_MINIMUM_BUDGET), so the heap stays
// within about twice what is live.
#include "r2r.h"

#include <emscripten/stack.h>
#include <stdlib.h>
#include <string.h>

#define R2R_GC_MINIMUM_BUDGET (4u << 20)
#define PAGE_SHIFT 16
#define PAGE_SIZE (1u << PAGE_SHIFT)
#define MAX_SLOTS (PAGE_SIZE / 16)
#define NO_SLOT UINT32_MAX

extern char __data_end[];
extern char __heap_base[];

typedef struct Page {
    uintptr_t start;
    uint32_t slotSize;
    uint32_t slotCount;   // 1 for a large object's run of pages
    uint32_t pageCount;   // pages the run covers
    uint32_t sizeClass;   // index into slotSizes; NO_SLOT for a large object
    uint32_t unusedFrom;  // slots from here on were never handed out
    uint32_t liveCount;
    void* freeList;       // freed slots, linked through their first word
    struct Page* nextAvailable;
    uint32_t allocated[MAX_SLOTS / 32];
    uint32_t marked[MAX_SLOTS / 32];
} Page;

static const uint32_t slotSizes[] = {16,   24,   32,   48,   64,   96,   128,   192,   256,  384,
                                     512,  768,  1024, 1536, 2048, 3072, 4096,  6144,  8192, 12288,
                                     16384, 21840, 32768};
#define SIZE_CLASSES (sizeof slotSizes / sizeof slotSizes[0])

typedef struct Heap {
    Page* pageTable[1u << (32 - PAGE_SHIFT)];
    Page** pages;
    size_t pageCount;
    size_t pageCapacity;
    Page* available[SIZE_CLASSES];  // pages of each class with a free or unused slot
    size_t allocatedSinceCollection;
    size_t liveBytes;
    uintptr_t* markStack;
    size_t markStackCount;
    size_t markStackCapacity;
} Heap;

static Heap heap;

static inline bool bit(const uint32_t* bits, uint32_t i) { return (bits[i >> 5] >> (i & 31)) & 1; }
static inline void set_bit(uint32_t* bits, uint32_t i) { bits[i >> 5] |= 1u << (i & 31); }

size_t r2r_gc_object_size(const void* object) {
    const MethodTable* mt = *(const MethodTable* const*)object;
    if (mt->flags & MT_FLAG_STRING) return sizeof(String) + 2 * ((size_t)((const String*)object)->length + 1);
    if (mt->flags & MT_FLAG_ARRAY) return mt->baseSize + (size_t)mt->componentSize * (size_t)((const Array*)object)->length;
    return mt->baseSize;
}

static void push_mark(uintptr_t object) {
    if (heap.markStackCount == heap.markStackCapacity) {
        size_t capacity = heap.markStackCapacity ? heap.markStackCapacity * 2 : 4096;
        uintptr_t* grown = realloc(heap.markStack, capacity * sizeof *grown);
        if (grown == NULL) r2r_fatal("the collector ran out of memory for its mark stack");
        heap.markStack = grown;
        heap.markStackCapacity = capacity;
    }
    heap.markStack[heap.markStackCount++] = object;
}

// Marks the live object `address` points into, if any.
static inline void mark_address(uintptr_t address) {
    Page* page = heap.pageTable[address >> PAGE_SHIFT];
    if (page == NULL || address < page->start) return;
    uint32_t slot = (uint32_t)((address - page->start) / page->slotSize);
    if (slot >= page->slotCount || !bit(page->allocated, slot) || bit(page->marked, slot)) return;
    set_bit(page->marked, slot);
    push_mark(page->start + (uintptr_t)slot * page->slotSize);
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

static void register_page(Page* page) {
    if (heap.pageCount == heap.pageCapacity) {
        size_t capacity = heap.pageCapacity ? heap.pageCapacity * 2 : 256;
        Page** grown = realloc(heap.pages, capacity * sizeof *grown);
        if (grown == NULL) r2r_throw_builtin(R2R_OUT_OF_MEMORY);
        heap.pages = grown;
        heap.pageCapacity = capacity;
    }
    heap.pages[heap.pageCount++] = page;
    for (uint32_t i = 0; i < page->pageCount; i++) heap.pageTable[(page->start >> PAGE_SHIFT) + i] = page;
}

static void release_page(Page* page) {
    for (uint32_t i = 0; i < page->pageCount; i++) heap.pageTable[(page->start >> PAGE_SHIFT) + i] = NULL;
    free((void*)page->start);
    free(page);
}

// Sweeps every page: unmarked slots join the free list, empty pages go back to malloc.
static void sweep(void) {
    size_t kept = 0, liveBytes = 0;
    for (size_t c = 0; c < SIZE_CLASSES; c++) heap.available[c] = NULL;
    for (size_t p = 0; p < heap.pageCount; p++) {
        Page* page = heap.pages[p];
        uint32_t live = 0;
        page->freeList = NULL;
        for (uint32_t w = 0; w < (page->unusedFrom + 31) / 32; w++) {
            page->allocated[w] &= page->marked[w];
            page->marked[w] = 0;
            live += (uint32_t)__builtin_popcount(page->allocated[w]);
        }
        if (live == 0) {
            release_page(page);
            continue;
        }
        for (uint32_t slot = page->unusedFrom; slot-- > 0;) {
            if (bit(page->allocated, slot)) continue;
            void* free = (void*)(page->start + (uintptr_t)slot * page->slotSize);
            *(void**)free = page->freeList;
            page->freeList = free;
        }
        page->liveCount = live;
        liveBytes += (size_t)live * page->slotSize;
        if (page->sizeClass != NO_SLOT && (page->freeList != NULL || page->unusedFrom < page->slotCount)) {
            page->nextAvailable = heap.available[page->sizeClass];
            heap.available[page->sizeClass] = page;
        }
        heap.pages[kept++] = page;
    }
    heap.pageCount = kept;
    heap.liveBytes = liveBytes;
}

void r2r_gc_collect(void) {
    heap.markStackCount = 0;
    scan_range(emscripten_stack_get_current(), (uintptr_t)__heap_base);
    scan_range(R2R_GLOBAL_BASE, (uintptr_t)__data_end);
    while (heap.markStackCount > 0) scan_object(heap.markStack[--heap.markStackCount]);
    sweep();
    heap.allocatedSinceCollection = 0;
}

static Page* new_page(uint32_t sizeClass, uint32_t slotSize, uint32_t slotCount, uint32_t pageCount) {
    Page* page = calloc(1, sizeof *page);
    void* memory = page ? aligned_alloc(PAGE_SIZE, (size_t)pageCount * PAGE_SIZE) : NULL;
    if (memory == NULL) {
        free(page);
        return NULL;
    }
    page->start = (uintptr_t)memory;
    page->slotSize = slotSize;
    page->slotCount = slotCount;
    page->pageCount = pageCount;
    page->sizeClass = sizeClass;
    register_page(page);
    return page;
}

static void* take_slot(Page* page) {
    uint32_t slot;
    void* object = page->freeList;
    if (object != NULL) {
        page->freeList = *(void**)object;
        slot = (uint32_t)(((uintptr_t)object - page->start) / page->slotSize);
    } else {
        slot = page->unusedFrom++;
        object = (void*)(page->start + (uintptr_t)slot * page->slotSize);
    }
    set_bit(page->allocated, slot);
    page->liveCount++;
    memset(object, 0, page->slotSize);
    return object;
}

static void* allocate_small(uint32_t sizeClass) {
    Page* page = heap.available[sizeClass];
    if (page == NULL) {
        uint32_t size = slotSizes[sizeClass];
        page = new_page(sizeClass, size, PAGE_SIZE / size, 1);
        if (page == NULL) return NULL;
        heap.available[sizeClass] = page;
    }
    void* object = take_slot(page);
    if (page->freeList == NULL && page->unusedFrom == page->slotCount) heap.available[sizeClass] = page->nextAvailable;
    return object;
}

static void* allocate_large(uint64_t size) {
    uint64_t pages = (size + PAGE_SIZE - 1) / PAGE_SIZE;
    if (pages > (1u << (32 - PAGE_SHIFT))) return NULL;
    Page* page = new_page(NO_SLOT, (uint32_t)(pages * PAGE_SIZE), 1, (uint32_t)pages);
    return page ? take_slot(page) : NULL;
}

static void* try_allocate(uint64_t size) {
    if (size <= slotSizes[SIZE_CLASSES - 1]) {
        uint32_t c = 0;
        while (slotSizes[c] < size) c++;
        return allocate_small(c);
    }
    return allocate_large(size);
}

void* r2r_gc_allocate(uint64_t size) {
    if (size > UINT32_MAX - PAGE_SIZE) r2r_throw_builtin(R2R_OUT_OF_MEMORY);
    if (size < 16) size = 16;
    size_t budget = heap.liveBytes > R2R_GC_MINIMUM_BUDGET ? heap.liveBytes : R2R_GC_MINIMUM_BUDGET;
    if (heap.allocatedSinceCollection + size > budget) r2r_gc_collect();
    void* object = try_allocate(size);
    if (object == NULL) {
        r2r_gc_collect();
        object = try_allocate(size);
        if (object == NULL) r2r_throw_builtin(R2R_OUT_OF_MEMORY);
    }
    heap.allocatedSinceCollection += (size_t)size;
    return object;
}
