#include <stdio.h>
int dead_function(int x) { return x * 31; }
static int dead_static(int x) { return x + 2; }
int (*dead_ptr)(int) = dead_static;
const char dead_string[] = "this string is not referenced";
int main(void) {
    puts("alive");
    return 0;
}
