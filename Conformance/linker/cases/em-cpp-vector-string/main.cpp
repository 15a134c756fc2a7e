#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>
struct Item { std::string name; int qty; };
int main() {
    std::vector<Item> items{{"pear", 3}, {"apple", 10}, {"fig", 7}, {"banana", 1}};
    items.push_back({"cherry", 42});
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.name < b.name; });
    std::map<std::string, int> totals;
    std::string all;
    for (const auto &it : items) {
        totals[it.name.substr(0, 1)] += it.qty;
        all += it.name + ",";
    }
    std::printf("%s\n", all.c_str());
    for (const auto &kv : totals) std::printf("%s=%d\n", kv.first.c_str(), kv.second);
    auto p = std::make_unique<std::vector<int>>(100, 3);
    long s = 0;
    for (int v : *p) s += v;
    std::string big(1000, 'x');
    big.replace(10, 5, "hello");
    std::printf("s=%ld find=%zu len=%zu\n", s, big.find("hello"), big.size());
    return 0;
}
