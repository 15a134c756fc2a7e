# Makefile — entry points for users and CI. See README.md.
#
#   make demo         install what is missing, build, compile+link+run a hello world
#   make test         install what is missing, build, unit tests, conformance suites
#   make build        swift build -c release, then the runtime (Runtime/build: libr2rrt.a,
#                     CoreLib.dll, CoreLib.o into .build/runtime)
#   make conformance  only the suites under Conformance/ (no bootstrap, no build)
#   make runtime      the runtime's own tests (Runtime/test/run)
#   make bench        build, then time r2r-ld against wasm-ld 21 (bench/linker/run) and
#                     the metadata reader on mscorlib (bench/metadata/run) and the
#                     generated code against mono and clang (bench/managed/run)
#   make bootstrap    install/check the reference tools (scripts/bootstrap)
#   make clean        remove build products

SHELL := /bin/bash

# The Swift toolchain is not on a plain shell's PATH. /usr/local/bin comes
# before any pyenv shims so that `wasmtime` and `wasm-tools` are the native
# binaries scripts/bootstrap links there, not Python wrappers.
SWIFT_BIN := /opt/swift/usr/bin
export PATH := $(SWIFT_BIN):/usr/local/bin:$(PATH)

SWIFT_CONFIG := -c release

.PHONY: bootstrap build test conformance runtime demo clean bench

bootstrap:
	scripts/bootstrap

build:
	swift build $(SWIFT_CONFIG)
	Runtime/build

test: bootstrap
	swift build $(SWIFT_CONFIG)
	Runtime/build
	swift test $(SWIFT_CONFIG)
	@$(MAKE) --no-print-directory conformance
	@$(MAKE) --no-print-directory runtime

runtime:
	Runtime/test/run

# Every Conformance/<name>/run, run from the repository root. All suites run;
# the target fails if any of them fails (or if a run script is not executable).
conformance:
	@suites=0; failed=(); \
	for run in Conformance/*/run; do \
	    [[ -e $$run ]] || continue; \
	    name=$${run#Conformance/}; name=$${name%/run}; \
	    suites=$$((suites + 1)); \
	    echo "== conformance: $$name"; \
	    if [[ ! -x $$run ]]; then \
	        echo "conformance: $$run is not executable" >&2; failed+=("$$name"); \
	    elif ! "./$$run"; then \
	        failed+=("$$name"); \
	    fi; \
	done; \
	if (( $${#failed[@]} )); then \
	    echo "conformance: FAILED: $${failed[*]} ($${#failed[@]} of $$suites suites)" >&2; exit 1; \
	fi; \
	if (( suites == 0 )); then echo "conformance: no suites under Conformance/"; \
	else echo "conformance: all $$suites suite(s) passed"; fi

demo: bootstrap
	swift build $(SWIFT_CONFIG)
	Runtime/build
	scripts/demo.sh

bench: bootstrap build
	bench/linker/run
	bench/metadata/run
	bench/managed/run

clean:
	rm -rf .build
