#include "mathlib.h"
struct ml_stats ml_stats_of(const double *v, int n) {
    struct ml_stats s = {0, 0};
    for (int i = 0; i < n; i++) s.mean += v[i];
    s.mean /= n;
    for (int i = 0; i < n; i++) s.var += (v[i] - s.mean) * (v[i] - s.mean);
    s.var /= n;
    return s;
}
