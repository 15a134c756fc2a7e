int table[16];
int fill(int seed) {
    for (int i = 0; i < 16; i++) table[i] = seed * i + (i & 3);
    int s = 0;
    for (int i = 0; i < 16; i++) s ^= table[i] << (i & 7);
    return s;
}
static int private_fn(int x) { return x * 7; }
int (*get_private(void))(int) { return private_fn; }
