#include <algorithm>
#include <iomanip>
#include <iostream>
#include <numeric>
#include <string>
#include <vector>

struct Item { std::string name; int qty; double price; };

int main() {
    std::vector<Item> items{{"widget", 4, 2.5}, {"gadget", 1, 19.99}, {"doohickey", 12, 0.75}, {"gizmo", 3, 7.0}};
    items.push_back({"thingamajig", 2, 4.25});
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.qty * a.price > b.qty * b.price; });
    std::cout << "hello from em++ via the linker under test" << std::endl;
    for (const auto &it : items)
        std::cout << std::left << std::setw(12) << it.name << std::right << std::setw(4) << it.qty << std::setw(9)
                  << std::fixed << std::setprecision(2) << it.qty * it.price << '\n';
    std::vector<int> squares(10);
    std::iota(squares.begin(), squares.end(), 1);
    for (auto &x : squares) x *= x;
    std::cout << "sum of squares 1..10 = " << std::accumulate(squares.begin(), squares.end(), 0) << std::endl;
    return 0;
}
