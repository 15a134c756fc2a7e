#include "registry.h"
Tracer a_default("a.cpp default");
Tracer a_200 __attribute__((init_priority(200))) ("a.cpp 200");
Tracer a_5000 __attribute__((init_priority(5000))) ("a.cpp 5000");
static int computed = [] { log_instance().add("a.cpp lambda initializer"); return 7; }();
int a_value() { return computed; }
