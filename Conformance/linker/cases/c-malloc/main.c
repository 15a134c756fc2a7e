#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { int value; struct node *next; char payload[]; };

int main(void) {
    struct node *head = NULL;
    for (int i = 0; i < 1000; i++) {
        struct node *n = malloc(sizeof *n + (i % 37) + 1);
        n->value = i;
        memset(n->payload, 'a' + i % 26, i % 37);
        n->payload[i % 37] = 0;
        n->next = head;
        head = n;
    }
    long sum = 0;
    size_t chars = 0;
    while (head) {
        struct node *n = head;
        head = n->next;
        sum += n->value;
        chars += strlen(n->payload);
        free(n);
    }
    int *grow = NULL;
    for (int cap = 1; cap <= 1 << 16; cap *= 2) {
        grow = realloc(grow, cap * sizeof *grow);
        grow[cap - 1] = cap;
    }
    void *big = calloc(1 << 20, 1);
    printf("sum=%ld chars=%zu last=%d big=%s\n", sum, chars, grow[(1 << 16) - 1], big ? "ok" : "null");
    free(grow);
    free(big);
    return 0;
}
