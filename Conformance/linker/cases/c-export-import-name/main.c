#include <stdio.h>

/* an import under a different module/name: a real WASI function */
__attribute__((import_module("wasi_snapshot_preview1"), import_name("sched_yield")))
int my_yield(void);

/* an import from a module nobody provides; never called at run time only when argc > 5 */
__attribute__((import_module("host"), import_name("log_value")))
void host_log(int);

__attribute__((export_name("triple"))) int triple(int x) { return 3 * x; }
__attribute__((export_name("answer-with-dash"))) int answer(void) { return 42; }
__attribute__((used, visibility("default"))) int kept_but_not_exported(void) { return 1; }

int main(int argc, char **argv) {
    (void)argv;
    printf("yield -> %d\n", my_yield());
    printf("triple(14) = %d, answer = %d\n", triple(14), answer());
    if (argc > 5) host_log(argc);
    return 0;
}
