#include <stdio.h>
void note(char c);
__attribute__((constructor(300))) static void c300(void) { note('F'); }
__attribute__((constructor(65535))) static void c65535(void) { note('I'); }
__attribute__((destructor(65535))) static void cd65535(void) { puts("dtor c 65535"); }
__attribute__((destructor(102))) static void cd102(void) { puts("dtor c 102"); }
