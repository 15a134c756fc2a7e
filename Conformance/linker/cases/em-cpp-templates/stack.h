#pragma once
#include <cstddef>
template <typename T, std::size_t N> class Stack {
    T items[N];
    std::size_t n = 0;
public:
    __attribute__((noinline)) bool push(const T &v) { if (n == N) return false; items[n++] = v; return true; }
    __attribute__((noinline)) T pop() { return items[--n]; }
    std::size_t size() const { return n; }
    template <typename F> __attribute__((noinline)) void each(F f) const { for (std::size_t i = 0; i < n; i++) f(items[i]); }
};
template <typename T> __attribute__((noinline)) T sum_of(const Stack<T, 16> &s) {
    T total{};
    s.each([&](const T &v) { total += v; });
    return total;
}
template <int N> struct Fact { static constexpr long value = N * Fact<N - 1>::value; };
template <> struct Fact<0> { static constexpr long value = 1; };
