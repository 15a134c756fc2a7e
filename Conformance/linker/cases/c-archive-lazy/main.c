#include <stdio.h>
int lib_square(int);
extern const char lib_name[];
int main(void) {
    printf("%s: square(12) = %d\n", lib_name, lib_square(12));
    return 0;
}
