int lib_cube(int);
int lib_square(int x) { return x * x + lib_cube(0); }
