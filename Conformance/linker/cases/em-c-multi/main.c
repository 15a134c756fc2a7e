#include <stdio.h>
void sort_ints(int *v, int n);
int (*get_op(int k))(int);
static int data[] = {9, 4, 7, 1, 8, 2};
int main(void) {
    sort_ints(data, 6);
    char buf[64];
    int off = 0;
    for (int i = 0; i < 6; i++) off += snprintf(buf + off, sizeof buf - off, "%d ", get_op(i & 1)(data[i]));
    puts(buf);
    return 0;
}
