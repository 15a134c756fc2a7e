#include <stdio.h>
#include <stdlib.h>

static int *state;

__attribute__((constructor)) static void init(void) {
    state = calloc(4, sizeof *state);
    state[0] = 100;
}

__attribute__((export_name("compute"))) int compute(int x) {
    state[1] += x;
    printf("compute(%d): state=%d,%d\n", x, state[0], state[1]);
    fflush(stdout);
    return state[0] + state[1] * 2;
}

int helper_not_exported(int x) { return x + 1; }
