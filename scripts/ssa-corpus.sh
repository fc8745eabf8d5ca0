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
LC_ALL=C sort "$out/oracle.txt" >"$out/o"; LC_ALL=C sort "$out/mapscope.txt" >"$out/m"
both=$(LC_ALL=C comm -12 "$out/o" "$out/m" | wc -l)
only_o=$(LC_ALL=C comm -23 "$out/o" "$out/m" | wc -l)
only_m=$(LC_ALL=C comm -13 "$out/o" "$out/m" | wc -l)
total=$((both + only_o + only_m))
echo "oracle functions:   $(wc -l <"$out/o")"
echo "mapscope functions: $(wc -l <"$out/m")"
echo "identical:          $both"
echo "oracle only (-):    $only_o"
echo "mapscope only (+):  $only_m"
pct=$(awk -v b="$both" -v t="$total" 'BEGIN { printf "%.3f", t ? 100 * b / t : 100 }')
echo "agreement:          $pct %"
{
  LC_ALL=C comm -23 "$out/o" "$out/m" | sed 's/^/- /'
  LC_ALL=C comm -13 "$out/o" "$out/m" | sed 's/^/+ /'
} >"$out/mismatches"
status=0
if [ "$bless" = 1 ]; then
  cp "$out/mismatches" "$expected"
  echo "recorded $((only_o + only_m)) differing lines in $expected"
elif diff -u "$expected" "$out/mismatches" >"$out/diff"; then
  echo "differences:        the $((only_o + only_m)) lines recorded in $expected"
else
  echo "differences from $expected (a line added below is a regression; a line removed is a fix,"
  echo "to be recorded with scripts/ssa-corpus.sh --bless):"
  tail -n +3 "$out/diff"
  status=1
fi
# The verifier over the same tree: every function verifies and nothing panics.
verified=$("$CARGO_TARGET_DIR/release/mapscope" ssa -C "$root" --verify "${pats[@]}" 2>"$out/violations" | tail -1) || true
echo "$verified"
if grep -q 'panicked' "$out/violations"; then grep 'panicked' "$out/violations" >&2; status=1; fi
case "$verified" in
  *": 0 violations") ;;
  *) sed 's/^/violation: /' "$out/violations"; status=1 ;;
esac
exit $status
