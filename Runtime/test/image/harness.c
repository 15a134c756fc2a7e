// harness.c — the rest of a program around make_image.py's images: the core
// library's MethodTables for string and string[], the M invoke thunks, and
// "compiled methods" written in C with the managed calling convention
// (sp first, portable entry point last; ABI.md). They print what they receive
// so the test sees the runtime's main() call path end to end.
#include "harness.h"

#include "../../native/r2r.h"

#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>

const MethodTable StringMT __asm__("MT:System.String") = {MT_FLAG_STRING, 8, 2, 0, 0, "System.String", 0, 0, 0};
const MethodTable StringArrayMT __asm__("MT:System.String[]") = {
    MT_FLAG_ARRAY | MT_FLAG_HAS_GC_REFS, 8, 4, 0, &StringMT, "System.String[]", 0, 0, 0};


// ---- Output ----

static void say(const char* text) {
    uint16_t units[128];
    size_t length = strlen(text);
    for (size_t i = 0; i < length; i++) units[i] = (uint8_t)text[i];
    r2r_write_utf16(1, units, (int32_t)length);
}

static void say_args(const Array* args) {
    if (args->methodTable != &StringArrayMT) say("args has the wrong MethodTable\n");
    String* const* elements = (String* const*)R2R_ARRAY_DATA(args);
    for (int32_t i = 0; i < args->length; i++) {
        const String* arg = elements[i];
        if (arg->methodTable != &StringMT || arg->chars[arg->length] != 0) say("an argument is not a string\n");
        say("[");
        r2r_write_utf16(1, arg->chars, arg->length);
        say("]");
    }
    say("\n");
}

// ---- The M thunks (ABI.md "M invoke thunks") ----

static int32_t stack_pointer(void) {
    int32_t sp;
    __asm__(".globaltype __stack_pointer, i32\n"
            "global.get __stack_pointer\n"
            "local.set %0"
            : "=r"(sp));
    return sp;
}

typedef void (*ManagedV)(int32_t sp, int32_t pep);
typedef int32_t (*ManagedI)(int32_t sp, int32_t pep);
typedef void (*ManagedVI)(int32_t sp, int32_t a, int32_t pep);
typedef int32_t (*ManagedII)(int32_t sp, int32_t a, int32_t pep);

void thunk_vp(int32_t function, const uint64_t* args, void* ret) {
    (void)args, (void)ret;
    ((ManagedV)(uintptr_t)function)(stack_pointer(), 0);
}

void thunk_ip(int32_t function, const uint64_t* args, void* ret) {
    (void)args;
    int32_t result = ((ManagedI)(uintptr_t)function)(stack_pointer(), 0);
    memcpy(ret, &result, 4);
}

void thunk_vip(int32_t function, const uint64_t* args, void* ret) {
    (void)ret;
    ((ManagedVI)(uintptr_t)function)(stack_pointer(), (int32_t)args[0], 0);
}

void thunk_iip(int32_t function, const uint64_t* args, void* ret) {
    int32_t result = ((ManagedII)(uintptr_t)function)(stack_pointer(), (int32_t)args[0], 0);
    memcpy(ret, &result, 4);
}

// A second Mvip thunk, registered by another image, to see which one wins.
void thunk_vip_marked(int32_t function, const uint64_t* args, void* ret) {
    say("(thunk_vip_marked) ");
    thunk_vip(function, args, ret);
}

// ---- "Compiled methods" ----

void main_vip(int32_t sp, int32_t args, int32_t pep) {
    (void)sp, (void)pep;
    say("void Main(string[]): ");
    say_args((const Array*)(uintptr_t)args);
}

int32_t main_iip(int32_t sp, int32_t args, int32_t pep) {
    (void)sp, (void)pep;
    say("int Main(string[]): ");
    say_args((const Array*)(uintptr_t)args);
    return 40 + ((const Array*)(uintptr_t)args)->length;
}

void main_vp(int32_t sp, int32_t pep) {
    (void)sp, (void)pep;
    say("void Main()\n");
}

int32_t main_ip(int32_t sp, int32_t pep) {
    (void)sp, (void)pep;
    say("int Main()\n");
    return 42;
}

void other_vip(int32_t sp, int32_t args, int32_t pep) {
    (void)sp, (void)args, (void)pep;
    say("other\n");
}

// ---- Damage ----

// R2R_TEST_MUTATE, read through WASI: init functions run before libc's own
// (priority 100 comes first), so getenv does not work yet.
static const char* mutation_spec(void) {
    static const char prefix[] = "R2R_TEST_MUTATE=";
    __wasi_size_t count, size;
    if (__wasi_environ_sizes_get(&count, &size) != 0) return NULL;
    char** variables = malloc((count + 1) * sizeof *variables);
    char* buffer = malloc(size);
    if (variables == NULL || buffer == NULL || __wasi_environ_get((uint8_t**)variables, (uint8_t*)buffer) != 0) abort();
    for (__wasi_size_t i = 0; i < count; i++)
        if (strncmp(variables[i], prefix, sizeof prefix - 1) == 0) return variables[i] + sizeof prefix - 1;
    return NULL;
}

void test_mutate(const char* prefix, const Region* regions, uint32_t regionCount, uint32_t* webcilSize) {
    const char* spec = mutation_spec();
    if (spec == NULL) return;
    size_t prefixLength = strlen(prefix);
    while (*spec != 0) {
        const char* end = strchr(spec, ',');
        size_t length = end != NULL ? (size_t)(end - spec) : strlen(spec);
        char item[96] = {0};
        memcpy(item, spec, length < sizeof item - 1 ? length : sizeof item - 1);
        spec += length + (end != NULL);
        if (strncmp(item, prefix, prefixLength) != 0 || item[prefixLength] != '.') continue;
        char* region = item + prefixLength + 1;
        char* colon = strchr(region, ':');
        if (colon == NULL) abort();
        *colon = 0;
        char* what = colon + 1;
        if (strncmp(what, "size:", 5) == 0) {
            *webcilSize = (uint32_t)strtoul(what + 5, NULL, 0);
            continue;
        }
        char* rest;
        unsigned long offset = strtoul(what, &rest, 0);
        bool flip = strncmp(rest + 1, "flip", 4) == 0;  // "flipN": invert bit N
        unsigned long value = strtoul(rest + 1 + (flip ? 4 : 0), NULL, 0);
        for (uint32_t i = 0; i < regionCount; i++) {
            if (strcmp(regions[i].name, region) != 0 || offset >= regions[i].size) continue;
            if (flip)
                regions[i].data[offset] ^= (uint8_t)(1u << (value & 7));
            else
                regions[i].data[offset] = (uint8_t)value;
        }
    }
}
