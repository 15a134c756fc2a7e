#include <stdio.h>
#include <string.h>

#define N (80 * 1024)
/* >64 KiB initialized data */
static unsigned char table[N] = {1, 2, 3, [N / 2] = 7, [N - 1] = 9};
/* >64 KiB zero-initialized data (.bss) */
static unsigned int zeros[40000];
unsigned char big_bss[200000];
const unsigned short ramp[4096] = {
#define R4(i) i, i + 1, i + 2, i + 3
#define R16(i) R4(i), R4(i + 4), R4(i + 8), R4(i + 12)
#define R64(i) R16(i), R16(i + 16), R16(i + 32), R16(i + 48)
#define R256(i) R64(i), R64(i + 64), R64(i + 128), R64(i + 192)
    R256(0), R256(256), R256(512), R256(768),
};

int main(void) {
    unsigned long sum = 0;
    for (int i = 0; i < N; i++) sum += table[i];
    for (int i = 0; i < 40000; i++) sum += zeros[i];
    memset(big_bss, 3, sizeof big_bss);
    for (unsigned i = 0; i < sizeof big_bss; i += 1000) sum += big_bss[i];
    for (int i = 0; i < 4096; i++) sum += ramp[i];
    zeros[39999] = 5;
    printf("sum=%lu last=%u\n", sum, zeros[39999]);
    return 0;
}
