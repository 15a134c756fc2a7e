int mul_checked(int a, int b);
int area(int w, int h) { return mul_checked(w, h); }
