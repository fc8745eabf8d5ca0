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
"$CARGO_TARGET_DIR/typesobjects" -C "$root" "${pats[@]}" 2>"$out/oracle.err" | LC_ALL=C sort >"$out/o"
"$CARGO_TARGET_DIR/release/mapscope" types -C "$root" --objects "${pats[@]}" | LC_ALL=C sort >"$out/m"
both=$(LC_ALL=C comm -12 "$out/o" "$out/m" | wc -l)
only_o=$(LC_ALL=C comm -23 "$out/o" "$out/m" | wc -l)
only_m=$(LC_ALL=C comm -13 "$out/o" "$out/m" | wc -l)
total=$((both + only_o + only_m))
echo "oracle lines:      $(wc -l <"$out/o")"
echo "mapscope lines:    $(wc -l <"$out/m")"
echo "in both:           $both"
echo "oracle only (-):   $only_o"
echo "mapscope only (+): $only_m"
pct=$(awk -v b="$both" -v t="$total" 'BEGIN { printf "%.3f", t ? 100 * b / t : 100 }')
echo "agreement:         $pct %"
{
  LC_ALL=C comm -23 "$out/o" "$out/m" | sed 's/^/- /'
  LC_ALL=C comm -13 "$out/o" "$out/m" | sed 's/^/+ /'
} >"$out/mismatches"
if [ "$bless" = 1 ]; then
  cp "$out/mismatches" "$expected"
  echo "recorded $((only_o + only_m)) differing lines in $expected"
elif diff -u "$expected" "$out/mismatches" >"$out/diff"; then
  echo "differences:       the $((only_o + only_m)) lines recorded in $expected"
else
  echo "differences from $expected (a line added below is a regression; a line removed is a fix,"
  echo "to be recorded with scripts/types-objects-corpus.sh --bless):"
  tail -n +3 "$out/diff"
  exit 1
fi
