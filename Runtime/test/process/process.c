// process.c — the runtime's side of the process test: writes "before" to
// stdout, then `throw K` calls r2r_throw_builtin(K), `exit N` r2r_exit(N).
#include "../../native/r2r.h"

#include <stdlib.h>
#include <string.h>

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    const uint16_t before[] = {'b', 'e', 'f', 'o', 'r', 'e'};
    r2r_write_utf16(1, before, 6);
    int32_t n = (int32_t)strtol(argv[2], NULL, 10);
    if (strcmp(argv[1], "throw") == 0) r2r_throw_builtin(n);
    if (strcmp(argv[1], "exit") == 0) r2r_exit(n);
    return 2;
}
