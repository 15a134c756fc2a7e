// unit.c — the runtime's pieces one at a time, selected by argv[1]:
//
//   utf8          each stdin line is hex bytes; prints the UTF-16 units r2r_utf8_to_utf16 makes, in hex
//   native        each stdin line is "<count> <hex NativeArray>"; for indices 0..count+1 prints
//                 the element (a varuint) r2r_native_array_get finds, "absent", or "corrupt"
//   alloc         checks arrays, strings and objects; prints "alloc ok"
//   array LENGTH  allocates an int64[] of LENGTH elements (the errors end the program)
//   bytes LENGTH  allocates a byte[] of LENGTH elements
//   string LENGTH allocates a string of LENGTH characters
//   fd FD         writes to fd FD
//   type-name     prints r2r_object_type_name of an object
#include "../../native/r2r.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const MethodTable StringMT __asm__("MT:System.String") = {MT_FLAG_STRING, 8, 2, 0, 0, "System.String", 0, 0, 0};
const MethodTable StringArrayMT __asm__("MT:System.String[]") = {MT_FLAG_ARRAY | MT_FLAG_HAS_GC_REFS, 8, 4, 0, &StringMT, "System.String[]", 0, 0, 0};

static const MethodTable Int64MT = {MT_FLAG_VALUE_TYPE | MT_FLAG_PRIMITIVE, 8, 0, 0, 0, "System.Int64", 0, 0, 0};
static const MethodTable Int64ArrayMT = {MT_FLAG_ARRAY, 8, 8, 0, &Int64MT, "System.Int64[]", 0, 0, 0};
static const MethodTable ByteMT = {MT_FLAG_VALUE_TYPE | MT_FLAG_PRIMITIVE, 1, 0, 0, 0, "System.Byte", 0, 0, 0};
static const MethodTable ByteArrayMT = {MT_FLAG_ARRAY, 8, 1, 0, &ByteMT, "System.Byte[]", 0, 0, 0};
static const MethodTable NestedMT = {0, 20, 0, 0, 0, "N\xc3\xa9.Outer+Inner", 0, 0, 0};  // UTF-8 "Né.Outer+Inner"

static int failures;

static void check(bool ok, const char* what) {
    if (!ok) {
        printf("FAIL: %s\n", what);
        failures++;
    }
}

static bool all_zero(const uint8_t* bytes, size_t size) {
    for (size_t i = 0; i < size; i++)
        if (bytes[i] != 0) return false;
    return true;
}

static size_t from_hex(const char* hex, uint8_t* out, size_t capacity) {
    size_t n = 0;
    while (hex[0] != 0 && hex[1] != 0 && hex[0] != '\n' && n < capacity) {
        unsigned byte;
        sscanf(hex, "%2x", &byte);
        out[n++] = (uint8_t)byte;
        hex += 2;
    }
    return n;
}

static void test_utf8(void) {
    static char line[8192];
    static uint8_t bytes[4096];
    static uint16_t units[4096];
    while (fgets(line, sizeof line, stdin) != NULL) {
        size_t n = from_hex(line, bytes, sizeof bytes - 1);
        bytes[n] = 0;
        size_t length = r2r_utf8_to_utf16_length((const char*)bytes);
        r2r_utf8_to_utf16((const char*)bytes, units);
        for (size_t i = 0; i < length; i++) printf("%04x", units[i]);
        printf("\n");
    }
}

static void test_native(void) {
    static char line[65536];
    static uint8_t bytes[32768];
    while (fgets(line, sizeof line, stdin) != NULL) {
        char* hex;
        unsigned long count = strtoul(line, &hex, 10);
        NativeReader reader = {bytes, (uint32_t)from_hex(hex + 1, bytes, sizeof bytes)};
        for (uint32_t i = 0; i < count + 2; i++) {
            uint32_t offset, value;
            NativeLookup found = r2r_native_array_get(&reader, i, &offset);
            if (found == NATIVE_ABSENT)
                printf(" absent");
            else if (found == NATIVE_CORRUPT || !r2r_native_decode_unsigned(&reader, &offset, &value))
                printf(" corrupt");
            else
                printf(" %u", value);
        }
        printf("\n");
    }
}

static void test_alloc(void) {
    Array* longs = r2r_alloc_array(&Int64ArrayMT, 5);
    check(longs->methodTable == &Int64ArrayMT && longs->length == 5, "int64[] header");
    check(all_zero(R2R_ARRAY_DATA(longs), 5 * 8), "int64[] zeroed");
    check((uintptr_t)longs % 8 == 0, "int64[] 8-aligned");
    Array* empty = r2r_alloc_array(&Int64ArrayMT, 0);
    check(empty->length == 0 && empty != longs, "empty array");
    String* s = r2r_alloc_string(3);
    check(s->methodTable == &StringMT && s->length == 3, "string header");
    check(all_zero((const uint8_t*)s->chars, 8), "string zeroed and terminated");
    check((uintptr_t)s % 8 == 0, "string 8-aligned");
    const MethodTable** object = r2r_alloc_object(&NestedMT);
    check(*object == &NestedMT && all_zero((const uint8_t*)(object + 1), 16), "object header and fields");
    // 64 MiB: past the initial 16 MiB, so memory has to grow.
    Array* big = r2r_alloc_array(&ByteArrayMT, 64 << 20);
    check(big->length == 64 << 20 && all_zero(R2R_ARRAY_DATA(big) + (32 << 20), 1 << 20), "64 MiB byte[]");
    check(r2r_object_address(object) == (void*)object, "r2r_object_address");
    printf(failures == 0 ? "alloc ok\n" : "alloc FAILED\n");
}

int main(int argc, char** argv) {
    if (argc < 2) return 2;
    const char* mode = argv[1];
    long n = argc > 2 ? strtol(argv[2], NULL, 0) : 0;
    if (strcmp(mode, "utf8") == 0) {
        test_utf8();
    } else if (strcmp(mode, "native") == 0) {
        test_native();
    } else if (strcmp(mode, "alloc") == 0) {
        test_alloc();
    } else if (strcmp(mode, "array") == 0) {
        printf("%d\n", ((Array*)r2r_alloc_array(&Int64ArrayMT, (int32_t)n))->length);
    } else if (strcmp(mode, "bytes") == 0) {
        printf("%d\n", ((Array*)r2r_alloc_array(&ByteArrayMT, (int32_t)n))->length);
    } else if (strcmp(mode, "string") == 0) {
        printf("%d\n", ((String*)r2r_alloc_string((int32_t)n))->length);
    } else if (strcmp(mode, "fd") == 0) {
        r2r_write_utf16((int32_t)n, (const uint16_t[]){'x'}, 1);
    } else if (strcmp(mode, "type-name") == 0) {
        String* name = r2r_object_type_name(r2r_alloc_object(&NestedMT));
        r2r_write_utf16(1, name->chars, name->length);
        r2r_flush_stdout();
        printf("\n");
    } else {
        return 2;
    }
    return failures == 0 ? 0 : 1;
}
