// console.c — the runtime's side of the console test: the writes of
// ConsoleReference.cs, in the same order, through r2r_write_utf16.
#include "../../native/r2r.h"

#include <string.h>

// Writes UTF-8 text as UTF-16.
static void text(int fd, const char* utf8) {
    uint16_t units[64];
    size_t length = r2r_utf8_to_utf16_length(utf8);
    r2r_utf8_to_utf16(utf8, units);
    r2r_write_utf16(fd, units, (int32_t)length);
}

// Writes UTF-16 units as given (lone surrogates too).
static void units(int fd, const uint16_t* u, int32_t count) { r2r_write_utf16(fd, u, count); }

#define UNITS(fd, ...) units(fd, (const uint16_t[]){__VA_ARGS__}, sizeof((const uint16_t[]){__VA_ARGS__}) / 2)

int main(void) {
    text(1, "plain ASCII, ");
    text(1, "é ü ß € 中文\n");
    text(1, "pair 😀 end\n");
    text(1, "split ");
    UNITS(1, 0xD83D);
    UNITS(1, 0xDE00);
    text(1, " across writes\n");
    text(1, "high then text ");
    UNITS(1, 0xD83D);
    text(1, "x\n");
    text(1, "two highs ");
    UNITS(1, 0xD800, 0xD800);
    text(1, " end\n");
    text(1, "lone low ");
    UNITS(1, 0xDC00);
    text(1, " end\n");
    text(1, "low then high ");
    UNITS(1, 0xDC00, 0xD800);
    text(1, "\n");
    text(2, "stderr ");
    UNITS(2, 0xD83D);
    UNITS(2, 0xDE00);
    text(2, " pair\n");
    text(1, "stdout 1\n");
    text(2, "stderr 2\n");
    text(1, "stdout 3\n");
    for (int i = 0; i < 3000; i++) UNITS(1, 0xE9, 0x20AC, 0xD83D, 0xDE00);
    for (int i = 0; i < 3000; i++) {
        UNITS(1, 0xD83D);
        UNITS(1, 0xDE00);
    }
    text(1, "\n");
    text(2, "stderr high at exit ");
    UNITS(2, 0xD800);
    text(1, "stdout high at exit ");
    UNITS(1, 0xD800);
    r2r_flush_stdout();
    return 0;
}
