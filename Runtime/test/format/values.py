#!/usr/bin/env python3
"""values.py — the bit patterns the format test prints with mono and with the
runtime, one hex number a line (16 digits: a double, 8: a float). Fixed seed,
so every run tests the same values:

- halfway cases: doubles whose exact value has 16 significant digits ending
  in 5 (integers, and x.5, x.25, x.125, x.0625, x.09375), floats with 8;
- the neighbours (±2 ulps) of every 15- (7-) digit halfway point, over the
  whole exponent range;
- powers of ten and their neighbours, small integers, powers of two;
- denormals, random bit patterns, zeros, infinities, NaNs, extremes.
"""
import math
import random
import struct
from fractions import Fraction

r = random.Random(20240601)
out = []


def double_hex(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def float_hex(x):
    return "%08x" % struct.unpack("<I", struct.pack("<f", x))[0]


def to_float(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def float_step(x, n):
    bits = (struct.unpack("<I", struct.pack("<f", x))[0] + n) & 0xFFFFFFFF
    return struct.unpack("<f", struct.pack("<I", bits))[0]


for _ in range(2000):
    out.append(double_hex(float(r.randrange(10**14, 9 * 10**14) * 10 + 5)))
for fraction, digits in ((Fraction(1, 2), 1), (Fraction(1, 4), 2), (Fraction(1, 8), 3), (Fraction(1, 16), 4), (Fraction(3, 32), 5)):
    for _ in range(1000):
        out.append(double_hex(float(r.randrange(10**(15 - digits), 10**(16 - digits)) + fraction)))
for _ in range(4000):
    halfway = Fraction(2 * r.randrange(10**14, 10**15) + 1, 2) * Fraction(10) ** r.randrange(-320, 290)
    x = float(halfway)
    for steps in (-2, -1, 0, 1, 2):
        y = x
        for _ in range(abs(steps)):
            y = math.nextafter(y, math.copysign(math.inf, steps))
        out.append(double_hex(y))
for k in range(-324, 309):
    x = float(Fraction(10) ** k)
    out += [double_hex(x), double_hex(math.nextafter(x, 0)), double_hex(math.nextafter(x, math.inf)), double_hex(-x)]
for n in list(range(2000)) + [2**k for k in range(64)] + [2**k - 1 for k in range(1, 64)]:
    out.append(double_hex(float(n)))
for _ in range(2000):
    out.append("%016x" % r.randrange(1, 1 << 52))

for _ in range(3000):
    out.append(float_hex(float(r.randrange(10**6, 16777216 // 10) * 10 + 5)))
for _ in range(1000):
    out.append(float_hex(r.randrange(10**5, 10**6) + 0.5))
    out.append(float_hex(r.randrange(10**4, 10**5) + 0.25))
for _ in range(4000):
    k = r.randrange(-45, 32)
    x = to_float(float(Fraction(2 * r.randrange(10**6, 10**7) + 1, 2) * Fraction(10) ** k))
    if math.isinf(x) or x == 0:
        continue
    for steps in (-2, -1, 0, 1, 2):
        out.append(float_hex(float_step(x, steps)))
for k in range(-45, 39):
    x = to_float(float(Fraction(10) ** k))
    if x != 0 and not math.isinf(x):
        out += [float_hex(float_step(x, -1)), float_hex(x), float_hex(float_step(x, 1))]
for _ in range(2000):
    out.append("%08x" % r.randrange(1, 1 << 23))

for _ in range(20000):
    out.append("%08x" % r.randrange(0, 1 << 32))
for _ in range(20000):
    out.append("%016x" % r.randrange(0, 1 << 64))
out += ["0000000000000000", "8000000000000000", "7ff0000000000000", "fff0000000000000", "7ff8000000000000",
        "fff8000000000000", "7ff0000000000001", "7fefffffffffffff", "ffefffffffffffff", "0000000000000001",
        "000fffffffffffff", "0010000000000000", "00000000", "80000000", "7f800000", "ff800000", "7fc00000",
        "ffc00000", "7f800001", "7f7fffff", "ff7fffff", "00000001", "007fffff", "00800000"]
print("\n".join(out))
