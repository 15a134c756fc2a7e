// process.c — ending the process (r2r_exit for Environment.Exit, r2r_fatal for
// states the runtime cannot continue from) and formatting the runtime's messages.
#include "r2r.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// emscripten's integer-only vsnprintf: messages hold no floating point, and the
// full printf would pull its floating-point formatting into every program.
int vsniprintf(char* buffer, size_t size, const char* format, va_list args);

void r2r_exit(int32_t code) {
    r2r_flush_stdout();
    // Exit statuses are 8 bits on the hosts mono runs on (Exit(256) ends with 0).
    exit(code & 0xFF);
}

void r2r_message(char* buffer, size_t size, const char* format, ...) {
    va_list args;
    va_start(args, format);
    vsniprintf(buffer, size, format, args);
    va_end(args);
}

void r2r_fatal(const char* format, ...) {
    static const char prefix[] = "r2r: error: ";
    char message[512];
    size_t length = sizeof prefix - 1;
    memcpy(message, prefix, length);
    size_t room = sizeof message - length - 1;  // keeps one byte for the newline
    va_list args;
    va_start(args, format);
    int n = vsniprintf(message + length, room, format, args);
    va_end(args);
    if (n > 0) length += (size_t)n < room ? (size_t)n : room - 1;  // truncated
    message[length++] = '\n';
    r2r_write_stderr(message, length);
    exit(1);
}
