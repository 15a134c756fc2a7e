#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "vm.h"

/* a two-pass assembler: "name:" defines a label, "@name" references one */
struct label { char name[16]; int addr; };

static int find_op(const char *w) {
    for (int i = 0; i < OP_COUNT; i++)
        if (strcmp(op_names[i], w) == 0) return i;
    return -1;
}

int assemble(const char *src, int32_t *code, int cap) {
    struct label labels[32];
    int nlabels = 0;
    for (int pass = 0; pass < 2; pass++) {
        int n = 0;
        const char *p = src;
        while (*p) {
            while (*p && isspace((unsigned char)*p)) p++;
            if (!*p) break;
            if (*p == ';') { while (*p && *p != '\n') p++; continue; }
            char w[32];
            int len = 0;
            while (*p && !isspace((unsigned char)*p) && len < 31) w[len++] = *p++;
            w[len] = 0;
            if (len && w[len - 1] == ':') {
                w[len - 1] = 0;
                if (pass == 0 && nlabels < 32) {
                    strncpy(labels[nlabels].name, w, 15);
                    labels[nlabels].name[15] = 0;
                    labels[nlabels].addr = n;
                    nlabels++;
                }
                continue;
            }
            int32_t v;
            if (w[0] == '@') {
                v = -1;
                for (int i = 0; i < nlabels; i++)
                    if (strcmp(labels[i].name, w + 1) == 0) v = labels[i].addr;
                if (pass == 1 && v < 0) return -1;
            } else if (isdigit((unsigned char)w[0]) || w[0] == '-') {
                v = (int32_t)strtol(w, NULL, 0);
            } else {
                v = find_op(w);
                if (v < 0) return -1;
            }
            if (n >= cap) return -1;
            code[n++] = v;
        }
        if (pass == 1) return n;
    }
    return -1;
}
