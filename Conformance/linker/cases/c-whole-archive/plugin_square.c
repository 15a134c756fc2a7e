#include "registry.h"
static int square(int x) { return x * x; }
__attribute__((constructor)) static void reg(void) { register_plugin("square", square); }
