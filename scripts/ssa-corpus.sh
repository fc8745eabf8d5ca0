#!/usr/bin/env bash
# Compares `mapscope ssa --map-ops` with the go/ssa oracle (tools/ssamapops) on all of GOROOT/src,
# then runs `mapscope ssa --verify` there.
# Usage: scripts/ssa-corpus.sh [--bless] [PATTERN...]   (default: ./... run in $(go env GOROOT)/src)
# Prints the agreement (functions whose line is identical / functions in either; the goal is
# 99.5 %) and the differing lines, "-" for the oracle's and "+" for mapscope's, which are recorded
# in scripts/ssa-corpus.expected: the run fails when they change in either direction (a fix is
# recorded with --bless, so the diff shows it), when a function does not verify, or when the
# builder panics.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/oracle-compare.sh
source scripts/oracle-compare.sh
expected=scripts/ssa-corpus.expected
bless=0
if [ "${1:-}" = --bless ]; then bless=1; shift; fi
command -v go >/dev/null || { echo "ssa-corpus: go is not on PATH" >&2; exit 2; }
root=$(go env GOROOT)/src
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
(cd tools/ssamapops && go build -o "$CARGO_TARGET_DIR/ssamapops" .)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pats=("$@"); [ ${#pats[@]} -eq 0 ] && pats=(./...)
"$CARGO_TARGET_DIR/ssamapops" -C "$root" "${pats[@]}" >"$out/oracle.txt"
"$CARGO_TARGET_DIR/release/mapscope" ssa -C "$root" --map-ops "${pats[@]}" >"$out/mapscope.txt"
compare_lines "$out/oracle.txt" "$out/mapscope.txt" functions "$out/mismatches"
status=0
check_ratchet "$out/mismatches" "$expected" "$bless" scripts/ssa-corpus.sh || status=1
# The verifier over the same tree: every function verifies and nothing panics.
verified=$("$CARGO_TARGET_DIR/release/mapscope" ssa -C "$root" --verify "${pats[@]}" 2>"$out/violations" | tail -1) || true
echo "$verified"
if grep -q 'panicked' "$out/violations"; then grep 'panicked' "$out/violations" >&2; status=1; fi
case "$verified" in
  *": 0 violations") ;;
  *) sed 's/^/violation: /' "$out/violations"; status=1 ;;
esac
exit $status
