#include <float.h>
#include <math.h>
#include <stdio.h>

int main(void) {
    const double vals[] = {0.0, -0.0, 1.0, 0.1, 2.0 / 3.0, 123456.789, 1e-10, 6.02214076e23, -1234.5};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++)
        printf("%-14g|%12.4f|%14.6e|%a\n", vals[i], vals[i], vals[i], vals[i]);
    printf("%.17g %.17g\n", DBL_MAX, DBL_MIN);
    printf("%f %f %f\n", INFINITY, -INFINITY, NAN);
    printf("%+.3f % .3f %08.2f %-8.2f|\n", 3.14159, 2.71828, -1.5, 1.5);
    float f = 1.0f / 3.0f;
    printf("float %.9g, double %.17g\n", f, (double)f);
    printf("sqrt(2) %.15f, exp(1) %.15f, pow(2, 0.5) %.15f\n", sqrt(2.0), exp(1.0), pow(2.0, 0.5));
    printf("sin(1) %.12f, atan2(1, -1) %.12f, log10(2) %.12f\n", sin(1.0), atan2(1.0, -1.0), log10(2.0));
    char buf[64];
    int n = snprintf(buf, sizeof buf, "%.*f", 5, M_PI);
    printf("snprintf -> \"%s\" (%d chars)\n", buf, n);
    double sum = 0;
    for (int i = 1; i <= 1000; i++) sum += 1.0 / ((double)i * i);
    printf("basel partial sum %.12f (pi^2/6 = %.12f)\n", sum, M_PI * M_PI / 6);
    return 0;
}
