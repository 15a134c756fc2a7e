#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

struct Counter {
    int n = 0;
    int operator()(int step) { return n += step; }
};

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }

class EventBus {
    std::map<std::string, std::vector<std::function<void(int)>>> handlers;
public:
    void on(const std::string &ev, std::function<void(int)> f) { handlers[ev].push_back(std::move(f)); }
    int emit(const std::string &ev, int v) {
        auto it = handlers.find(ev);
        if (it == handlers.end()) return 0;
        for (auto &h : it->second) h(v);
        return (int)it->second.size();
    }
};

int main() {
    std::map<char, std::function<int(int, int)>> ops{
        {'+', add}, {'-', sub},
        {'*', [](int a, int b) { return a * b; }},
        {'/', [](int a, int b) { return b ? a / b : 0; }},
        {'^', std::bind([](int a, int b, int m) { return (a ^ b) % m; }, std::placeholders::_1, std::placeholders::_2, 1000)},
    };
    for (auto &op : ops) std::printf("84 %c 12 = %d\n", op.first, op.second(84, 12));

    std::function<int(int)> c = Counter();
    c(5); c(10);
    std::printf("counter copy sees %d\n", c(1));

    int total = 0;
    std::vector<std::string> log;
    EventBus bus;
    bus.on("tick", [&total](int v) { total += v; });
    bus.on("tick", [&log](int v) { log.push_back("tick " + std::to_string(v)); });
    bus.on("reset", [&total](int) { total = 0; });
    for (int i = 1; i <= 4; i++) bus.emit("tick", i * i);
    std::printf("total after ticks = %d, %zu log entries, last '%s'\n", total, log.size(), log.back().c_str());
    std::printf("reset handlers = %d, total = %d, unknown = %d\n", bus.emit("reset", 0), total, bus.emit("nope", 1));

    std::function<long(int)> fact = [&fact](int n) -> long { return n <= 1 ? 1 : n * fact(n - 1); };
    std::printf("fact(12) = %ld\n", fact(12));
    std::function<void()> empty;
    std::printf("empty is %s\n", empty ? "callable" : "empty");
    return 0;
}
