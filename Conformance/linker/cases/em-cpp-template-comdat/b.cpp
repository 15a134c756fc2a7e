#include "tmpl.h"
void part_b() {
    Vec<int, 3> x;
    x.v[2] = 10;
    std::printf("b: int dot %d\n", x.dot(x));
    Vec<float, 4> f, g;
    for (int i = 0; i < 4; i++) { f.v[i] = i * 0.5f; g.v[i] = 2.0f; }
    std::printf("b: float dot %.2f\n", (double)f.dot(g));
    Rect<double> r(1.5, 2.0);
    Rect<int> ri(7, 7);
    std::printf("b: %s area %.2f, int area %d\n", r.tag(), r.area(), ri.area());
    double dd[] = {0.5, 8.25, -1.0};
    std::printf("b: clamp_sum<double> %.2f, counter %d, show %s\n", clamp_sum(dd, 3, 0.0, 5.0), ++shared_counter(),
                show(3.5).c_str());
}
