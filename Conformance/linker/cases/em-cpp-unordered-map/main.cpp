#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

static const char text[] =
    "the quick brown fox jumps over the lazy dog the dog barks and the fox runs "
    "over the hill a quick brown dog follows the fox";

struct PointHash { size_t operator()(const std::pair<int, int> &p) const { return p.first * 31 + p.second; } };

int main() {
    std::unordered_map<std::string, int> counts;
    std::string word;
    for (const char *p = text;; ++p) {
        if (*p == ' ' || *p == 0) { if (!word.empty()) counts[word]++; word.clear(); if (!*p) break; }
        else word += *p;
    }
    std::vector<std::pair<std::string, int>> v(counts.begin(), counts.end());
    std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::printf("%zu distinct words\n", counts.size());
    for (size_t i = 0; i < 5; i++) std::printf("%-6s %d\n", v[i].first.c_str(), v[i].second);

    std::unordered_set<std::pair<int, int>, PointHash> visited;
    int x = 0, y = 0;
    for (int step = 0; step < 200; step++) {
        visited.insert({x, y});
        int d = (step * 7 + step / 3) % 4;
        x += d == 0 ? 1 : d == 1 ? -1 : 0;
        y += d == 2 ? 1 : d == 3 ? -1 : 0;
    }
    std::printf("visited %zu cells, end at (%d, %d)\n", visited.size(), x, y);
    std::unordered_map<int, long long> memo;
    long long a = 0, b = 1;
    for (int i = 0; i < 60; i++) { memo[i] = a; long long t = a + b; a = b; b = t; }
    std::printf("fib(59) = %lld, buckets >= %d\n", memo[59], memo.bucket_count() >= 60);
    return 0;
}
