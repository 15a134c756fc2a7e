int lazy_helper(int x) { return x * 7; }
