// unhandled.c — an exception no managed handler caught (the core library's
// ThrowHelper.ReportUnhandled, called from the invoke thunk that catches it): the
// program ends as mono ends it, with the exception's type name and Message on
// stderr, stdout flushed, exit status 1.
#include "r2r.h"

#include <stdlib.h>
#include <string.h>

static void write_text(const char* text) { r2r_write_stderr(text, strlen(text)); }

static void write_exception(const MethodTable* mt, const String* message) {
    write_text(mt->name);
    write_text(": ");
    if (message != NULL) r2r_write_utf16(2, message->chars, message->length);
}

void r2r_throw_unhandled(void* exception, const String* message) {
    const MethodTable* mt = *(const MethodTable* const*)exception;
    r2r_flush_stdout();
    write_text("\nUnhandled Exception:\n");
    write_exception(mt, message);
    write_text("\n[ERROR] FATAL UNHANDLED EXCEPTION: ");
    write_exception(mt, message);
    write_text("\n");
    exit(1);
}
