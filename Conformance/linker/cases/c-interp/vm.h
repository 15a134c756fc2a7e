#ifndef VM_H
#define VM_H
#include <stdint.h>

enum op {
    OP_HALT, OP_PUSH, OP_POP, OP_DUP, OP_SWAP, OP_OVER,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_NEG,
    OP_EQ, OP_LT, OP_GT, OP_NOT,
    OP_JMP, OP_JZ, OP_JNZ,
    OP_LOAD, OP_STORE,
    OP_CALL, OP_RET,
    OP_PRINT, OP_PRINTC,
    OP_COUNT
};

struct vm {
    const int32_t *code;
    int pc;
    int32_t stack[256];
    int sp;
    int32_t mem[64];
    int rstack[64];
    int rsp;
    int halted;
    long steps;
    char out[4096];
    int outlen;
};

typedef void (*handler)(struct vm *);
extern const handler handlers[OP_COUNT];
extern const char *const op_names[OP_COUNT];

void vm_init(struct vm *m, const int32_t *code);
int vm_run(struct vm *m, long max_steps);
void vm_emit(struct vm *m, const char *s);

/* assembler */
int assemble(const char *src, int32_t *code, int cap);
#endif
