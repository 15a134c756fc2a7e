// exception.c — the exceptions generated code raises itself (overflow, bounds,
// null, casts, allocation). Until managed exception handling exists these end
// the program the way mono ends it for an unhandled exception: stdout flushed,
// mono's text on stderr (without the stack trace), exit status 1.
#include "r2r.h"

#include <stdlib.h>
#include <string.h>

typedef struct Builtin {
    const char* type;
    const char* message;  // mono 6.8's Message for the exception
} Builtin;

static const Builtin builtins[] = {
    [R2R_OVERFLOW] = {"System.OverflowException", "Arithmetic operation resulted in an overflow."},
    [R2R_DIVIDE_BY_ZERO] = {"System.DivideByZeroException", "Attempted to divide by zero."},
    [R2R_INDEX_OUT_OF_RANGE] = {"System.IndexOutOfRangeException", "Index was outside the bounds of the array."},
    [R2R_NULL_REFERENCE] = {"System.NullReferenceException", "Object reference not set to an instance of an object"},
    [R2R_INVALID_CAST] = {"System.InvalidCastException", "Specified cast is not valid."},
    [R2R_ARRAY_TYPE_MISMATCH] = {"System.ArrayTypeMismatchException",
                                 "Attempted to access an element as a type incompatible with the array."},
    [R2R_OUT_OF_MEMORY] = {"System.OutOfMemoryException", "Insufficient memory to continue the execution of the program."},
};

static void put(char* text, size_t* length, const char* part) {
    size_t n = strlen(part);
    memcpy(text + *length, part, n);
    *length += n;
}

void r2r_throw_builtin(int32_t kind) {
    if (kind < R2R_OVERFLOW || kind > R2R_OUT_OF_MEMORY) r2r_fatal("r2r_throw_builtin: unknown exception kind %d", (int)kind);
    const Builtin* b = &builtins[kind];
    // "\nUnhandled Exception:\n<type>: <message>\n[ERROR] FATAL UNHANDLED EXCEPTION: <type>: <message>\n"
    char text[400];
    size_t length = 0;
    put(text, &length, "\nUnhandled Exception:\n");
    put(text, &length, b->type);
    put(text, &length, ": ");
    put(text, &length, b->message);
    put(text, &length, "\n[ERROR] FATAL UNHANDLED EXCEPTION: ");
    put(text, &length, b->type);
    put(text, &length, ": ");
    put(text, &length, b->message);
    put(text, &length, "\n");
    r2r_write_stderr(text, length);
    exit(1);
}
