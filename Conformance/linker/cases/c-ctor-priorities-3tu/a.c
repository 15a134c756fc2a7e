#include <stdio.h>
#include <stdlib.h>

/* constructors with priorities spread over three translation units: the
   linker sorts all init functions by priority, keeping input order for equal
   priorities (a.o before b.o before c.o) */
extern int trace_len;
extern char trace[];
void note(char c);

__attribute__((constructor(101))) static void a101(void) { note('A'); }
__attribute__((constructor(300))) static void a300(void) { note('D'); }
__attribute__((constructor)) static void adefault(void) { note('G'); }
__attribute__((destructor(101))) static void ad101(void) { puts("dtor a 101"); }
__attribute__((destructor)) static void addefault(void) { puts("dtor a default"); }

static void at_exit_a(void) { puts("atexit a"); }

int main(void) {
    atexit(at_exit_a);
    trace[trace_len] = 0;
    printf("ctor order: %s\n", trace);
    int ok = 1;
    for (int i = 1; i < trace_len; i++)
        if (trace[i] < trace[i - 1]) ok = 0;
    printf("sorted: %s\n", ok ? "yes" : "no");
    return ok ? 0 : 1;
}
