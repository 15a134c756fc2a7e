#!/usr/bin/env bash
# scripts/demo.sh — the toolchain end to end on a C# hello world: mcs builds the
# assembly, r2r-cc compiles it to a relocatable wasm object, r2r-ld links it with
# the core library and the C runtime (scripts/r2r-link), wasmtime runs it, and
# mono runs the same assembly for comparison. Then wasm-ld 21 links the same
# inputs with the same command line, and the two modules must be identical.
#
# Needs `make build` (r2r-cc, r2r-ld, and the runtime in .build/runtime).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
R2R_CC=${R2R_CC:-$REPO/.build/release/r2r-cc}
WASMTIME=${WASMTIME:-wasmtime}
REFERENCE_LD=/opt/swift/usr/bin/wasm-ld

tmp=$(mktemp -d "${TMPDIR:-/tmp}/r2r-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

# Print each command before running it.
run() { echo "+ $*" >&2; "$@"; }

cat >Hello.cs <<'CS'
using System;

class Hello
{
    static int Square(int x) { return x * x; }

    static int Main(string[] args)
    {
        Console.WriteLine("Hello, world!");
        Console.WriteLine("args: " + args.Length.ToString());
        for (int i = 1; i <= 3; i++)
            Console.WriteLine(i.ToString() + " squared is " + Square(i).ToString());
        Console.WriteLine(Math.Sqrt(2.0));
        return 0;
    }
}
CS

run mcs -nologo -out:Hello.exe Hello.cs
run "$R2R_CC" Hello.exe -o Hello.o
run "$REPO/scripts/r2r-link" Hello.o -o hello.wasm
run "$WASMTIME" hello.wasm one two
echo "--- the same assembly under mono:" >&2
run mono Hello.exe one two
mkdir reference
run env R2R_LD="$REFERENCE_LD" "$REPO/scripts/r2r-link" Hello.o -o reference/hello.wasm
if cmp -s hello.wasm reference/hello.wasm; then
    echo "r2r-ld and wasm-ld 21 wrote identical modules ($(wc -c <hello.wasm) bytes)"
else
    echo "r2r-ld and wasm-ld 21 outputs differ" >&2
    exit 1
fi
