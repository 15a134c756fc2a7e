#include "stack.h"
int use_int_stack();
__attribute__((noinline)) double use_double_stack() {
    Stack<double, 16> s;
    for (int i = 0; i < 10; i++) s.push(i * 0.25);
    Stack<int, 16> t;
    t.push(use_int_stack() > 0);
    return sum_of(s) + sum_of(t);
}
