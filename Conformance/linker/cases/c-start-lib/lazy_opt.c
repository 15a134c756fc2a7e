#include <stdio.h>
int optional_feature(void) { return 42; }
__attribute__((constructor)) static void opt_init(void) { puts("lazy_opt.o loaded (wrong)"); }
