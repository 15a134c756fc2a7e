// format.c — double.ToString() and float.ToString() as mono 6.8 prints them
// ("G" with 15 and 7 significant digits; established against mono by
// Runtime/test/format):
//
// - the exact decimal value of the binary number, rounded to 15 (7)
//   significant digits, halfway cases away from zero; trailing zeros dropped;
// - scientific notation "d.dddE+XX" (at least two exponent digits) when the
//   rounded decimal exponent is ≥ 15 (7) or < -4, else plain "ddd.ddd";
// - "NaN", "Infinity", "-Infinity"; both zeros print "0".
#include "r2r.h"

#include <stdlib.h>
#include <string.h>

// A nonnegative integer in base 10^9, least significant limb first. m·5^1074
// with m < 2^53 has 767 digits, the most any double needs.
enum { LIMB_BASE = 1000000000, MAX_LIMBS = 90 };

typedef struct Big {
    uint32_t limbs[MAX_LIMBS];
    int count;
} Big;

static void big_set(Big* big, uint64_t value) {
    big->count = 0;
    do {
        big->limbs[big->count++] = (uint32_t)(value % LIMB_BASE);
        value /= LIMB_BASE;
    } while (value != 0);
}

static void big_multiply(Big* big, uint32_t factor) {
    uint64_t carry = 0;
    for (int i = 0; i < big->count; i++) {
        uint64_t product = (uint64_t)big->limbs[i] * factor + carry;
        big->limbs[i] = (uint32_t)(product % LIMB_BASE);
        carry = product / LIMB_BASE;
    }
    while (carry != 0) {
        big->limbs[big->count++] = (uint32_t)(carry % LIMB_BASE);
        carry /= LIMB_BASE;
    }
}

// Writes the first `count` decimal digits of big into digits (padding with '0'
// when it has fewer) and returns how many digits big has.
static int big_leading_digits(const Big* big, char* digits, int count) {
    char top[10];
    int topLength = 0;
    for (uint32_t v = big->limbs[big->count - 1]; v != 0 || topLength == 0; v /= 10) top[topLength++] = (char)('0' + v % 10);
    int written = 0;
    for (int i = topLength - 1; i >= 0 && written < count; i--) digits[written++] = top[i];
    for (int limb = big->count - 2; limb >= 0 && written < count; limb--) {
        uint32_t v = big->limbs[limb];
        char nine[9];
        for (int i = 8; i >= 0; i--, v /= 10) nine[i] = (char)('0' + v % 10);
        for (int i = 0; i < 9 && written < count; i++) digits[written++] = nine[i];
    }
    while (written < count) digits[written++] = '0';
    return topLength + 9 * (big->count - 1);
}

// The first `precision` (at most 17) significant digits of the finite nonzero
// mantissa·2^exponent, rounded half away from zero, into digits (ASCII, zeros
// kept); returns the decimal exponent of the first digit.
static int finite_digits(uint64_t mantissa, int exponent, int precision, char* digits) {
    while ((mantissa & 1) == 0) {
        mantissa >>= 1;
        exponent++;
    }
    // value = big · 10^scale
    Big big;
    big_set(&big, mantissa);
    int scale = 0;
    if (exponent >= 0) {
        for (; exponent >= 31; exponent -= 31) big_multiply(&big, 1u << 31);
        big_multiply(&big, 1u << exponent);
    } else {
        scale = exponent;
        int fives = -exponent;
        for (; fives >= 13; fives -= 13) big_multiply(&big, 1220703125u);  // 5^13
        uint32_t rest = 1;
        while (fives-- > 0) rest *= 5;
        big_multiply(&big, rest);
    }

    // The significant digits plus the one that decides the rounding.
    char all[18];
    int decimalExponent = big_leading_digits(&big, all, precision + 1) - 1 + scale;
    if (all[precision] >= '5') {
        int i = precision - 1;
        while (i >= 0 && all[i] == '9') all[i--] = '0';
        if (i >= 0) {
            all[i]++;
        } else {
            all[0] = '1';
            decimalExponent++;
        }
    }
    memcpy(digits, all, (size_t)precision);
    return decimalExponent;
}

// Formats a finite nonzero |value| = mantissa·2^exponent with `precision`
// significant digits into out (ASCII); returns the length.
static int format_finite(bool negative, uint64_t mantissa, int exponent, int precision, char* out) {
    char digits[17];
    int decimalExponent = finite_digits(mantissa, exponent, precision, digits);
    int significant = precision;
    while (significant > 1 && digits[significant - 1] == '0') significant--;

    int length = 0;
    if (negative) out[length++] = '-';
    if (decimalExponent >= precision || decimalExponent < -4) {
        out[length++] = digits[0];
        if (significant > 1) {
            out[length++] = '.';
            memcpy(out + length, digits + 1, (size_t)significant - 1);
            length += significant - 1;
        }
        out[length++] = 'E';
        out[length++] = decimalExponent < 0 ? '-' : '+';
        int magnitude = decimalExponent < 0 ? -decimalExponent : decimalExponent;
        if (magnitude >= 100) out[length++] = (char)('0' + magnitude / 100);
        out[length++] = (char)('0' + magnitude / 10 % 10);
        out[length++] = (char)('0' + magnitude % 10);
    } else if (decimalExponent >= 0) {
        for (int i = 0; i <= decimalExponent; i++) out[length++] = i < significant ? digits[i] : '0';
        if (significant > decimalExponent + 1) {
            out[length++] = '.';
            for (int i = decimalExponent + 1; i < significant; i++) out[length++] = digits[i];
        }
    } else {
        out[length++] = '0';
        out[length++] = '.';
        for (int i = -1; i > decimalExponent; i--) out[length++] = '0';
        memcpy(out + length, digits, (size_t)significant);
        length += significant;
    }
    return length;
}

static int format_double(double value, int precision, uint16_t* buffer) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    bool negative = bits >> 63;
    int biased = (int)((bits >> 52) & 0x7FF);
    uint64_t fraction = bits & ((UINT64_C(1) << 52) - 1);

    char text[32];
    const char* special = NULL;
    int length;
    if (biased == 0x7FF)
        special = fraction != 0 ? "NaN" : negative ? "-Infinity" : "Infinity";
    else if (biased == 0 && fraction == 0)
        special = "0";
    if (special != NULL) {
        length = (int)strlen(special);
        memcpy(text, special, (size_t)length);
    } else if (biased == 0) {
        length = format_finite(negative, fraction, -1074, precision, text);
    } else {
        length = format_finite(negative, fraction | (UINT64_C(1) << 52), biased - 1075, precision, text);
    }
    for (int i = 0; i < length; i++) buffer[i] = (uint8_t)text[i];
    return length;
}

int32_t r2r_format_double(double value, uint16_t* buffer) { return format_double(value, 15, buffer); }

// "R" (mono 6.8, as .NET Framework): 15 significant digits when they read
// back as the same double, else 17.
int32_t r2r_format_double_roundtrip(double value, uint16_t* buffer) {
    int32_t length = format_double(value, 15, buffer);
    char text[32];
    for (int i = 0; i < length; i++) text[i] = (char)buffer[i];
    text[length] = 0;
    if (value != value || strtod(text, NULL) == value) return length;
    return format_double(value, 17, buffer);
}

// "R" of a float: 7 significant digits when they read back as the same
// float, else 9.
int32_t r2r_format_float_roundtrip(float value, uint16_t* buffer) {
    int32_t length = format_double(value, 7, buffer);
    char text[32];
    for (int i = 0; i < length; i++) text[i] = (char)buffer[i];
    text[length] = 0;
    if (value != value || strtof(text, NULL) == value) return length;
    return format_double(value, 9, buffer);
}

// The `precision` (1–17) significant digits of a finite |value| for the
// standard formats ("F", "N", "E"), as ASCII into digits; returns the decimal
// exponent of the first. Zero gives zeros and exponent 0. A float converts
// to double exactly, so floats use this too.
int32_t r2r_double_digits(double value, int32_t precision, uint16_t* digits) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    int biased = (int)((bits >> 52) & 0x7FF);
    uint64_t fraction = bits & ((UINT64_C(1) << 52) - 1);
    char text[17];
    int exponent = 0;
    if (biased == 0 && fraction == 0)
        memset(text, '0', (size_t)precision);
    else if (biased == 0)
        exponent = finite_digits(fraction, -1074, precision, text);
    else
        exponent = finite_digits(fraction | (UINT64_C(1) << 52), biased - 1075, precision, text);
    for (int i = 0; i < precision; i++) digits[i] = (uint8_t)text[i];
    return exponent;
}

// double.Parse of text the core library has checked: ASCII digits with an
// optional sign, point and exponent (strtod rounds correctly).
double r2r_parse_double(const uint16_t* chars, int32_t count) {
    char text[count + 1];
    for (int i = 0; i < count; i++) text[i] = (char)chars[i];
    text[count] = 0;
    return strtod(text, NULL);
}

// A float converts to double exactly, so the digits are the float's own.
int32_t r2r_format_float(float value, uint16_t* buffer) { return format_double(value, 7, buffer); }
