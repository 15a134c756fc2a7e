#include <stdio.h>
#include "vm.h"

static const char *const programs[][2] = {
    {"factorial",
     "push 1 store 0 push 1 store 1\n"
     "loop: load 1 push 10 gt jnz @done\n"
     "  load 0 load 1 mul store 0\n"
     "  load 1 push 1 add store 1 jmp @loop\n"
     "done: load 0 print halt\n"},
    {"fibonacci",
     "push 0 store 0 push 1 store 1 push 0 store 2\n"
     "loop: load 2 push 15 lt jz @end\n"
     "  load 0 print load 0 load 1 add load 1 store 0 store 1\n"
     "  load 2 push 1 add store 2 jmp @loop\n"
     "end: halt\n"},
    {"primes",
     "push 2 store 0\n"
     "outer: load 0 push 60 gt jnz @fin\n"
     "  push 2 store 1\n"
     "inner: load 1 load 1 mul load 0 gt jnz @isprime\n"
     "  load 0 load 1 mod jz @next\n"
     "  load 1 push 1 add store 1 jmp @inner\n"
     "isprime: load 0 print\n"
     "next: load 0 push 1 add store 0 jmp @outer\n"
     "fin: halt\n"},
    {"gcd-call",
     "push 1071 push 462 call @gcd print\n"
     "push 270 push 192 call @gcd print halt\n"
     "gcd: dup jz @gdone swap over mod jmp @gcd\n"
     "gdone: pop ret\n"},
    {"hello",
     "push 72 printc push 105 printc push 33 printc halt\n"},
};

int main(void) {
    static int32_t code[1024];
    static struct vm m;
    int failures = 0;
    for (unsigned i = 0; i < sizeof programs / sizeof programs[0]; i++) {
        int n = assemble(programs[i][1], code, 1024);
        if (n < 0) { printf("%s: assembly failed\n", programs[i][0]); failures++; continue; }
        vm_init(&m, code);
        int r = vm_run(&m, 1000000);
        printf("%-10s %3d words %5ld steps -> %s%s\n", programs[i][0], n, m.steps, m.out,
               r ? " (error)" : "");
        if (r) failures++;
    }
    return failures;
}
