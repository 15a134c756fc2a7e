#include <stdarg.h>
#include <stdio.h>
#include <math.h>

static double average(int n, ...) {
    va_list ap;
    double s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    va_end(ap);
    return s / n;
}

static void logf_(const char *fmt, ...) {
    char buf[128];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    printf("[log] %s\n", buf);
}

int main(void) {
    printf("%f %e %g %.3f\n", 3.14159265358979, 6.02214076e23, 0.0001234, -2.5);
    printf("%a %8.2f|%-8.2f|\n", 1.0, 12.345, 12.345);
    printf("avg=%.4f\n", average(4, 1.5, 2.5, 3.25, 10.0));
    printf("sqrt2=%.10f pow=%.2f\n", sqrt(2.0), pow(2.0, 10.5));
    float f = 1.0f / 3.0f;
    printf("float %.7f int %d long %ld ll %lld u %u x %x\n", f, -17, 123456789L, -9876543210LL, 3000000000u, 0xbeef);
    logf_("%s=%d (%5.1f%%)", "ratio", 7, 87.5);
    return 0;
}
