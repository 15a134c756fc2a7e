// Sieve of Eratosthenes, the same algorithm as sieve.cs (a fresh zeroed
// array per round, as C#'s new bool[] is).
#include <stdio.h>
#include <stdlib.h>

static int count_primes(int limit) {
    unsigned char *composite = calloc(limit, 1);
    int count = 0;
    for (int i = 2; i < limit; i++) {
        if (composite[i]) continue;
        count++;
        for (long long j = (long long)i * i; j < limit; j += i) composite[j] = 1;
    }
    free(composite);
    return count;
}

int main(void) {
    int count = 0;
    for (int round = 0; round < 5; round++) count = count_primes(20000000);
    printf("%d\n", count);
    return 0;
}
