#include "sorts.h"
void bubble_sort(int *, size_t, cmp_fn);
void insertion_sort(int *, size_t, cmp_fn);
void selection_sort(int *, size_t, cmp_fn);
void shell_sort(int *, size_t, cmp_fn);
void comb_sort(int *, size_t, cmp_fn);
void gnome_sort(int *, size_t, cmp_fn);
void merge_sort(int *, size_t, cmp_fn);
void quick_sort(int *, size_t, cmp_fn);
void heap_sort(int *, size_t, cmp_fn);
void libc_qsort(int *, size_t, cmp_fn);

const struct algo algos[] = {
    {"bubble", bubble_sort, 1}, {"insertion", insertion_sort, 1},
    {"selection", selection_sort, 0}, {"shell", shell_sort, 0},
    {"comb", comb_sort, 0}, {"gnome", gnome_sort, 1},
    {"merge", merge_sort, 1}, {"quick", quick_sort, 0},
    {"heap", heap_sort, 0}, {"qsort", libc_qsort, 0},
};
const size_t nalgos = sizeof algos / sizeof algos[0];

int cmp_asc(const void *x, const void *y) { int a = *(const int *)x, b = *(const int *)y; return (a > b) - (a < b); }
int cmp_desc(const void *x, const void *y) { return cmp_asc(y, x); }
int cmp_abs_mod(const void *x, const void *y) {
    int a = *(const int *)x % 97, b = *(const int *)y % 97;
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    return (a > b) - (a < b);
}
int cmp_parity(const void *x, const void *y) { return (*(const int *)x & 1) - (*(const int *)y & 1); }
