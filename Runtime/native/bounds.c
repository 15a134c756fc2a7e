// bounds.c — the extent of linear memory and of the indirect function table,
// for checking addresses and table indices that registered images supply.
//
// Built with -mreference-types: table.size needs it, and clang 14 has no
// builtin for it.
#include "r2r.h"

#include <string.h>

static uint64_t memory_end(void) { return (uint64_t)__builtin_wasm_memory_size(0) * 65536; }

bool r2r_in_memory(uintptr_t address, uint32_t size) { return address != 0 && (uint64_t)address + size <= memory_end(); }

int64_t r2r_string_length(uintptr_t address) {
    if (!r2r_in_memory(address, 1)) return -1;
    uint64_t available = memory_end() - address;
    size_t length = strnlen((const char*)address, (size_t)available);
    return length < available ? (int64_t)length : -1;
}

uint32_t r2r_function_table_size(void) {
    uint32_t size;
    __asm__(".tabletype __indirect_function_table, funcref\n"
            "table.size __indirect_function_table\n"
            "local.set %0"
            : "=r"(size));
    return size;
}
