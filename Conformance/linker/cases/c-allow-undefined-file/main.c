#include <stdio.h>

/* provided by the host: listed in undefined.syms, so they become imports
   from "env" instead of "undefined symbol" errors */
int host_add(int a, int b);
int host_scale(int x);
void host_note(const char *msg, int len);

static int apply(int (*f)(int), int x) { return f(x); }

int main(void) {
    const char msg[] = "from C";
    host_note(msg, sizeof msg - 1);
    printf("host_add(40, 2) = %d\n", host_add(40, 2));
    /* taking the address of an imported function gives it a table slot */
    printf("apply(host_scale, 5) = %d\n", apply(host_scale, 5));
    return 0;
}
