// console.c — managed console output: UTF-16 from the core library to UTF-8 on
// fd 1 (buffered until exit, a full buffer or output to stderr) and fd 2
// (unbuffered).
//
// Like mono's console encoder, each stream keeps a high surrogate that ends one
// write so that a low surrogate at the start of the next completes the pair; an
// unpaired surrogate becomes U+FFFD, and a high surrogate still pending at exit
// is dropped.
#include "r2r.h"

#include <errno.h>
#include <unistd.h>

enum { STDOUT_CAPACITY = 8192, STDERR_CHUNK = 256, UTF8_MAX = 4 };

typedef struct Sink {
    int fd;
    uint8_t* bytes;
    size_t capacity;
    size_t length;
} Sink;

static uint8_t stdoutBytes[STDOUT_CAPACITY];
static Sink stdoutSink = {1, stdoutBytes, STDOUT_CAPACITY, 0};
static uint16_t pendingHigh[3];  // by fd (1, 2); 0 when none

// Writes everything, retrying short writes. Errors (a closed pipe, say) drop the
// output: there is nowhere to report them.
static void write_all(int fd, const uint8_t* bytes, size_t length) {
    while (length > 0) {
        ssize_t n = write(fd, bytes, length);
        if (n < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += n;
        length -= (size_t)n;
    }
}

static void sink_flush(Sink* sink) {
    write_all(sink->fd, sink->bytes, sink->length);
    sink->length = 0;
}

static void sink_put(Sink* sink, uint32_t cp) {
    if (sink->capacity - sink->length < UTF8_MAX) sink_flush(sink);
    sink->length += r2r_utf8_encode(cp, sink->bytes + sink->length);
}

void r2r_flush_stdout(void) { sink_flush(&stdoutSink); }

void r2r_write_stderr(const char* text, size_t length) {
    r2r_flush_stdout();
    write_all(2, (const uint8_t*)text, length);
}

static bool is_high(uint16_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
static bool is_low(uint16_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

void r2r_write_utf16(int32_t fd, const uint16_t* chars, int32_t count) {
    if (fd != 1 && fd != 2) r2r_fatal("r2r_write_utf16: fd %d is not 1 or 2", (int)fd);
    if (count < 0) r2r_fatal("r2r_write_utf16: negative count %d", (int)count);
    if (count > 0 && chars == NULL) r2r_fatal("r2r_write_utf16: null characters");

    uint8_t chunk[STDERR_CHUNK];
    Sink stderrSink = {2, chunk, STDERR_CHUNK, 0};
    Sink* sink = fd == 1 ? &stdoutSink : &stderrSink;
    if (fd == 2) r2r_flush_stdout();

    for (int32_t i = 0; i < count; i++) {
        uint16_t unit = chars[i];
        uint16_t high = pendingHigh[fd];
        if (high != 0) {
            pendingHigh[fd] = 0;
            if (is_low(unit)) {
                sink_put(sink, 0x10000 + (((uint32_t)high - 0xD800) << 10) + (unit - 0xDC00u));
                continue;
            }
            sink_put(sink, 0xFFFD);
        }
        if (is_high(unit))
            pendingHigh[fd] = unit;
        else
            sink_put(sink, is_low(unit) ? 0xFFFD : unit);
    }
    if (fd == 2) sink_flush(sink);
}
