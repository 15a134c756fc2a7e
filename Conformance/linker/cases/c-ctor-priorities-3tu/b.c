#include <stdio.h>
/* the trace lives here, in the -O0 object, so that no constructor elsewhere
   can be evaluated at compile time (globalopt folds constructors that only
   store into their own translation unit's data) */
char trace[64];
int trace_len;
void note(char c) { if (trace_len < 63) trace[trace_len++] = c; }
__attribute__((constructor(101))) static void b101(void) { note('B'); }
__attribute__((constructor(200))) static void b200(void) { note('C'); }
__attribute__((constructor(300))) static void b300(void) { note('E'); }
__attribute__((constructor)) static void bdefault(void) { note('H'); }
__attribute__((destructor(250))) static void bd250(void) { puts("dtor b 250"); }
