#include "registry.h"
Log &log_instance() {
    static Log log;       // constructed on first use, whichever initializer comes first
    return log;
}
Tracer late_in_log_cpp("log.cpp default");
Tracer early_in_log_cpp __attribute__((init_priority(1000))) ("log.cpp 1000");
