#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void reverse(char *s) { for (size_t i = 0, j = strlen(s); i + 1 < j; i++, j--) { char t = s[i]; s[i] = s[j - 1]; s[j - 1] = t; } }

int main(void) {
    char line[] = "  key1=value one ; key2 = 42;key3=  -17 ;; last=end  ";
    char *save = NULL;
    int fields = 0;
    for (char *tok = strtok_r(line, ";", &save); tok; tok = strtok_r(NULL, ";", &save)) {
        char *eq = strchr(tok, '=');
        if (!eq) continue;
        *eq = 0;
        char *k = tok, *v = eq + 1;
        while (isspace((unsigned char)*k)) k++;
        while (isspace((unsigned char)*v)) v++;
        for (char *e = k + strlen(k); e > k && isspace((unsigned char)e[-1]);) *--e = 0;
        for (char *e = v + strlen(v); e > v && isspace((unsigned char)e[-1]);) *--e = 0;
        char *end;
        long num = strtol(v, &end, 10);
        printf("[%s] = [%s]%s\n", k, v, *end == 0 && end != v ? " (number)" : "");
        (void)num;
        fields++;
    }
    printf("%d fields\n", fields);

    const char *hay = "the rain in spain stays mainly in the plain";
    const char *p = hay;
    int count = 0;
    while ((p = strstr(p, "ain")) != NULL) { count++; p += 3; }
    printf("'ain' occurs %d times, last 'in' at %ld\n", count, (long)(strrchr(hay, 'n') - hay));
    printf("strspn %zu, strcspn %zu, strpbrk %s\n", strspn(hay, "the "), strcspn(hay, "xyzs"), strpbrk(hay, "yz"));

    char buf[64];
    strcpy(buf, "0123456789");
    memmove(buf + 3, buf, 5);
    printf("memmove overlap: %s\n", buf);
    strncat(buf, "abcdefgh", 4);
    reverse(buf);
    printf("reversed: %s (len %zu)\n", buf, strlen(buf));
    printf("cmp: %d %d %d\n", strcmp("abc", "abd") < 0, strncmp("hello", "help", 3) == 0, memcmp("ab", "ab", 2));
    char *dup = strdup("Duplicated String");
    for (char *c = dup; *c; c++) *c = (char)(isupper((unsigned char)*c) ? tolower(*c) : toupper(*c));
    printf("swapcase: %s\n", dup);
    free(dup);
    printf("strtod %.4f, strtoul 0x%lx, atoi %d\n", strtod("3.14159e2xyz", NULL), strtoul("0777", NULL, 8), atoi("-99 bottles"));
    return 0;
}
