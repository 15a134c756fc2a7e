#include <stdio.h>
#include <stdint.h>
extern unsigned char __heap_base[], __data_end[], __global_base[];
static int data_item = 12345;
static int deep(int n) {
    volatile char pad[256];
    pad[0] = (char)n;
    return n == 0 ? pad[0] : deep(n - 1) + 1;
}
int main(void) {
    int local;
    printf("stack below data: %d\n", (uintptr_t)&local < (uintptr_t)&data_item);
    printf("heap_base >= data_end: %d\n", __heap_base >= __data_end);
    printf("deep=%d data=%d\n", deep(50), data_item);
    return 0;
}
