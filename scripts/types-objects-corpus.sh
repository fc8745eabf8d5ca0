#!/usr/bin/env bash
# Compares `mapscope types --objects` with the go/types oracle (tools/typesobjects) on all of
# GOROOT/src: what every identifier declares or uses, the implicit objects and the selections.
# Usage: scripts/types-objects-corpus.sh [--bless] [PATTERN...]   (default: ./... in $(go env GOROOT)/src)
# Prints the agreement (lines in both / lines in either, as multisets) and the differing lines,
# "-" for the oracle's and "+" for mapscope's, which are recorded in
# scripts/types-objects-corpus.expected: the run fails when they change in either direction (a fix
# is recorded with --bless, so the diff shows it).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/oracle-compare.sh
source scripts/oracle-compare.sh
expected=scripts/types-objects-corpus.expected
bless=0
if [ "${1:-}" = --bless ]; then bless=1; shift; fi
command -v go >/dev/null || { echo "types-objects-corpus: go is not on PATH" >&2; exit 2; }
root=$(go env GOROOT)/src
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
(cd tools/typesobjects && go build -o "$CARGO_TARGET_DIR/typesobjects" .)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pats=("$@"); [ ${#pats[@]} -eq 0 ] && pats=(./...)
"$CARGO_TARGET_DIR/typesobjects" -C "$root" "${pats[@]}" 2>"$out/oracle.err" >"$out/o"
# cgo's generated files live in the build cache: spelled from $GOCACHE, the recorded lines do not
# depend on where the cache is.
cache=$(go env GOCACHE)
sed -i "s|$cache/|\$GOCACHE/|g" "$out/o"
"$CARGO_TARGET_DIR/release/mapscope" types -C "$root" --objects "${pats[@]}" >"$out/m"
compare_lines "$out/o" "$out/m" lines "$out/mismatches"
check_ratchet "$out/mismatches" "$expected" "$bless" scripts/types-objects-corpus.sh
