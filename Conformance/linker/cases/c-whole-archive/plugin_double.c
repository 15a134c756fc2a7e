#include "registry.h"
static int twice(int x) { return 2 * x; }
__attribute__((constructor)) static void reg(void) { register_plugin("double", twice); }
