#include <stdio.h>
struct point { int x, y; };
static int used(struct point p) { return p.x * p.y; }
int unused_and_collected(int a) { return a * 1000; }
int main(void) {
    struct point p = {6, 7};
    printf("%d\n", used(p));
    return 0;
}
