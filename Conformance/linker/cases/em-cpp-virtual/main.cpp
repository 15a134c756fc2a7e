#include <cstdio>
#include <typeinfo>
#include "shapes.h"
int main() {
    double total = 0;
    for (int i = 0; i < 6; i++) {
        Shape *s = make_shape(i % 3, i + 0.5);
        bool is_rect = dynamic_cast<Rect *>(s) != nullptr;
        std::printf("%s area=%.3f rect=%d type=%s\n", s->name(), s->area(), is_rect, typeid(*s).name());
        total += s->area();
        delete s;
    }
    std::printf("total=%.3f\n", total);
    return 0;
}
