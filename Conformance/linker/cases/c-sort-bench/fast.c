#include <stdlib.h>
#include <string.h>
#include "sorts.h"
static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
static void merge_rec(int *a, int *tmp, size_t lo, size_t hi, cmp_fn cmp) {
    if (hi - lo < 2) return;
    size_t mid = lo + (hi - lo) / 2;
    merge_rec(a, tmp, lo, mid, cmp);
    merge_rec(a, tmp, mid, hi, cmp);
    size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = cmp(&a[j], &a[i]) < 0 ? a[j++] : a[i++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (hi - lo) * sizeof *a);
}
void merge_sort(int *a, size_t n, cmp_fn cmp) {
    int *tmp = malloc(n * sizeof *a);
    merge_rec(a, tmp, 0, n, cmp);
    free(tmp);
}
static void quick_rec(int *a, long lo, long hi, cmp_fn cmp) {
    while (lo < hi) {
        int pivot = a[lo + (hi - lo) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (cmp(&a[i], &pivot) < 0) i++;
            while (cmp(&a[j], &pivot) > 0) j--;
            if (i <= j) { swap(&a[i], &a[j]); i++; j--; }
        }
        if (j - lo < hi - i) { quick_rec(a, lo, j, cmp); lo = i; }
        else { quick_rec(a, i, hi, cmp); hi = j; }
    }
}
void quick_sort(int *a, size_t n, cmp_fn cmp) { if (n) quick_rec(a, 0, (long)n - 1, cmp); }
static void sift(int *a, size_t root, size_t n, cmp_fn cmp) {
    for (;;) {
        size_t c = 2 * root + 1;
        if (c >= n) return;
        if (c + 1 < n && cmp(&a[c], &a[c + 1]) < 0) c++;
        if (cmp(&a[root], &a[c]) >= 0) return;
        swap(&a[root], &a[c]);
        root = c;
    }
}
void heap_sort(int *a, size_t n, cmp_fn cmp) {
    for (size_t i = n / 2; i-- > 0;) sift(a, i, n, cmp);
    for (size_t end = n; end-- > 1;) { swap(&a[0], &a[end]); sift(a, 0, end, cmp); }
}
void libc_qsort(int *a, size_t n, cmp_fn cmp) { qsort(a, n, sizeof *a, cmp); }
