#include "mathlib.h"
static long memo[100];
long ml_fib(int n) { if (n < 2) return n; if (memo[n]) return memo[n]; return memo[n] = ml_fib(n - 1) + ml_fib(n - 2); }
