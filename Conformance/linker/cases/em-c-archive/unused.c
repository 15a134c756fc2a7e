#include <stdio.h>
/* never referenced: stays in the archive, its constructor never runs */
__attribute__((constructor)) static void noisy(void) { puts("unused member loaded (wrong)"); }
int ml_unused(int x) { return x * 3; }
