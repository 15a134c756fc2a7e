#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { char name[12]; int score; double weight; };

static int by_score_desc(const void *a, const void *b) {
    const struct rec *x = a, *y = b;
    if (x->score != y->score) return y->score - x->score;
    return strcmp(x->name, y->name);
}
static int by_name(const void *a, const void *b) { return strcmp(((const struct rec *)a)->name, ((const struct rec *)b)->name); }
static int by_weight(const void *a, const void *b) {
    double x = ((const struct rec *)a)->weight, y = ((const struct rec *)b)->weight;
    return (x > y) - (x < y);
}
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int (*const comparators[])(const void *, const void *) = {by_score_desc, by_name, by_weight};
static const char *const comparator_names[] = {"score", "name", "weight"};

int main(void) {
    struct rec recs[] = {
        {"mallory", 70, 3.5}, {"alice", 90, 1.25}, {"trent", 85, 2.0}, {"bob", 90, 0.5},
        {"carol", 60, 4.75}, {"eve", 85, 1.0}, {"oscar", 75, 2.5}, {"peggy", 95, 3.0},
    };
    size_t n = sizeof recs / sizeof recs[0];
    for (int c = 0; c < 3; c++) {
        qsort(recs, n, sizeof recs[0], comparators[c]);
        printf("by %-6s:", comparator_names[c]);
        for (size_t i = 0; i < n; i++) printf(" %s", recs[i].name);
        printf("\n");
    }
    qsort(recs, n, sizeof recs[0], by_name);
    struct rec key = {"oscar", 0, 0};
    struct rec *found = bsearch(&key, recs, n, sizeof recs[0], by_name);
    printf("bsearch oscar -> score %d\n", found ? found->score : -1);
    strcpy(key.name, "zed");
    printf("bsearch zed -> %s\n", bsearch(&key, recs, n, sizeof recs[0], by_name) ? "found" : "not found");

    enum { N = 5000 };
    int *big = malloc(N * sizeof *big);
    unsigned s = 1;
    for (int i = 0; i < N; i++) { s = s * 1664525u + 1013904223u; big[i] = (int)(s >> 12) % 100000; }
    qsort(big, N, sizeof *big, cmp_int);
    int sorted = 1;
    for (int i = 1; i < N; i++) if (big[i - 1] > big[i]) sorted = 0;
    printf("5000 ints sorted: %d, min %d, median %d, max %d\n", sorted, big[0], big[N / 2], big[N - 1]);
    free(big);
    const char *words[] = {"delta", "alpha", "echo", "charlie", "bravo", "foxtrot"};
    qsort(words, 6, sizeof words[0], cmp_str);
    printf("words:");
    for (int i = 0; i < 6; i++) printf(" %s", words[i]);
    printf("\n");
    return 0;
}
