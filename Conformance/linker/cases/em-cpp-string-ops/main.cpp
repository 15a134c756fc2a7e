#include <cstdio>
#include <string>
#include <vector>

static std::vector<std::string> split(const std::string &s, char sep) {
    std::vector<std::string> out;
    size_t start = 0, pos;
    while ((pos = s.find(sep, start)) != std::string::npos) { out.push_back(s.substr(start, pos - start)); start = pos + 1; }
    out.push_back(s.substr(start));
    return out;
}

static std::string join(const std::vector<std::string> &v, const std::string &sep) {
    std::string r;
    for (size_t i = 0; i < v.size(); i++) { if (i) r += sep; r += v[i]; }
    return r;
}

static std::string replace_all(std::string s, const std::string &from, const std::string &to) {
    for (size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
    return s;
}

int main() {
    std::string csv = "alpha,beta,gamma,delta,epsilon";
    auto parts = split(csv, ',');
    std::printf("%zu parts, third = %s\n", parts.size(), parts[2].c_str());
    std::printf("joined: %s\n", join(parts, " | ").c_str());
    std::string s = replace_all("a cat sat on a mat with a hat", "at", "og");
    std::printf("replaced: %s\n", s.c_str());
    std::string num = std::to_string(12345) + "/" + std::to_string(-678) + "/" + std::to_string(3.5);
    std::printf("to_string: %s\n", num.c_str());
    std::printf("stoi(\"  42xyz\") = %d, stol hex = %ld, stod = %.3f\n", std::stoi("  42xyz"),
                std::stol("ff", nullptr, 16), std::stod("2.718281828"));
    std::string big;
    for (int i = 0; i < 100; i++) big += static_cast<char>('a' + i % 26);
    std::printf("big: size %zu, rfind('z') = %zu, compare = %d\n", big.size(), big.rfind('z'),
                big.compare(0, 3, "abc"));
    std::string up = "Mixed Case Text";
    for (auto &c : up) if (c >= 'a' && c <= 'z') c -= 32;
    std::printf("upper: %s, starts with MIX: %d\n", up.c_str(), up.rfind("MIX", 0) == 0);
    std::string sso = "short";
    sso.insert(0, "very ").append(" string").push_back('!');
    std::printf("%s (%zu)\n", sso.c_str(), sso.size());
    return 0;
}
