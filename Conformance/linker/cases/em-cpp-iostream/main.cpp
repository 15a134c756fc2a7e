#include <iostream>
#include <iomanip>
#include <sstream>
int main() {
    std::cout << "hello from iostream" << std::endl;
    std::cout << std::setw(8) << 42 << "|" << std::hex << 255 << std::dec << "|" << std::fixed
              << std::setprecision(3) << 3.14159 << std::endl;
    std::ostringstream os;
    os << "composed " << 7 << ' ' << 2.5;
    std::cout << os.str() << '\n';
    std::istringstream is("10 20 30");
    int a, b, c;
    is >> a >> b >> c;
    std::cout << "sum=" << a + b + c << std::endl;
    return 0;
}
