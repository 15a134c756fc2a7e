// throw_stub.c — linked into the C test programs that have no core library: the
// core library's ThrowHelper.ThrowBuiltin, which r2r_throw_builtin calls with the
// managed calling convention, here names the exception kind on stderr and ends.
#include "../native/r2r.h"

#include <stdlib.h>

void managed_throw_builtin(uintptr_t sp, int32_t kind, int32_t entryPoint) __asm__("System.ThrowHelper::ThrowBuiltin(System.Int32)");
void managed_throw_builtin(uintptr_t sp, int32_t kind, int32_t entryPoint) {
    (void)sp;
    (void)entryPoint;
    char text[] = "managed exception kind ?\n";
    text[sizeof text - 3] = (char)('0' + kind % 10);
    r2r_write_stderr(text, sizeof text - 1);
    exit(1);
}
