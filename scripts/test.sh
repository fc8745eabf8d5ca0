#!/usr/bin/env bash
# The whole test suite: what README.md's second command runs, locally and in CI (.ci/run).
# It first installs what it lacks (scripts/deps.sh: Go 1.19 and its source, valgrind, Go 1.26).
set -euo pipefail
cd "$(dirname "$0")/.."
export INSTA_UPDATE=no CI=${CI:-true}

# Each step names the seconds since the start, so a slow step shows in CI's log.
step() { printf '\n==> %s (at %d s)\n' "$*" "$SECONDS"; }

step "dependencies"
# shellcheck source=scripts/deps.sh
source scripts/deps.sh
go version

step "rustfmt and clippy"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

step "tidy"
scripts/tidy.sh

step "rustdoc: no broken links or malformed docs, private items included"
RUSTDOCFLAGS="${RUSTDOCFLAGS:-} -D warnings" cargo doc --workspace --locked --no-deps --document-private-items

step "cargo test (unit, integration, committed expectations, bounded parser fuzzing; no Go program runs)"
# Default targets plus doctests; benches are compiled by clippy --all-targets and run by scripts/bench-*.sh.
cargo test --workspace --locked

step "gomap's portable path (SWAR matching, no chain filter), as on non-x86-64 targets"
RUSTFLAGS="${RUSTFLAGS:-} --cfg gomap_portable" CARGO_TARGET_DIR=target/portable \
  cargo test --locked -p gomap --lib --test behaviour --test api

step "SyncMap's loom models (every interleaving up to three preemptions, about 10 s)"
RUSTFLAGS="${RUSTFLAGS:-} --cfg loom" CARGO_TARGET_DIR=target/loom \
  cargo test --locked -p gomap --test sync_map_loom --release

step "gomap vs Go 1.19's runtime (the committed trajectories re-checked against it)"
GOMAP_ORACLE=go119 cargo test --locked -p gomap --test behaviour oracle

step "gomap under valgrind memcheck"
scripts/valgrind-gomap.sh

step "parser fixtures' golden files vs go/parser (bless with scripts/parse-fixtures-oracle.sh --bless)"
scripts/parse-fixtures-oracle.sh

step "parser vs go/parser on every .go file of GOROOT/src"
scripts/parse-corpus.sh

step "type-checker fixtures' expectations vs go/types"
scripts/types-fixtures-oracle.sh

step "type checker vs go/types on GOROOT/src"
scripts/types-corpus.sh >/tmp/mapscope-types-corpus.txt || { cat /tmp/mapscope-types-corpus.txt; exit 1; }
sed -n '1,/^agreement/p' /tmp/mapscope-types-corpus.txt

step "identifiers' objects and selections vs go/types on GOROOT/src (ratchet)"
scripts/types-objects-corpus.sh >/tmp/mapscope-types-objects.txt || { cat /tmp/mapscope-types-objects.txt; exit 1; }
sed -n '1,/^agreement/p' /tmp/mapscope-types-objects.txt

step "SSA fixtures' map operations vs go/ssa"
scripts/ssa-fixtures-oracle.sh

step "nil-map-write corpus labels vs go run, and the check's recall and precision"
scripts/check-corpus-oracle.sh

step "map-elem-addr fixtures vs gc (every want line rejected) and go/types' error lines"
scripts/mapelem-oracle.sh

step "escape fixtures' golden files vs gc's -m -l (bless with scripts/escape-fixtures-oracle.sh --bless)"
scripts/escape-fixtures-oracle.sh

step "race corpus labels vs the race detector (5 runs of each program)"
scripts/race-corpus-oracle.sh

step "SSA map operations vs go/ssa on GOROOT/src, and the verifier there"
scripts/ssa-corpus.sh >/tmp/mapscope-ssa-corpus.txt || { cat /tmp/mapscope-ssa-corpus.txt; exit 1; }
sed -n '1,/^agreement/p' /tmp/mapscope-ssa-corpus.txt

step "type errors vs go/types on Go's test/ and test/fixedbugs (ratchet)"
scripts/types-errors-corpus.sh >/tmp/mapscope-types-errors.txt || { cat /tmp/mapscope-types-errors.txt; exit 1; }
sed -n '1,6p' /tmp/mapscope-types-errors.txt

step "mapscope ssa's HTML page rendered in headless Chromium"
scripts/ssa-html-chromium.sh

step "mapscope sim's HTML report rendered in headless Chromium"
scripts/sim-report-chromium.sh

step "all tests passed"
