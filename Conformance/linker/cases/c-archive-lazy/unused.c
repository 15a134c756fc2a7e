#include <stdio.h>
/* Never referenced: this member must not be extracted, so its constructor never runs. */
__attribute__((constructor)) static void loud(void) { puts("UNUSED MEMBER WAS LINKED"); }
int lib_unused(int x) { return x - 1; }
