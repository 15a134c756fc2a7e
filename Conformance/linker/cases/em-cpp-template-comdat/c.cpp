#include "tmpl.h"
void part_c() {
    Vec<double, 2> a, b;
    a.v[0] = 3; b.v[1] = 4;
    Vec<double, 2> s = a + b;
    std::printf("c: double sum %.1f %.1f\n", s.v[0], s.v[1]);
    Vec<short, 5> sh;
    for (int i = 0; i < 5; i++) sh.v[i] = (short)(i + 1);
    std::printf("c: short dot %d\n", (int)sh.dot(sh));
    Shape<double> *shape = new Rect<double>(2.0, 2.25);
    std::printf("c: %s area %.3f\n", shape->tag(), shape->area());
    delete shape;
    int ii[] = {1, 2, 3, 40};
    std::printf("c: clamp_sum<int> %d, counter %d, show %s, 5! = %ld\n", clamp_sum(ii, 4, 2, 30), ++shared_counter(),
                show(7L).c_str(), Fact<5>::value);
}
