// main.c — start-up (ABI.md "Image registration and start-up"): find the
// program's Main in the last registered image that has an entry point, build
// string[] args from argv, call Main through its M invoke thunk, and exit with
// its result after flushing stdout.
#include "r2r.h"

#include <string.h>

// ECMA-335 II.23.2 signature bytes.
enum {
    CALLCONV_DEFAULT = 0x00,
    ELEMENT_VOID = 0x01,
    ELEMENT_I4 = 0x08,
    ELEMENT_STRING = 0x0E,
    ELEMENT_SZARRAY = 0x1D,
    TABLE_METHODDEF = 0x06,
};

typedef void (*InvokeThunk)(int32_t function, void* args, void* ret);

typedef struct MainShape {
    const char* signature;  // R2R-WASM.md §6 signature string
    bool returnsInt;
    bool takesArgs;
} MainShape;

// Main must be static, return void or int, and take nothing or string[].
static MainShape main_shape(const Image* image, uint32_t rid) {
    MethodDefRow row;
    r2r_metadata_method(&r2r_image_assembly(image)->metadata, rid, &row, r2r_image_name(image));
    const uint8_t* s = row.signature;
    uint32_t n = row.signatureSize;
    if (n >= 3 && s[0] == CALLCONV_DEFAULT && (s[2] == ELEMENT_VOID || s[2] == ELEMENT_I4)) {
        bool returnsInt = s[2] == ELEMENT_I4;
        if (s[1] == 0 && n == 3) return (MainShape){returnsInt ? "ip" : "vp", returnsInt, false};
        if (s[1] == 1 && n == 5 && s[3] == ELEMENT_SZARRAY && s[4] == ELEMENT_STRING)
            return (MainShape){returnsInt ? "iip" : "vip", returnsInt, true};
    }
    r2r_fatal("%s: entry point %s (MethodDef row %u) has an unsupported signature; it must be static, return void or int, and take "
              "no parameters or one string[]",
              r2r_image_name(image), row.name, rid);
}

// The args array while its strings are allocated: C locals are invisible to the collector,
// static data is not.
static Array* startupArguments;

static Array* make_args(int argc, char** argv) {
    if (r2r_StringArrayMT.componentSize != sizeof(String*))
        r2r_fatal("MT:System.String[] has component size %u, not %u", r2r_StringArrayMT.componentSize, (unsigned)sizeof(String*));
    int32_t count = argc > 1 ? argc - 1 : 0;
    Array* args = r2r_alloc_array(&r2r_StringArrayMT, count);
    startupArguments = args;
    for (int32_t i = 0; i < count; i++) {
        size_t length = r2r_utf8_to_utf16_length(argv[i + 1]);
        if (length > INT32_MAX) r2r_throw_builtin(R2R_OUT_OF_MEMORY);
        String* arg = r2r_alloc_string((int32_t)length);
        r2r_utf8_to_utf16(argv[i + 1], arg->chars);
        String** elements = (String**)R2R_ARRAY_DATA(args);
        elements[i] = arg;
    }
    return args;
}

int main(int argc, char** argv) {
    const Image* image = r2r_entry_image();
    if (image == NULL) r2r_fatal("no registered image has an entry point (is the program's object linked in?)");
    const char* name = r2r_image_name(image);
    uint32_t token = r2r_image_assembly(image)->entryPointToken;
    if (token >> 24 != TABLE_METHODDEF) r2r_fatal("%s: entry point token 0x%08x is not a MethodDef", name, token);
    uint32_t rid = token & 0xFFFFFF;
    MainShape shape = main_shape(image, rid);

    uint32_t function = r2r_image_method_entry(image, rid);
    if (function == 0) r2r_fatal("%s: entry point (MethodDef row %u) has no compiled code", name, rid);
    char key[8] = "M";
    strcat(key, shape.signature);
    uint32_t thunk = r2r_find_thunk(key);
    if (thunk == 0) r2r_fatal("no registered image has the invoke thunk \"%s\" for the entry point", key);

    // One 8-byte slot per argument (the address-taken locals also keep args
    // on the shadow stack, where a collector will see it).
    uint64_t args[1] = {0};
    uint64_t result = 0;
    if (shape.takesArgs) args[0] = (uint32_t)(uintptr_t)make_args(argc, argv);
    ((InvokeThunk)(uintptr_t)thunk)((int32_t)function, args, &result);
    r2r_flush_stdout();

    int32_t status;
    memcpy(&status, &result, sizeof status);
    // Exit statuses are 8 bits on the hosts mono runs on (returning 256 ends with 0).
    return shape.returnsInt ? status & 0xFF : 0;
}
