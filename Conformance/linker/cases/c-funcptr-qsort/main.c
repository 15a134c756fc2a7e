#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*binop)(int, int);

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
int divide(int a, int b) { return b ? a / b : 0; }

static const struct { const char *name; binop fn; } ops[] = {
    {"add", add}, {"sub", sub}, {"mul", mul}, {"div", divide},
};

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_desc(const void *a, const void *b) { return -cmp_int(a, b); }

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int (*volatile pick)(const void *, const void *) = cmp_int;

int main(void) {
    for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++)
        printf("%s(84, 4) = %d\n", ops[i].name, ops[i].fn(84, 4));

    int v[] = {42, -7, 19, 3, 1000, 0, -512, 77, 8, 8};
    int n = sizeof v / sizeof v[0];
    qsort(v, n, sizeof v[0], pick);
    for (int i = 0; i < n; i++) printf("%d%c", v[i], i + 1 < n ? ' ' : '\n');
    qsort(v, n, sizeof v[0], cmp_desc);
    for (int i = 0; i < n; i++) printf("%d%c", v[i], i + 1 < n ? ' ' : '\n');

    const char *words[] = {"pear", "apple", "fig", "banana", "cherry"};
    qsort(words, 5, sizeof words[0], cmp_str);
    for (int i = 0; i < 5; i++) printf("%s\n", words[i]);
    printf("fnptrs distinct: %d\n", (void *)add != (void *)sub && (void *)pick == (void *)cmp_int);
    return 0;
}
