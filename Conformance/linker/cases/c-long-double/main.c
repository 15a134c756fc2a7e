#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long double x = 1.0L / 3.0L;
    long double y = 12345678901234567890.0L;
    printf("%.30Lf\n%Le\n%Lg\n", x, y, x * y);
    long double z = strtold("2.718281828459045235360287471352662", NULL);
    printf("%.33Lf\n", z);
    return 0;
}
