const char *greeting(void) { return "strong greeting"; }
int counter = 42;
/* a second weak definition of farewell: the first one seen wins */
__attribute__((weak)) const char *farewell(void) { return "second weak farewell"; }
int provided(int x) { return x * 2 + 1; }
