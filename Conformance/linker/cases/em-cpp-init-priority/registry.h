#pragma once
#include <cstdio>
#include <string>
#include <vector>

struct Log {
    std::vector<std::string> lines;
    void add(const std::string &s) { lines.push_back(s); }
};
Log &log_instance();

struct Tracer {
    std::string name;
    explicit Tracer(const char *n) : name(n) { log_instance().add("construct " + name); }
    ~Tracer() { std::printf("destroy %s\n", name.c_str()); }
};
