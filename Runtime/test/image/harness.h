// harness.h — the layouts make_image.py's generated images use, and the
// harness's hook that damages an image before it registers.
#ifndef HARNESS_H
#define HARNESS_H

#include <stdint.h>

typedef struct __attribute__((packed)) ImportSection {
    uint32_t slots, slotsSize;
    uint16_t flags;
    uint8_t type, entrySize;
    uint32_t signatures, auxiliaryData;
} ImportSection;

typedef struct R2RHeader {
    uint32_t signature;
    uint16_t major, minor;
    uint32_t flags, sectionCount;
    struct {
        uint32_t type, rva, size;
    } sections[4];
} R2RHeader;

typedef struct Region {
    const char* name;
    uint8_t* data;
    uint32_t size;
} Region;

void r2r_register_image(const void* rtrHeader, const uint8_t* webcil, uint32_t webcilSize);

// Applies R2R_TEST_MUTATE to image `prefix`: comma-separated items
// "prefix.region:offset:byte" (set a byte), "prefix.region:offset:flipN"
// (invert bit N) and "prefix.webcil:size:N" (register N bytes of the payload).
void test_mutate(const char* prefix, const Region* regions, uint32_t regionCount, uint32_t* webcilSize);

#endif
