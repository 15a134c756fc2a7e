#!/usr/bin/env bash
# scripts/demo.sh — compile a hello-world C program for wasm32-wasi with clang 21,
# link it against wasi-libc with r2r-ld, run it under wasmtime, and show that
# wasm-ld 21 writes the very same bytes for the same command line.
#
#   LD=<linker> scripts/demo.sh     link with another wasm-ld-compatible linker
#                                   (default: this repository's r2r-ld)
set -euo pipefail

SWIFT_BIN=/opt/swift/usr/bin
CLANG=$SWIFT_BIN/clang
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LD=${LD:-$REPO/.build/release/r2r-ld}
REFERENCE_LD=$SWIFT_BIN/wasm-ld
WASMTIME=${WASMTIME:-wasmtime}
WASI_SYSROOT=/usr/lib/wasm32-wasi
WASI_INCLUDE=/usr/include/wasm32-wasi
WASM32_BUILTINS=/usr/lib/llvm-14/lib/clang/14.0.6/lib/wasi/libclang_rt.builtins-wasm32.a

tmp=$(mktemp -d "${TMPDIR:-/tmp}/r2r-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Print each command before running it.
run() { echo "+ $*" >&2; "$@"; }

cat >"$tmp/hello.c" <<'C'
#include <stdio.h>

int main(int argc, char **argv) {
    printf("hello, world from %s (wasm32-wasi, %d arg%s)\n",
           argv[0], argc, argc == 1 ? "" : "s");
    return 0;
}
C

run "$CLANG" --target=wasm32-wasi -isystem "$WASI_INCLUDE" -O2 -c "$tmp/hello.c" -o "$tmp/hello.o"
mkdir -p "$tmp/reference"
link_args=("$WASI_SYSROOT/crt1-command.o" "$tmp/hello.o" -L"$WASI_SYSROOT" -lc "$WASM32_BUILTINS")
run "$LD" "${link_args[@]}" -o "$tmp/hello.wasm"
run "$WASMTIME" "$tmp/hello.wasm"
run "$REFERENCE_LD" "${link_args[@]}" -o "$tmp/reference/hello.wasm"
if cmp -s "$tmp/hello.wasm" "$tmp/reference/hello.wasm"; then
    echo "r2r-ld and wasm-ld 21 wrote identical modules ($(wc -c <"$tmp/hello.wasm") bytes)"
else
    echo "r2r-ld and wasm-ld 21 outputs differ" >&2
    exit 1
fi
