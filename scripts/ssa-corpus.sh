#!/usr/bin/env bash
# Compares `mapscope ssa --map-ops` with the go/ssa oracle (tools/ssamapops) on all of GOROOT/src,
# then runs `mapscope ssa --verify` there.
# Usage: scripts/ssa-corpus.sh [PATTERN...]   (default: ./... run in $(go env GOROOT)/src)
# Prints the agreement (functions whose line is identical / functions in either) and lists the
# disagreements: "-" lines only the oracle prints, "+" lines only mapscope prints.
# Exits 1 when agreement falls below $SSA_MIN_AGREEMENT (a ratchet: 99.3 %, what the builder
# reaches today; the goal is 99.5 %) or the builder panics. Verifier violations are listed and
# counted, not yet fatal (15 today).
set -euo pipefail
cd "$(dirname "$0")/.."
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
LC_ALL=C comm -23 "$out/o" "$out/m" | sed 's/^/- /'
LC_ALL=C comm -13 "$out/o" "$out/m" | sed 's/^/+ /'
"$CARGO_TARGET_DIR/release/mapscope" ssa -C "$root" --verify "${pats[@]}" 2>"$out/violations" || true
grep -v 'panicked' "$out/violations" | sed 's/^/violation: /' || true
min=${SSA_MIN_AGREEMENT:-99.3}
status=0
if grep -q 'panicked' "$out/violations"; then grep 'panicked' "$out/violations" >&2; status=1; fi
awk -v p="$pct" -v m="$min" 'BEGIN { exit !(p >= m) }' || { echo "ssa-corpus: agreement below $min %" >&2; status=1; }
exit $status
