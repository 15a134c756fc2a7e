#include "mathlib.h"
long ml_isqrt(long n) { long x = n, y = (x + 1) / 2; while (y < x) { x = y; y = (x + n / x) / 2; } return x; }
