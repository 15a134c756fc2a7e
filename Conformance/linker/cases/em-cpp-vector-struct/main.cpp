#include <algorithm>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

struct Particle {
    float x, y, vx, vy;
    int id;
    std::string label;
    Particle(float x, float y, float vx, float vy, int id)
        : x(x), y(y), vx(vx), vy(vy), id(id), label("p" + std::to_string(id)) {}
};

struct Stats { double sum = 0, min = 1e300, max = -1e300; size_t n = 0; };

int main() {
    std::vector<Particle> ps;
    ps.reserve(8);
    for (int i = 0; i < 20; i++)  // grows past the reservation: moves strings around
        ps.emplace_back((float)(i % 5), (float)(i / 5), 0.5f * (i % 3 - 1), 0.25f * (i % 4 - 2), i);
    for (int step = 0; step < 10; step++)
        for (auto &p : ps) { p.x += p.vx; p.y += p.vy; if (p.y < 0) { p.y = -p.y; p.vy = -p.vy; } }
    ps.erase(std::remove_if(ps.begin(), ps.end(), [](const Particle &p) { return p.x < 0; }), ps.end());
    std::printf("%zu particles left\n", ps.size());
    Stats s = std::accumulate(ps.begin(), ps.end(), Stats{}, [](Stats st, const Particle &p) {
        double d = p.x * p.x + p.y * p.y;
        st.sum += d; st.n++; st.min = std::min(st.min, d); st.max = std::max(st.max, d);
        return st;
    });
    std::printf("dist2 mean %.3f min %.3f max %.3f\n", s.sum / s.n, s.min, s.max);
    auto far = std::max_element(ps.begin(), ps.end(), [](const Particle &a, const Particle &b) { return a.y < b.y; });
    std::printf("highest: %s at (%.2f, %.2f)\n", far->label.c_str(), far->x, far->y);
    std::vector<std::vector<int>> tri;
    for (int r = 0; r < 8; r++) {
        std::vector<int> row(r + 1, 1);
        for (int c = 1; c < r; c++) row[c] = tri[r - 1][c - 1] + tri[r - 1][c];
        tri.push_back(std::move(row));
    }
    std::printf("pascal row 7:");
    for (int x : tri[7]) std::printf(" %d", x);
    std::printf("\n");
    std::vector<Particle> copy(ps.begin(), ps.begin() + 3);
    copy.insert(copy.begin() + 1, Particle(9, 9, 0, 0, 99));
    std::printf("copy:");
    for (auto &p : copy) std::printf(" %s", p.label.c_str());
    std::printf(" (capacity >= size: %d)\n", copy.capacity() >= copy.size());
    return 0;
}
