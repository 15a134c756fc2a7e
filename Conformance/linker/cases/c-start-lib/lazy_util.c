#include <stdio.h>
int mul_checked(int a, int b) { return a * b; }
__attribute__((constructor)) static void util_init(void) { puts("lazy_util.o loaded"); }
