#include <stdio.h>
int visible_counter = 5;
static int hidden_static = 9;
__attribute__((visibility("hidden"))) int hidden_fn(int x) { return x + hidden_static; }
int api_add(int a, int b) { return a + b; }
int api_unused(void) { return visible_counter * 2; }
int main(void) {
    printf("%d %d\n", api_add(2, 3), hidden_fn(1));
    return 0;
}
