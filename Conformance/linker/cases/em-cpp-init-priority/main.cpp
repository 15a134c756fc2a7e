#include "registry.h"
int a_value();
Tracer m_300 __attribute__((init_priority(300))) ("main.cpp 300");
Tracer m_default("main.cpp default");
Tracer m_200 __attribute__((init_priority(200))) ("main.cpp 200");
__attribute__((constructor(250))) static void c_ctor() { log_instance().add("main.cpp C constructor 250"); }

int main() {
    for (auto &l : log_instance().lines) std::printf("%s\n", l.c_str());
    std::printf("a_value = %d\n", a_value());
    return 0;
}
