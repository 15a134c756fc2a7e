#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <ctype.h>

static const char *const poem[] = {
    "The quick brown fox", "jumps over", "the lazy dog", "The quick brown fox",
};

static char *reverse(const char *s) {
    size_t n = strlen(s);
    char *r = malloc(n + 1);
    for (size_t i = 0; i < n; i++) r[i] = s[n - 1 - i];
    r[n] = 0;
    return r;
}

int main(void) {
    char buf[256];
    buf[0] = 0;
    for (int i = 0; i < 4; i++) {
        strcat(buf, poem[i]);
        strcat(buf, i < 3 ? " / " : "");
    }
    printf("%s (%zu)\n", buf, strlen(buf));
    char *r = reverse(buf);
    printf("%s\n", r);
    char copy[256];
    memcpy(copy, buf, sizeof copy);
    memmove(copy + 4, copy, 20);
    copy[30] = 0;
    printf("%s\n", copy);
    for (char *p = r; *p; p++) *p = toupper((unsigned char)*p);
    printf("%s\n", r);
    printf("strstr: %s\n", strstr(buf, "lazy"));
    printf("strchr: %s\n", strrchr(buf, '/'));
    char *tok, *save, line[] = "alpha,beta,,gamma;delta";
    for (tok = strtok_r(line, ",;", &save); tok; tok = strtok_r(NULL, ",;", &save))
        printf("tok=%s\n", tok);
    printf("cmp=%d ncmp=%d\n", strcmp("abc", "abd") < 0, strncmp("hello", "help", 3));
    snprintf(buf, sizeof buf, "%08.3f|%-6s|%x", 3.5, "ab", 255);
    puts(buf);
    free(r);
    return 0;
}
