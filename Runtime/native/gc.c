// gc.c — the managed heap: a non-moving mark-sweep collector over size-classed pages.
//
// Objects live in 64 KiB pages, each holding slots of one size class (up to 32 KiB); a
// larger object gets a run of whole pages to itself. A page table indexed by address >> 16
// finds the page of any address in constant time, so any word can be tested for pointing
// into a live object (interior pointers included). Each page has an allocated bitmap and a
// mark bitmap: allocation takes the next clear allocated bit, and sweeping is one AND of
// the two bitmaps per 32 slots. Free slots are always zero: a new page is cleared whole and
// the sweep clears what died, in runs, so allocation writes nothing but the bit. A
// collection marks from the roots:
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

#define R2R_GC_MINIMUM_BUDGET (8u << 20)
#define PAGE_SHIFT 16
#define PAGE_SIZE (1u << PAGE_SHIFT)
#define MAX_SLOTS (PAGE_SIZE / 16)
#define NO_SLOT UINT32_MAX
#define SMALL_LIMIT 1024u

extern char __data_end[];
extern char __heap_base[];

typedef struct Page {
    uintptr_t start;
    uint32_t slotSize;
    uint32_t slotCount;   // 1 for a large object's run of pages
    uint32_t pageCount;   // pages the run covers
    uint32_t sizeClass;   // index into slotSizes; NO_SLOT for a large object
    uint32_t cursor;      // the allocated-bitmap word to search from
    struct Page* nextAvailable;
    // Bits past slotCount stay set in `allocated`, so a clear bit is always a free slot.
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

// Small objects come from a per-class allocation buffer: a run of free slots, already
// marked allocated (a collection frees what is left of it, and skips a slot never handed out:
// its MethodTable pointer is 0).
typedef struct AllocationBuffer {
    uintptr_t next;
    uintptr_t end;
} AllocationBuffer;

// Generated code allocates from these inline (Runtime/ABI.md "GC"), by size class.
AllocationBuffer r2r_allocation_buffers[SIZE_CLASSES];

// The number of consecutive set bits of `bits` from bit `start` (which is set) upward.
static inline uint32_t run_length(uint32_t bits, uint32_t start) {
    uint32_t rest = bits >> start;
    return rest == ~0u ? 32 : (uint32_t)__builtin_ctz(~rest);
}

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

// A MethodTable's GC descriptor (an enum's +24 is its names table instead).
static const uint32_t* descriptor_of(const MethodTable* mt) {
    return mt->flags & MT_FLAG_ENUM ? NULL : mt->gcDescriptor;
}

static void scan_object(uintptr_t object) {
    const MethodTable* mt = *(const MethodTable* const*)object;
    if (mt == NULL || (mt->flags & MT_FLAG_STRING)) return;
    if (mt->flags & MT_FLAG_ARRAY) {
        const MethodTable* element = mt->element;
        uint32_t length = (uint32_t)((const Array*)object)->length;
        uintptr_t data = object + 8;
        if (!(element->flags & MT_FLAG_VALUE_TYPE)) {
            for (uint32_t i = 0; i < length; i++) mark_address(((const uint32_t*)data)[i]);
        } else if (descriptor_of(element) != NULL) {
            for (uint32_t i = 0; i < length; i++) scan_descriptor(descriptor_of(element), data + (uintptr_t)i * mt->componentSize);
        }
        return;
    }
    const uint32_t* descriptor = descriptor_of(mt);
    if (descriptor == NULL) return;
    // A boxed value's fields start after the MethodTable pointer; a class's offsets count it.
    scan_descriptor(descriptor, mt->flags & MT_FLAG_VALUE_TYPE ? object + 4 : object);
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

static uint32_t bitmap_words(const Page* page) { return (page->slotCount + 31) / 32; }

// Marks the bits past the last slot as allocated.
static void fill_tail(Page* page) {
    uint32_t used = page->slotCount % 32;
    if (used != 0) page->allocated[page->slotCount / 32] |= ~0u << used;
}

// Zeroes the slots the sweep freed (`dead_bits`), each run of adjacent ones at once.
static void clear_dead(const Page* page, const uint32_t* dead_bits) {
    uint32_t runStart = 0, runLength = 0;
    for (uint32_t w = 0; w < bitmap_words(page); w++) {
        uint32_t dead = dead_bits[w];
        while (dead != 0) {
            uint32_t start = (uint32_t)__builtin_ctz(dead);
            uint32_t length = run_length(dead, start);
            uint32_t slot = w * 32 + start;
            if (runLength != 0 && runStart + runLength == slot) {
                runLength += length;
            } else {
                if (runLength != 0)
                    memset((void*)(page->start + (uintptr_t)runStart * page->slotSize), 0, (size_t)runLength * page->slotSize);
                runStart = slot;
                runLength = length;
            }
            dead = length + start >= 32 ? 0 : dead & ~(((1u << length) - 1) << start);
        }
    }
    if (runLength != 0)
        memset((void*)(page->start + (uintptr_t)runStart * page->slotSize), 0, (size_t)runLength * page->slotSize);
}

// Sweeps every page: unmarked slots become free, empty pages go back to malloc.
static void sweep(void) {
    size_t kept = 0, liveBytes = 0;
    for (size_t c = 0; c < SIZE_CLASSES; c++) heap.available[c] = NULL;
    uint32_t dead[MAX_SLOTS / 32];
    for (size_t p = 0; p < heap.pageCount; p++) {
        Page* page = heap.pages[p];
        uint32_t live = 0;
        uint32_t words = bitmap_words(page);
        for (uint32_t w = 0; w < words; w++) {
            dead[w] = page->allocated[w] & ~page->marked[w];
            page->allocated[w] &= page->marked[w];
            page->marked[w] = 0;
            live += (uint32_t)__builtin_popcount(page->allocated[w]);
        }
        if (live == 0) {
            release_page(page);
            continue;
        }
        // The bits past the last slot are set but are no slots.
        if (page->slotCount % 32 != 0) dead[words - 1] &= ~(~0u << (page->slotCount % 32));
        clear_dead(page, dead);
        fill_tail(page);
        page->cursor = 0;
        liveBytes += (size_t)live * page->slotSize;
        if (page->sizeClass != NO_SLOT && live < page->slotCount) {
            page->nextAvailable = heap.available[page->sizeClass];
            heap.available[page->sizeClass] = page;
        }
        heap.pages[kept++] = page;
    }
    heap.pageCount = kept;
    heap.liveBytes = liveBytes;
}

void r2r_gc_collect(void) {
    memset(r2r_allocation_buffers, 0, sizeof r2r_allocation_buffers);
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
    memset(memory, 0, (size_t)pageCount * PAGE_SIZE);
    fill_tail(page);
    register_page(page);
    return page;
}

// The next run of adjacent free slots of `page` within one bitmap word, marked allocated:
// its first slot (zero already) and, in *count, its length; NULL when the page is full.
static void* take_run(Page* page, uint32_t* count) {
    uint32_t words = bitmap_words(page);
    for (uint32_t w = page->cursor; w < words; w++) {
        uint32_t free = ~page->allocated[w];
        if (free == 0) continue;
        uint32_t start = (uint32_t)__builtin_ctz(free);
        uint32_t run = run_length(free, start);
        page->allocated[w] |= (run == 32 ? ~0u : (1u << run) - 1) << start;
        page->cursor = w;
        *count = run;
        return (void*)(page->start + (uintptr_t)(w * 32 + start) * page->slotSize);
    }
    page->cursor = words;
    return NULL;
}

// A run of free slots of class `sizeClass` from the first page that has one (a new page when
// none has).
static void* allocate_run(uint32_t sizeClass, uint32_t* count) {
    for (;;) {
        Page* page = heap.available[sizeClass];
        if (page == NULL) {
            uint32_t size = slotSizes[sizeClass];
            page = new_page(sizeClass, size, PAGE_SIZE / size, 1);
            if (page == NULL) return NULL;
            heap.available[sizeClass] = page;
        }
        void* run = take_run(page, count);
        if (run != NULL) return run;
        heap.available[sizeClass] = page->nextAvailable;
    }
}

static void* allocate_large(uint64_t size) {
    uint64_t pages = (size + PAGE_SIZE - 1) / PAGE_SIZE;
    if (pages > (1u << (32 - PAGE_SHIFT))) return NULL;
    Page* page = new_page(NO_SLOT, (uint32_t)(pages * PAGE_SIZE), 1, (uint32_t)pages);
    uint32_t count;
    return page ? take_run(page, &count) : NULL;
}

// Size class by size in 8-byte units, for sizes up to SMALL_LIMIT (filled at start-up).
static uint8_t classBySize[SMALL_LIMIT / 8 + 1];

__attribute__((constructor)) static void build_class_table(void) {
    uint32_t c = 0;
    for (uint32_t units = 0; units <= SMALL_LIMIT / 8; units++) {
        while (slotSizes[c] < units * 8) c++;
        classBySize[units] = (uint8_t)c;
    }
}

static uint32_t size_class(uint64_t size) {
    if (size <= SMALL_LIMIT) return classBySize[(size + 7) / 8];
    uint32_t c = 0;
    while (slotSizes[c] < size) c++;
    return c;
}

// A large object, or a run of slots for an allocation buffer (its first slot is the object);
// either is counted against the budget as it is handed out.
static void* try_allocate(uint64_t size) {
    if (size > slotSizes[SIZE_CLASSES - 1]) {
        void* object = allocate_large(size);
        if (object != NULL) heap.allocatedSinceCollection += (size_t)size;
        return object;
    }
    uint32_t sizeClass = size_class(size);
    uint32_t count;
    void* run = allocate_run(sizeClass, &count);
    if (run == NULL) return NULL;
    uint32_t slotSize = slotSizes[sizeClass];
    r2r_allocation_buffers[sizeClass].next = (uintptr_t)run + slotSize;
    r2r_allocation_buffers[sizeClass].end = (uintptr_t)run + (uintptr_t)count * slotSize;
    heap.allocatedSinceCollection += (size_t)count * slotSize;
    return run;
}

void* r2r_gc_allocate(uint64_t size) {
    if (size < 16) size = 16;
    if (size <= slotSizes[SIZE_CLASSES - 1]) {
        uint32_t sizeClass = size_class(size);
        AllocationBuffer* buffer = &r2r_allocation_buffers[sizeClass];
        if (buffer->next < buffer->end) {
            void* object = (void*)buffer->next;
            buffer->next += slotSizes[sizeClass];
            return object;
        }
    }
    if (size > UINT32_MAX - PAGE_SIZE) r2r_throw_builtin(R2R_OUT_OF_MEMORY);
    size_t budget = heap.liveBytes > R2R_GC_MINIMUM_BUDGET ? heap.liveBytes : R2R_GC_MINIMUM_BUDGET;
    if (heap.allocatedSinceCollection + size > budget) r2r_gc_collect();
    void* object = try_allocate(size);
    if (object == NULL) {
        r2r_gc_collect();
        object = try_allocate(size);
        if (object == NULL) r2r_throw_builtin(R2R_OUT_OF_MEMORY);
    }
    return object;
}
