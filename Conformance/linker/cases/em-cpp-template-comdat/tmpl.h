#pragma once
#include <cstdio>
#include <string>

template <typename T, int N>
struct Vec {
    T v[N];
    static int instances;                  // template static data member: comdat data
    Vec() { for (int i = 0; i < N; i++) v[i] = T(); instances++; }
    Vec operator+(const Vec &o) const { Vec r; for (int i = 0; i < N; i++) r.v[i] = v[i] + o.v[i]; return r; }
    T dot(const Vec &o) const { T s = T(); for (int i = 0; i < N; i++) s += v[i] * o.v[i]; return s; }
};
template <typename T, int N> int Vec<T, N>::instances = 0;

template <typename T>
struct Shape {                             // class template with a vtable: comdat vtable/typeinfo
    virtual ~Shape() {}
    virtual T area() const = 0;
    virtual const char *tag() const { return "shape"; }
};
template <typename T>
struct Rect : Shape<T> {
    T w, h;
    Rect(T w, T h) : w(w), h(h) {}
    T area() const override { return w * h; }
    const char *tag() const override { return "rect"; }
};

template <typename T>
T clamp_sum(const T *a, int n, T lo, T hi) {
    T s = T();
    for (int i = 0; i < n; i++) s += a[i] < lo ? lo : a[i] > hi ? hi : a[i];
    return s;
}

inline int &shared_counter() {             // inline function with a guarded static local
    static int counter = 100;
    return counter;
}

template <typename T> std::string show(T x) { return std::to_string(x); }
template <> inline std::string show<char>(char c) { return std::string(1, c); }

template <int N> struct Fact { static constexpr long value = N * Fact<N - 1>::value; };
template <> struct Fact<0> { static constexpr long value = 1; };

// every object calls these: the instantiations below appear in all of them
void part_a();
void part_b();
void part_c();
