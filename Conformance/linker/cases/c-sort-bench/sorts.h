#include <stddef.h>
typedef int (*cmp_fn)(const void *, const void *);
typedef void (*sort_fn)(int *a, size_t n, cmp_fn cmp);
struct algo { const char *name; sort_fn sort; int stable; };
extern const struct algo algos[];
extern const size_t nalgos;
int cmp_asc(const void *, const void *);
int cmp_desc(const void *, const void *);
int cmp_abs_mod(const void *, const void *);
int cmp_parity(const void *, const void *);
