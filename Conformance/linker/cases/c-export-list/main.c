#include <stdio.h>
int api_add(int a, int b) { return a + b; }
int api_mul(int a, int b) { return a * b; }
int api_gone(int a) { return -a; }
int shared_value = 77;
int main(void) {
    printf("%d\n", api_add(1, 2));
    return 0;
}
