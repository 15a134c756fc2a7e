#include <iomanip>
#include <iostream>
#include <limits>
#include <sstream>

int main() {
    std::cout << "[" << std::setw(10) << "right" << "][" << std::left << std::setw(10) << "left" << "]"
              << std::right << std::endl;
    std::cout << std::setfill('0') << std::setw(8) << 1234 << std::setfill(' ') << '\n';
    std::cout << std::hex << std::showbase << 255 << ' ' << std::uppercase << 48879 << std::nouppercase
              << ' ' << std::oct << 64 << std::dec << std::noshowbase << '\n';
    std::cout << std::boolalpha << true << ' ' << false << std::noboolalpha << ' ' << true << '\n';
    const double vals[] = {0.0, 1.0 / 3.0, -2.5, 1234567.891, 6.02214076e23, 1e-7};
    for (double v : vals)
        std::cout << std::setw(14) << std::fixed << std::setprecision(4) << v << " | " << std::scientific
                  << std::setprecision(3) << v << " | " << std::defaultfloat << std::setprecision(6) << v << '\n';
    std::cout << std::showpos << 42 << ' ' << -42 << ' ' << 3.5 << std::noshowpos << '\n';
    std::cout << std::numeric_limits<int>::max() << ' ' << std::numeric_limits<long long>::min() << ' '
              << std::numeric_limits<unsigned>::max() << '\n';
    std::cout << std::setprecision(17) << 0.1 << ' ' << std::setprecision(3) << 2.0f / 3 << '\n';
    std::ostringstream table;
    for (int i = 1; i <= 3; i++)
        table << std::setw(4) << i << std::setw(6) << i * i << std::setw(8) << std::setprecision(2) << std::fixed
              << 1.0 / i << '\n';
    std::cout << table.str();
    std::cout << std::internal << std::setw(8) << -77 << '|' << std::hex << std::setw(6) << std::showbase
              << 0x2a << std::dec << std::noshowbase << '|' << std::endl;
    std::cerr << "stderr line" << std::endl;
    return 0;
}
