// Recursive Fibonacci, the same algorithm as fib.cs.
#include <stdio.h>

__attribute__((noinline)) static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
    printf("%d\n", fib(40));
    return 0;
}
