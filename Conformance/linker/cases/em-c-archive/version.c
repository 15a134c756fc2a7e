#include <stdio.h>
#include "mathlib.h"
static char text[32];
const char *ml_version(void) { snprintf(text, sizeof text, "mathlib %d.%d", 1, 4); return text; }
