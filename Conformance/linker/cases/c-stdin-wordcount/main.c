#include <stdio.h>
#include <ctype.h>
#include <string.h>

int main(void) {
    char line[512];
    int lines = 0, words = 0, chars = 0;
    long total = 0;
    while (fgets(line, sizeof line, stdin)) {
        lines++;
        chars += strlen(line);
        int in = 0;
        for (char *p = line; *p; p++) {
            if (isspace((unsigned char)*p)) in = 0;
            else if (!in) { in = 1; words++; }
        }
        int v;
        char *p = line;
        int n;
        while (sscanf(p, "%d%n", &v, &n) == 1) { total += v; p += n; }
    }
    printf("%d lines, %d words, %d chars, sum of leading numbers %ld\n", lines, words, chars, total);
    return lines == 0;
}
