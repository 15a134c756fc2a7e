#!/usr/bin/env python3
"""fuzz.py — damages a registered image one byte (or its size) at a time and
checks that the runtime either runs the program or stops with its own error:

  fuzz.py WASMTIME PROGRAM.wasm OFFSETS.json PREFIX COUNT

Each run sets R2R_TEST_MUTATE (harness.c) to one random change of the R2R
header, the import section and its InjectStringThunks keys, the
MethodDefEntryPoints NativeArray or the WebCIL payload (mostly its headers and
metadata tables), or registers a truncated payload. A run passes when it exits
0, or exits 1 with stderr starting "r2r: error: ". The one trap allowed is
"indirect call type mismatch": when damage makes the metadata describe Main
with another signature, or sends MethodDef to another method's code, the
runtime calls code through a thunk of another type, and wasm offers no way to
check a function's type before calling it. Fixed seed; prints a summary.
"""
import json
import random
import subprocess
import sys


def main():
    wasmtime, program, offsets_path, prefix, count = sys.argv[1:6]
    offsets = json.load(open(offsets_path))
    r = random.Random(1234)

    # (region, offsets that may be damaged): not the thunk and RuntimeFunctions
    # values or RuntimeFunctions' address, which are function-table indices.
    header = [o for o in range(64) if o not in range(40, 44)]
    thunk_bytes, at = [0], 1
    for key in offsets["thunk_keys"]:
        thunk_bytes += range(at, at + len(key) + 1)
        at += len(key) + 5
    thunk_bytes.append(at)
    structural = range(min(offsets["webcil_size"], offsets["main_signature"] + 64))
    regions = [("header", header, 2), ("imports", range(20), 1), ("signatures", range(4), 1), ("thunks", thunk_bytes, 2),
               ("entry_points", range(offsets["entry_points_size"]), 2), ("webcil", structural, 8),
               ("webcil", range(offsets["webcil_size"]), 2)]
    weighted = [region for region in regions for _ in range(region[2])]

    # Compiled once, not once a run.
    precompiled = program + ".cwasm"
    subprocess.run([wasmtime, "compile", program, "-o", precompiled], check=True)

    outcomes = {"ran": 0, "error": 0, "type mismatch": 0}
    failures = []
    for n in range(int(count)):
        if n % 8 == 7:
            mutation = "%s.webcil:size:%d" % (prefix, r.randrange(offsets["webcil_size"]))
        else:
            name, places, _ = r.choice(weighted)
            value = r.randrange(256) if r.random() < 0.5 else None
            place = r.choice(list(places))
            mutation = "%s.%s:%d:%s" % (prefix, name, place, "flip%d" % r.randrange(8) if value is None else value)
        run = subprocess.run([wasmtime, "run", "--allow-precompiled", "--env", "R2R_TEST_MUTATE=" + mutation, precompiled, "a"],
                             capture_output=True, timeout=60)
        stderr = run.stderr.decode("utf-8", "replace")
        if run.returncode == 0:
            outcomes["ran"] += 1
        elif run.returncode == 1 and stderr.startswith("r2r: error: ") and stderr.count("\n") == 1:
            outcomes["error"] += 1
        elif "indirect call type mismatch" in stderr:
            outcomes["type mismatch"] += 1
        else:
            failures.append("%s: exit %d: %s" % (mutation, run.returncode, stderr.strip()[:300]))
    print("fuzz: %s runs: %d ran, %d stopped with an r2r error, %d indirect call type mismatches, %d failures" % (
        count, outcomes["ran"], outcomes["error"], outcomes["type mismatch"], len(failures)))
    for failure in failures[:10]:
        print("  " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
