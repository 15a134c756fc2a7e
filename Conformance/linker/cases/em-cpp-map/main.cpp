#include <cstdio>
#include <map>
#include <set>
#include <string>

int main() {
    std::map<std::string, int> ages{{"carol", 41}, {"alice", 30}, {"bob", 25}};
    ages["dave"] = 35;
    ages["alice"] += 1;
    ages.emplace("eve", 28);
    ages.erase("bob");
    for (const auto &kv : ages) std::printf("%-6s %d\n", kv.first.c_str(), kv.second);
    auto it = ages.lower_bound("c");
    std::printf("lower_bound(c) = %s\n", it->first.c_str());
    std::printf("count(bob) = %zu, size = %zu\n", ages.count("bob"), ages.size());

    std::multimap<int, std::string> by_len;
    for (const char *w : {"pear", "fig", "apple", "kiwi", "plum", "banana"}) by_len.emplace(std::string(w).size(), w);
    auto range = by_len.equal_range(4);
    std::printf("length 4:");
    for (auto i = range.first; i != range.second; ++i) std::printf(" %s", i->second.c_str());
    std::printf("\n");

    std::set<int> primes;
    for (int n = 2; n < 50; n++) {
        bool p = true;
        for (int d : primes) { if (d * d > n) break; if (n % d == 0) { p = false; break; } }
        if (p) primes.insert(n);
    }
    std::printf("%zu primes below 50, largest %d\n", primes.size(), *primes.rbegin());
    std::map<int, std::map<int, int>> grid;
    for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) grid[i][j] = i * j;
    int sum = 0;
    for (auto &row : grid) for (auto &c : row.second) sum += c.second;
    std::printf("grid sum = %d\n", sum);
    return 0;
}
