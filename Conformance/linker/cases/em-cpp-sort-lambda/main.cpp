#include <algorithm>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

struct Employee { std::string name; int dept; double salary; int id; };

int main() {
    std::vector<Employee> staff;
    const char *names[] = {"ann", "bob", "cyd", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lee"};
    for (int i = 0; i < 12; i++) staff.push_back({names[i], (i * 7) % 4, 1000.0 + ((i * 37) % 11) * 250.0, i});

    std::sort(staff.begin(), staff.end(), [](const Employee &a, const Employee &b) {
        return a.salary != b.salary ? a.salary > b.salary : a.name < b.name;
    });
    std::printf("by salary:");
    for (auto &e : staff) std::printf(" %s", e.name.c_str());
    std::printf("\n");

    std::stable_sort(staff.begin(), staff.end(), [](const Employee &a, const Employee &b) { return a.dept < b.dept; });
    int last = -1;
    for (auto &e : staff) {
        if (e.dept != last) { std::printf("%sdept %d:", last >= 0 ? "\n" : "", e.dept); last = e.dept; }
        std::printf(" %s(%.0f)", e.name.c_str(), e.salary);
    }
    std::printf("\n");

    double threshold = 2000;
    auto rich = std::count_if(staff.begin(), staff.end(), [threshold](const Employee &e) { return e.salary >= threshold; });
    double total = std::accumulate(staff.begin(), staff.end(), 0.0, [](double s, const Employee &e) { return s + e.salary; });
    std::printf("%ld earn >= %.0f, total %.2f\n", (long)rich, threshold, total);

    std::vector<int> v(40);
    std::iota(v.begin(), v.end(), -20);
    std::partial_sort(v.begin(), v.begin() + 5, v.end(), [](int a, int b) { return a * a < b * b || (a * a == b * b && a < b); });
    std::printf("closest to zero:");
    for (int i = 0; i < 5; i++) std::printf(" %d", v[i]);
    std::printf("\n");
    auto mid = std::partition(v.begin(), v.end(), [](int x) { return x % 3 == 0; });
    std::printf("multiples of 3: %ld\n", (long)(mid - v.begin()));
    std::nth_element(v.begin(), v.begin() + 20, v.end());
    std::printf("median-ish: %d\n", v[20]);
    return 0;
}
