#include <cstdio>
struct Registry { const char *names[8]; int count; };
Registry &registry();
extern int global_len;
struct Logger {
    Logger() { std::printf("Logger constructed\n"); }
    ~Logger() { std::printf("Logger destroyed\n"); }
} logger;
static int computed = global_len * 2;
int main() {
    Registry &r = registry();
    for (int i = 0; i < r.count; i++) std::printf("registered %s\n", r.names[i]);
    std::printf("global_len=%d computed=%d\n", global_len, computed);
    return 0;
}
