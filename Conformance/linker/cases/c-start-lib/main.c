#include <stdio.h>

/* objects between --start-lib and --end-lib behave like archive members:
   each is loaded only when it defines a symbol that is still undefined */
int area(int w, int h);          /* lazy_geom.o (pulls lazy_util.o) */
int helper_override(void);       /* defined here AND in lazy_dup.o */
__attribute__((weak)) int optional_feature(void);   /* lazy_opt.o: a weak reference does not load it */

int helper_override(void) { return 1; }

int main(void) {
    printf("area(6, 7) = %d\n", area(6, 7));
    printf("helper_override() = %d\n", helper_override());
    printf("optional_feature %s\n", optional_feature ? "present" : "absent");
    return 0;
}
