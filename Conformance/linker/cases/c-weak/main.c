#include <stdio.h>

/* weak defaults; strong.c overrides some of them */
__attribute__((weak)) const char *greeting(void) { return "weak greeting"; }
__attribute__((weak)) const char *farewell(void) { return "weak farewell"; }
__attribute__((weak)) int counter = 1;
__attribute__((weak)) int limit = 10;

/* weak undefined: never defined anywhere */
extern void optional_hook(void) __attribute__((weak));
extern int optional_data __attribute__((weak));
/* weak undefined that other.c does define */
extern int provided(int) __attribute__((weak));

int main(void) {
    printf("%s / %s\n", greeting(), farewell());
    printf("counter=%d limit=%d\n", counter, limit);
    printf("optional_hook %s\n", optional_hook ? "present" : "absent");
    printf("optional_data %s\n", &optional_data ? "present" : "absent");
    if (optional_hook) optional_hook();
    if (provided) printf("provided(20)=%d\n", provided(20));
    return 0;
}
