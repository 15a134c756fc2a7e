#include "registry.h"
static int never(int x) { return x + 1000; }
/* not referenced and the archive is not whole: never extracted */
__attribute__((constructor)) static void reg(void) { register_plugin("never", never); }
