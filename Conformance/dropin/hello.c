#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    printf("hello, world\n");
    /* a little libc beyond puts: formatting, malloc, argv */
    char *s = malloc(32);
    snprintf(s, 32, "%d args, pi ~ %.4f", argc - 1, 3.14159265);
    printf("%s (%zu chars)\n", s, strlen(s));
    free(s);
    for (int i = 1; i < argc; i++) printf("arg %d: %s\n", i, argv[i]);
    return 0;
}
