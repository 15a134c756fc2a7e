#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
    printf("hello from emscripten, argc=%d\n", argc);
    char *p = malloc(64);
    strcpy(p, "dlmalloc works");
    puts(p);
    free(p);
    printf("%.3f %d\n", 2.0 / 3.0, (int)strlen(argv[0]) > 0);
    return 0;
}
