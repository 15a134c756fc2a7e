// format.c — prints "<hex> <formatted>" for each hex bit pattern on stdin
// (16 digits: a double, 8: a float) with r2r_format_double/float, the way
// FormatReference.cs prints them with mono.
#include "../../native/r2r.h"

#include <stdio.h>
#include <string.h>

int main(void) {
    char line[64];
    while (fgets(line, sizeof line, stdin) != NULL) {
        size_t length = strcspn(line, "\n");
        line[length] = 0;
        unsigned long long bits = 0;
        sscanf(line, "%llx", &bits);
        uint16_t buffer[32];
        int32_t n;
        if (length == 16) {
            double d;
            memcpy(&d, &bits, sizeof d);
            n = r2r_format_double(d, buffer);
        } else {
            uint32_t b = (uint32_t)bits;
            float f;
            memcpy(&f, &b, sizeof f);
            n = r2r_format_float(f, buffer);
        }
        uint16_t prefix[20];
        for (size_t i = 0; i < length; i++) prefix[i] = (uint8_t)line[i];
        prefix[length] = ' ';
        r2r_write_utf16(1, prefix, (int32_t)length + 1);
        r2r_write_utf16(1, buffer, n);
        r2r_write_utf16(1, (const uint16_t[]){'\n'}, 1);
    }
    r2r_flush_stdout();
    return 0;
}
