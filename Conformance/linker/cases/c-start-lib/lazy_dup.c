#include <stdio.h>
/* would be a duplicate definition if loaded */
int helper_override(void) { return 2; }
__attribute__((constructor)) static void dup_init(void) { puts("lazy_dup.o loaded (wrong)"); }
