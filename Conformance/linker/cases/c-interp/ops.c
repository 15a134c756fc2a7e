#include <stdio.h>
#include "vm.h"

static void push(struct vm *m, int32_t v) { m->stack[m->sp++] = v; }
static int32_t pop(struct vm *m) { return m->stack[--m->sp]; }

static void op_halt(struct vm *m) { m->halted = 1; }
static void op_push(struct vm *m) { push(m, m->code[m->pc++]); }
static void op_pop(struct vm *m) { (void)pop(m); }
static void op_dup(struct vm *m) { int32_t a = pop(m); push(m, a); push(m, a); }
static void op_swap(struct vm *m) { int32_t b = pop(m), a = pop(m); push(m, b); push(m, a); }
static void op_over(struct vm *m) { int32_t b = pop(m), a = pop(m); push(m, a); push(m, b); push(m, a); }
static void op_add(struct vm *m) { int32_t b = pop(m), a = pop(m); push(m, a + b); }
static void op_sub(struct vm *m) { int32_t b = pop(m), a = pop(m); push(m, a - b); }
static void op_mul(struct vm *m) { int32_t b = pop(m), a = pop(m); push(m, a * b); }
static void op_div(struct vm *m) { int32_t b = pop(m), a = pop(m); push(m, b ? a / b : 0); }
static void op_mod(struct vm *m) { int32_t b = pop(m), a = pop(m); push(m, b ? a % b : 0); }
static void op_neg(struct vm *m) { push(m, -pop(m)); }
static void op_eq(struct vm *m) { int32_t b = pop(m), a = pop(m); push(m, a == b); }
static void op_lt(struct vm *m) { int32_t b = pop(m), a = pop(m); push(m, a < b); }
static void op_gt(struct vm *m) { int32_t b = pop(m), a = pop(m); push(m, a > b); }
static void op_not(struct vm *m) { push(m, !pop(m)); }
static void op_jmp(struct vm *m) { m->pc = m->code[m->pc]; }
static void op_jz(struct vm *m) { int32_t t = m->code[m->pc++]; if (!pop(m)) m->pc = t; }
static void op_jnz(struct vm *m) { int32_t t = m->code[m->pc++]; if (pop(m)) m->pc = t; }
static void op_load(struct vm *m) { push(m, m->mem[m->code[m->pc++] & 63]); }
static void op_store(struct vm *m) { m->mem[m->code[m->pc++] & 63] = pop(m); }
static void op_call(struct vm *m) { int32_t t = m->code[m->pc++]; m->rstack[m->rsp++] = m->pc; m->pc = t; }
static void op_ret(struct vm *m) { m->pc = m->rstack[--m->rsp]; }
static void op_print(struct vm *m) {
    char buf[16];
    snprintf(buf, sizeof buf, "%d ", (int)pop(m));
    vm_emit(m, buf);
}
static void op_printc(struct vm *m) { char buf[2] = {(char)pop(m), 0}; vm_emit(m, buf); }

const handler handlers[OP_COUNT] = {
    [OP_HALT] = op_halt, [OP_PUSH] = op_push, [OP_POP] = op_pop, [OP_DUP] = op_dup,
    [OP_SWAP] = op_swap, [OP_OVER] = op_over, [OP_ADD] = op_add, [OP_SUB] = op_sub,
    [OP_MUL] = op_mul, [OP_DIV] = op_div, [OP_MOD] = op_mod, [OP_NEG] = op_neg,
    [OP_EQ] = op_eq, [OP_LT] = op_lt, [OP_GT] = op_gt, [OP_NOT] = op_not,
    [OP_JMP] = op_jmp, [OP_JZ] = op_jz, [OP_JNZ] = op_jnz, [OP_LOAD] = op_load,
    [OP_STORE] = op_store, [OP_CALL] = op_call, [OP_RET] = op_ret,
    [OP_PRINT] = op_print, [OP_PRINTC] = op_printc,
};

const char *const op_names[OP_COUNT] = {
    "halt", "push", "pop", "dup", "swap", "over", "add", "sub", "mul", "div", "mod", "neg",
    "eq", "lt", "gt", "not", "jmp", "jz", "jnz", "load", "store", "call", "ret", "print", "printc",
};
