#include <cstdio>
#include "stack.h"
double use_double_stack();
__attribute__((noinline)) int use_int_stack() {
    Stack<int, 16> s;
    for (int i = 1; i <= 20; i++) s.push(i * i);
    return sum_of(s);
}
int main() {
    std::printf("ints=%d doubles=%.2f fact(12)=%ld\n", use_int_stack(), use_double_stack(), Fact<12>::value);
    return 0;
}
