#!/usr/bin/env bash
# The whole test suite: what README.md's second command runs, locally and in CI.
# Needs Go 1.26 as `go`, Go 1.19 at /usr/lib/go-1.19 and valgrind (`bash .ci/run` installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
export INSTA_UPDATE=no CI=${CI:-true}

step() { printf '\n==> %s\n' "$*"; }

step "tidy"
scripts/tidy.sh

step "rustdoc: no broken links or malformed docs, private items included"
RUSTDOCFLAGS="${RUSTDOCFLAGS:-} -D warnings" cargo doc --workspace --locked --no-deps --document-private-items

step "cargo test (unit, integration, Go oracles on fixtures, bounded parser fuzzing)"
# Default targets plus doctests; benches are compiled by clippy --all-targets and run by scripts/bench-*.sh.
cargo test --workspace --locked

step "gomap's portable path (SWAR matching, no chain filter), as on non-x86-64 targets"
RUSTFLAGS="${RUSTFLAGS:-} --cfg gomap_portable" CARGO_TARGET_DIR=target/portable \
  cargo test --locked -p gomap --lib --test behaviour --test api

step "gomap under valgrind memcheck"
scripts/valgrind-gomap.sh

step "parser vs go/parser on every .go file of GOROOT/src"
scripts/parse-corpus.sh

step "type checker vs go/types on GOROOT/src"
scripts/types-corpus.sh >/tmp/mapscope-types-corpus.txt || { cat /tmp/mapscope-types-corpus.txt; exit 1; }
sed -n '1,/^agreement/p' /tmp/mapscope-types-corpus.txt

step "type errors vs go/types on Go's test/ and test/fixedbugs (ratchet)"
scripts/types-errors-corpus.sh >/tmp/mapscope-types-errors.txt || { cat /tmp/mapscope-types-errors.txt; exit 1; }
sed -n '1,5p' /tmp/mapscope-types-errors.txt

step "all tests passed"
