#include <stdio.h>
#include "mathlib.h"

int main(void) {
    printf("gcd(1071, 462) = %ld\n", ml_gcd(1071, 462));
    printf("isqrt(1000000) = %ld\n", ml_isqrt(1000000));
    printf("fib(40) = %ld\n", ml_fib(40));
    printf("%s\n", ml_version());
    struct ml_stats s = ml_stats_of((const double[]){1, 2, 3, 4, 10}, 5);
    printf("mean %.2f var %.2f\n", s.mean, s.var);
    return 0;
}
