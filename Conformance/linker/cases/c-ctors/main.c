#include <stdio.h>
#include <stdlib.h>

static void bye(void) { puts("atexit handler"); }

__attribute__((constructor(200))) static void c200(void) { puts("ctor 200"); }
__attribute__((constructor(101))) static void c101(void) { puts("ctor 101"); }
__attribute__((constructor)) static void cdefault(void) { puts("ctor default"); atexit(bye); }
__attribute__((constructor(150))) void c150(void) { puts("ctor 150"); }
__attribute__((destructor(150))) static void d150(void) { puts("dtor 150"); }
__attribute__((destructor)) static void ddefault(void) { puts("dtor default"); }
__attribute__((destructor(300))) static void d300(void) { puts("dtor 300"); }

int main(void) {
    puts("main");
    return 0;
}
