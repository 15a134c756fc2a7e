#include <stdio.h>
#include <string.h>
#include "sorts.h"

#define N 600
static unsigned rng = 12345;
static int next(void) { rng = rng * 1103515245u + 12345u; return (int)((rng >> 8) % 20001) - 10000; }

static const struct { const char *name; cmp_fn cmp; } orders[] = {
    {"asc", cmp_asc}, {"desc", cmp_desc}, {"absmod", cmp_abs_mod}, {"parity", cmp_parity},
};

static unsigned checksum(const int *a, size_t n) {
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++) { h ^= (unsigned)a[i]; h *= 16777619u; }
    return h;
}

int main(void) {
    static int data[N], work[N];
    for (int i = 0; i < N; i++) data[i] = next();
    int bad = 0;
    for (size_t o = 0; o < sizeof orders / sizeof orders[0]; o++) {
        unsigned stable_sum = 0;
        int have_stable = 0;
        for (size_t k = 0; k < nalgos; k++) {
            memcpy(work, data, sizeof work);
            algos[k].sort(work, N, orders[o].cmp);
            int ok = 1;
            for (int i = 1; i < N; i++) if (orders[o].cmp(&work[i - 1], &work[i]) > 0) ok = 0;
            unsigned sum = checksum(work, N);
            if (algos[k].stable) {
                if (!have_stable) { stable_sum = sum; have_stable = 1; }
                else if (sum != stable_sum) ok = 0;   /* stable sorts agree exactly */
            }
            if (!ok) bad++;
            printf("%-7s %-9s %s%s\n", orders[o].name, algos[k].name, ok ? "ok" : "WRONG",
                   algos[k].stable ? " (stable)" : "");
        }
        printf("%-7s stable checksum %08x\n", orders[o].name, stable_sum);
    }
    printf("%d failures\n", bad);
    return bad != 0;
}
