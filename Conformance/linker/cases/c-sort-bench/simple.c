#include "sorts.h"
static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
void bubble_sort(int *a, size_t n, cmp_fn cmp) {
    for (size_t i = 0; i + 1 < n; i++) {
        int swapped = 0;
        for (size_t j = 0; j + 1 < n - i; j++)
            if (cmp(&a[j], &a[j + 1]) > 0) { swap(&a[j], &a[j + 1]); swapped = 1; }
        if (!swapped) break;
    }
}
void insertion_sort(int *a, size_t n, cmp_fn cmp) {
    for (size_t i = 1; i < n; i++) {
        int v = a[i];
        size_t j = i;
        while (j > 0 && cmp(&a[j - 1], &v) > 0) { a[j] = a[j - 1]; j--; }
        a[j] = v;
    }
}
void selection_sort(int *a, size_t n, cmp_fn cmp) {
    for (size_t i = 0; i + 1 < n; i++) {
        size_t m = i;
        for (size_t j = i + 1; j < n; j++) if (cmp(&a[j], &a[m]) < 0) m = j;
        swap(&a[i], &a[m]);
    }
}
void shell_sort(int *a, size_t n, cmp_fn cmp) {
    static const size_t gaps[] = {701, 301, 132, 57, 23, 10, 4, 1};
    for (size_t g = 0; g < sizeof gaps / sizeof gaps[0]; g++) {
        size_t gap = gaps[g];
        for (size_t i = gap; i < n; i++) {
            int v = a[i];
            size_t j = i;
            while (j >= gap && cmp(&a[j - gap], &v) > 0) { a[j] = a[j - gap]; j -= gap; }
            a[j] = v;
        }
    }
}
void comb_sort(int *a, size_t n, cmp_fn cmp) {
    size_t gap = n;
    int sorted = 0;
    while (!sorted) {
        gap = gap * 10 / 13;
        if (gap <= 1) { gap = 1; sorted = 1; }
        for (size_t i = 0; i + gap < n; i++)
            if (cmp(&a[i], &a[i + gap]) > 0) { swap(&a[i], &a[i + gap]); sorted = 0; }
    }
}
void gnome_sort(int *a, size_t n, cmp_fn cmp) {
    size_t i = 0;
    while (i < n) {
        if (i == 0 || cmp(&a[i - 1], &a[i]) <= 0) i++;
        else { swap(&a[i], &a[i - 1]); i--; }
    }
}
