#include "registry.h"
static int neg(int x) { return -x; }
__attribute__((constructor(500))) static void reg(void) { register_plugin("negate", neg); }
/* data only reachable from the plugin, and an unused function gc'd away */
int neg_table[4] = {1, -1, 2, -2};
int neg_unused(int x) { return neg_table[x & 3]; }
