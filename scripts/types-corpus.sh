#!/usr/bin/env bash
# Compares `mapscope types --map-exprs` with the go/types oracle (tools/mapexprs) on all of GOROOT/src.
# Usage: scripts/types-corpus.sh [PATTERN...]   (default: ./... run in $(go env GOROOT)/src)
# Prints the agreement (lines in both / lines in either, as multisets) and lists the disagreements:
#   "-" lines only the oracle prints (missed), "+" lines only mapscope prints (wrong or extra).
# Exits 1 on any disagreement: every map line of GOROOT/src agrees today, so one new difference is a regression.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "types-corpus: go is not on PATH" >&2; exit 2; }
root=$(go env GOROOT)/src
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
(cd tools/mapexprs && go build -o "$CARGO_TARGET_DIR/mapexprs" .)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pats=("$@"); [ ${#pats[@]} -eq 0 ] && pats=(./...)
"$CARGO_TARGET_DIR/mapexprs" -C "$root" "${pats[@]}" >"$out/oracle.txt"
"$CARGO_TARGET_DIR/release/mapscope" types -C "$root" --map-exprs "${pats[@]}" >"$out/mapscope.txt"
LC_ALL=C sort "$out/oracle.txt" >"$out/o"; LC_ALL=C sort "$out/mapscope.txt" >"$out/m"
both=$(LC_ALL=C comm -12 "$out/o" "$out/m" | wc -l)
only_o=$(LC_ALL=C comm -23 "$out/o" "$out/m" | wc -l)
only_m=$(LC_ALL=C comm -13 "$out/o" "$out/m" | wc -l)
total=$((both + only_o + only_m))
echo "oracle lines:    $(wc -l <"$out/o")"
echo "mapscope lines:  $(wc -l <"$out/m")"
echo "in both:         $both"
echo "oracle only (-): $only_o"
echo "mapscope only (+): $only_m"
pct=$(awk -v b="$both" -v t="$total" 'BEGIN { printf "%.3f", t ? 100 * b / t : 100 }')
echo "agreement:       $pct %"
LC_ALL=C comm -23 "$out/o" "$out/m" | sed 's/^/- /'
LC_ALL=C comm -13 "$out/o" "$out/m" | sed 's/^/+ /'
[ "$only_o" -eq 0 ] && [ "$only_m" -eq 0 ]
