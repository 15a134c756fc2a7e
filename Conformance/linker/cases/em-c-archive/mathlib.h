long ml_gcd(long a, long b);
long ml_isqrt(long n);
long ml_fib(int n);
const char *ml_version(void);
struct ml_stats { double mean, var; };
struct ml_stats ml_stats_of(const double *v, int n);
