#!/usr/bin/env python3
"""cases.py — inputs for unit.c and the outputs they must give (fixed seed).

  cases.py utf8 IN OUT     byte strings (edge cases and random ones) and their
                           UTF-16, decoded as Python does: each maximal invalid
                           subpart becomes U+FFFD (Unicode §3.9)
  cases.py native IN OUT   NativeArrays (make_image.py's encoder) of random
                           presence patterns, sizes and block-offset widths, and
                           every lookup's result; then damaged copies (truncated,
                           a bit flipped), for which only completing matters
  cases.py native-check OUT ACTUAL
                           compares unit.c's native output with OUT
"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "image"))
from make_image import encode_unsigned, native_array  # noqa: E402

r = random.Random(7)


def utf8(inp, out):
    cases = [b"", b"abc", "é€😀中".encode(), b"\x80", b"\xc0\x80", b"\xc2", b"\xe0\x80", b"\xe0\xa0",
             b"\xed\xa0\x80", b"\xed\x9f\xbf", b"\xf0\x80\x80\x80", b"\xf4\x90\x80\x80", b"\xf4\x8f\xbf\xbf",
             b"\xf5", b"\xff", b"\xe2\x82", b"\xe2\x82x", b"\xf0\x9f\x98", b"a\xf0\x9f\x98b"]
    alphabet = list(range(1, 256))
    for _ in range(3000):
        cases.append(bytes(r.choice(alphabet) for _ in range(r.randrange(1, 12))))
    for _ in range(1000):
        text = "".join(chr(r.choice([r.randrange(0x20, 0x7F), r.randrange(0x80, 0x800), r.randrange(0x800, 0xD800),
                                     r.randrange(0xE000, 0x10000), r.randrange(0x10000, 0x110000)])) for _ in range(6))
        cases.append(text.encode())
    with open(inp, "w") as i, open(out, "w") as o:
        for case in cases:
            i.write(case.hex() + "\n")
            o.write(case.decode("utf-8", "replace").encode("utf-16-be").hex() + "\n")


def native(inp, out):
    with open(inp, "w") as i, open(out, "w") as o:
        arrays = []
        for _ in range(400):
            count = r.choice([0, 1, 2, 15, 16, 17, 31, 33, r.randrange(1, 200), r.randrange(200, 3000)])
            density = r.random()
            values = [r.randrange(0, 1 << r.choice([6, 13, 20, 27, 32])) if r.random() < density else None for _ in range(count)]
            size = r.choice([None, None, 1, 2, 4])
            try:
                data = native_array([encode_unsigned(v) if v is not None else None for v in values], size)
            except ValueError:  # the block offsets do not fit the forced size
                continue
            arrays.append((values, data))
            i.write("%d %s\n" % (count, data.hex()))
            o.write("".join(" %d" % v if v is not None else " absent" for v in values) + " absent absent\n")
        # Damaged copies: any answer will do (a flipped bit can make another valid
        # array), as long as every lookup stays inside the data and answers.
        for values, data in arrays[:150]:
            for _ in range(4):
                damaged = bytearray(data)
                if r.random() < 0.5 and len(damaged) > 1:
                    del damaged[r.randrange(1, len(damaged)):]
                else:
                    damaged[r.randrange(len(damaged))] ^= 1 << r.randrange(8)
                i.write("%d %s\n" % (len(values), bytes(damaged).hex()))
                o.write("damaged %d\n" % (len(values) + 2))


def native_check(expected, actual):
    expected, actual = open(expected).read().splitlines(), open(actual).read().splitlines()
    if len(expected) != len(actual):
        sys.exit("native: %d results for %d arrays" % (len(actual), len(expected)))
    bad = 0
    for n, (e, a) in enumerate(zip(expected, actual), 1):
        ok = len(a.split()) == int(e.split()[1]) if e.startswith("damaged") else e == a
        if not ok:
            bad += 1
            if bad <= 5:
                print("native case %d: expected%s\n got%s" % (n, e[:200], a[:200]))
    if bad:
        sys.exit("native: %d of %d cases differ" % (bad, len(expected)))


if __name__ == "__main__":
    {"utf8": utf8, "native": native, "native-check": native_check}[sys.argv[1]](sys.argv[2], sys.argv[3])
