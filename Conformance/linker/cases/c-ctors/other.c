#include <stdio.h>
__attribute__((constructor(150))) static void other150(void) { puts("other ctor 150"); }
__attribute__((constructor(101))) static void other101(void) { puts("other ctor 101"); }
__attribute__((destructor(101))) static void otherd101(void) { puts("other dtor 101"); }
