#include <string.h>
#include "vm.h"

void vm_init(struct vm *m, const int32_t *code) {
    memset(m, 0, sizeof *m);
    m->code = code;
}

void vm_emit(struct vm *m, const char *s) {
    size_t n = strlen(s);
    if (m->outlen + n < sizeof m->out) {
        memcpy(m->out + m->outlen, s, n);
        m->outlen += (int)n;
        m->out[m->outlen] = 0;
    }
}

int vm_run(struct vm *m, long max_steps) {
    while (!m->halted && m->steps < max_steps) {
        int32_t op = m->code[m->pc++];
        if (op < 0 || op >= OP_COUNT) return -1;
        handlers[op](m);   /* indirect call through the handler table */
        m->steps++;
    }
    return m->halted ? 0 : -2;
}
