#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { int key; struct node *left, *right; char *payload; };

static struct node *insert(struct node *t, int key) {
    if (!t) {
        t = calloc(1, sizeof *t);
        t->key = key;
        t->payload = malloc(16 + key % 50);
        snprintf(t->payload, 16, "k%d", key);
        return t;
    }
    if (key < t->key) t->left = insert(t->left, key);
    else if (key > t->key) t->right = insert(t->right, key);
    return t;
}
static int height(const struct node *t) {
    if (!t) return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}
static long sum(const struct node *t) { return t ? t->key + sum(t->left) + sum(t->right) : 0; }
static void destroy(struct node *t) { if (t) { destroy(t->left); destroy(t->right); free(t->payload); free(t); } }

int main(void) {
    struct node *root = NULL;
    unsigned s = 42;
    for (int i = 0; i < 2000; i++) { s = s * 1103515245u + 12345u; root = insert(root, (int)((s >> 16) % 10000)); }
    printf("tree height %d, key sum %ld, root payload %s\n", height(root), sum(root), root->payload);
    destroy(root);

    /* a growing buffer with realloc */
    size_t cap = 1, len = 0;
    char *buf = malloc(cap);
    for (int i = 0; i < 500; i++) {
        char tmp[16];
        int n = snprintf(tmp, sizeof tmp, "%d,", i * i);
        while (len + n + 1 > cap) { cap *= 2; buf = realloc(buf, cap); }
        memcpy(buf + len, tmp, n);
        len += n;
    }
    buf[len] = 0;
    printf("buffer %zu bytes (cap %zu), tail %s\n", len, cap, buf + len - 12);
    free(buf);

    /* many blocks of varying sizes, freed in a different order */
    void *blocks[256];
    uintptr_t align_bad = 0;
    for (int i = 0; i < 256; i++) {
        blocks[i] = malloc((size_t)(i * 37 % 1000) + 1);
        memset(blocks[i], i, (size_t)(i * 37 % 1000) + 1);
        align_bad |= (uintptr_t)blocks[i] & 7;
    }
    int corrupt = 0;
    for (int i = 0; i < 256; i += 2) free(blocks[i]);
    for (int i = 1; i < 256; i += 2) {
        unsigned char *p = blocks[i];
        for (int j = 0; j <= i * 37 % 1000; j++) if (p[j] != (unsigned char)i) corrupt++;
        free(p);
    }
    printf("256 blocks: misaligned %d, corrupt bytes %d\n", align_bad != 0, corrupt);
    void *big = malloc(4 << 20);
    printf("4 MiB block %s\n", big ? "allocated" : "failed");
    free(big);
    int *arr = calloc(1000, sizeof *arr);
    long z = 0;
    for (int i = 0; i < 1000; i++) z += arr[i];
    printf("calloc zeroed: %d\n", z == 0);
    free(arr);
    return 0;
}
