#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int main(void) {
    int v[] = {5, 3, 9, 1, 7};
    qsort(v, 5, sizeof v[0], cmp);
    printf("hello from emcc via the linker under test: %d %d %d %d %d, %.3f\n", v[0], v[1], v[2], v[3], v[4], 2.0 / 3);
    return 0;
}
