#include "tmpl.h"
void part_a() {
    Vec<int, 3> x, y;
    x.v[0] = 1; x.v[1] = 2; x.v[2] = 3;
    y.v[0] = 4; y.v[1] = 5; y.v[2] = 6;
    std::printf("a: int dot %d sum0 %d\n", x.dot(y), (x + y).v[0]);
    Vec<double, 2> d;
    d.v[0] = 1.5; d.v[1] = 2.5;
    std::printf("a: double dot %.2f\n", d.dot(d));
    Rect<int> r(3, 4);
    Shape<int> &s = r;
    std::printf("a: %s area %d\n", s.tag(), s.area());
    long l[] = {5, -3, 99, 7};
    std::printf("a: clamp_sum<long> %ld, counter %d, show %s %s\n", clamp_sum(l, 4, 0L, 10L), ++shared_counter(),
                show(42).c_str(), show('q').c_str());
}
int main() {
    part_a();
    part_b();
    part_c();
    std::printf("Vec<int,3> instances %d, Vec<double,2> %d, Vec<float,4> %d, counter %d, 10! = %ld\n",
                Vec<int, 3>::instances, Vec<double, 2>::instances, Vec<float, 4>::instances, shared_counter(),
                Fact<10>::value);
    return 0;
}
