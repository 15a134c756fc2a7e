#include <stdio.h>
#include <string.h>
#include "registry.h"

/* plugins register themselves from constructors; nothing references them,
   so only --whole-archive brings them in */
static struct { const char *name; plugin_fn fn; } plugins[16];
static int nplugins;

void register_plugin(const char *name, plugin_fn fn) {
    if (nplugins < 16) { plugins[nplugins].name = name; plugins[nplugins].fn = fn; nplugins++; }
}

int lazy_helper(int);  /* from libextra.a, extracted lazily */

int main(void) {
    int total = 0;
    printf("%d plugins\n", nplugins);
    for (int i = 0; i < nplugins; i++) {
        int r = plugins[i].fn(10);
        printf("  %-8s f(10) = %d\n", plugins[i].name, r);
        total += r;
    }
    printf("lazy_helper(5) = %d\n", lazy_helper(5));
    printf("total = %d\n", total);
    return 0;
}
