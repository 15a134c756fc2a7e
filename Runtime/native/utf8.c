// utf8.c — UTF-8 encoding for console output and decoding for argv.
//
// Decoding replaces each maximal invalid subpart with U+FFFD (Unicode §3.9,
// "U+FFFD substitution of maximal subparts"), as .NET's UTF8Encoding does.
#include "r2r.h"

size_t r2r_utf8_encode(uint32_t cp, uint8_t* out) {
    if (cp < 0x80) {
        out[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (uint8_t)(0xC0 | (cp >> 6));
        out[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (uint8_t)(0xE0 | (cp >> 12));
        out[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | (cp >> 18));
    out[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

// Decodes one code point (U+FFFD for an invalid subpart) from NUL-terminated s;
// returns the bytes consumed, at least 1.
static size_t decode(const uint8_t* s, uint32_t* cp) {
    uint8_t b = s[0];
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    size_t need;
    uint8_t low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0) low = 0xA0;   // overlong
        if (b == 0xED) high = 0x9F;  // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0) low = 0x90;   // overlong
        if (b == 0xF4) high = 0x8F;  // above U+10FFFF
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    uint32_t value = b & (0x3F >> need);
    for (size_t i = 1; i <= need; i++) {
        uint8_t c = s[i];  // the NUL terminator fails both tests below
        if (c < low || c > high) {
            *cp = 0xFFFD;
            return i;
        }
        value = (value << 6) | (c & 0x3F);
        low = 0x80;
        high = 0xBF;
    }
    *cp = value;
    return need + 1;
}

size_t r2r_utf8_to_utf16_length(const char* text) {
    const uint8_t* s = (const uint8_t*)text;
    size_t units = 0;
    while (*s != 0) {
        uint32_t cp;
        s += decode(s, &cp);
        units += cp >= 0x10000 ? 2 : 1;
    }
    return units;
}

void r2r_utf8_to_utf16(const char* text, uint16_t* out) {
    const uint8_t* s = (const uint8_t*)text;
    while (*s != 0) {
        uint32_t cp;
        s += decode(s, &cp);
        if (cp >= 0x10000) {
            *out++ = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
            *out++ = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            *out++ = (uint16_t)cp;
        }
    }
}
