// exception.c — the exceptions generated code and the runtime raise themselves
// (overflow, bounds, null, casts, allocation): managed exceptions like any other,
// which managed handlers catch.
#include "r2r.h"

#include <emscripten/stack.h>

// The core library's ThrowHelper.ThrowBuiltin(int kind) constructs the exception and throws
// it with the managed-exception tag; called with the managed ABI (sp, kind, entry point).
extern void managed_throw_builtin(uintptr_t sp, int32_t kind, int32_t entryPoint)
    __asm__("System.ThrowHelper::ThrowBuiltin(System.Int32)");

void r2r_throw_builtin(int32_t kind) {
    if (kind < R2R_OVERFLOW || kind > R2R_NULL_FIELD_ADDRESS) r2r_fatal("r2r_throw_builtin: unknown exception kind %d", (int)kind);
    // The managed frames go below this C frame; the unwinding throw never comes back here.
    managed_throw_builtin(emscripten_stack_get_current(), kind, 0);
    __builtin_unreachable();
}
