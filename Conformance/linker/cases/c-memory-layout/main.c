#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
extern unsigned char __heap_base[], __data_end[], __global_base[];
static const char msg[] = "memory layout";
int main(void) {
    printf("%s: global_base=%lu\n", msg, (unsigned long)(uintptr_t)__global_base);
    printf("msg >= global_base: %d\n", (uintptr_t)msg >= (uintptr_t)__global_base);
    volatile size_t small = 300000, large = 2000000;
    char *volatile p = malloc(small);
    if (p) p[small - 1] = 1;
    printf("malloc 300000: %s\n", p ? "ok" : "null");
    char *volatile q = malloc(large);
    if (q) q[large - 1] = 1;
    printf("malloc 2000000 beyond max: %s\n", q ? "ok" : "null");
    printf("pages=%lu grow=%ld\n", (unsigned long)__builtin_wasm_memory_size(0),
           (long)__builtin_wasm_memory_grow(0, 100));
    return 0;
}
