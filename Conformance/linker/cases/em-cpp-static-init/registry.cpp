#include <cstdio>
#include <cstring>
struct Registry {
    const char *names[8];
    int count = 0;
    void add(const char *n) { names[count++] = n; }
};
Registry &registry() { static Registry r; return r; }
struct AutoRegister {
    const char *n;
    explicit AutoRegister(const char *n) : n(n) { registry().add(n); }
    ~AutoRegister() { std::printf("unregister %s\n", n); }
};
static AutoRegister r1("alpha");
static AutoRegister r2("beta");
int global_len = (int)std::strlen("computed at startup");
