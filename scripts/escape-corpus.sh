#!/usr/bin/env bash
# Compares `mapscope escape` with gc's own escape analysis, `go build -a -gcflags='-m -l'`, on the
# standard library (or the given patterns), run in $(go env GOROOT)/src.
# Usage: scripts/escape-corpus.sh [PATTERN...]   (default: std)
# Prints the agreement on map allocation sites (gc's lines about `make(map...)` and map literals
# that mapscope prints identically; the goal is 97 %) and on all of gc's escape-analysis lines
# (escapes, does not escape, moved to heap, leaking param; the goal is 90 %), and writes every
# disagreement ("-" gc's line that mapscope lacks, "+" mapscope's line that gc lacks) to
# target/escape-corpus/disagreements.txt. gc's lines at positions outside the packages' own
# files (code inlined from another package) count as disagreements too.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "escape-corpus: go is not on PATH" >&2; exit 2; }
root=$(go env GOROOT)/src
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
out=$CARGO_TARGET_DIR/escape-corpus
mkdir -p "$out"
pats=("$@"); [ ${#pats[@]} -eq 0 ] && pats=(std)
# Only escape analysis's messages: -m also reports inlining and bounds checks in some packages.
messages='(escapes to heap|does not escape|moved to heap: |leaking param|ignoring self-assignment|zero-copy string)'
normalise() { sed -e 's|^\./||' | grep -E "^[^#][^ ]*:[0-9]+:[0-9]+: .*$messages" | LC_ALL=C sort -u; }
# ESCAPE_CORPUS_REUSE_GC=1 keeps gc's answers from the previous run with the same patterns.
if [ "${ESCAPE_CORPUS_REUSE_GC:-0}" != 1 ] || [ "$(cat "$out/gc.patterns" 2>/dev/null)" != "${pats[*]}" ]; then
  (cd "$root" && go build -a -gcflags='-m -l' "${pats[@]}" 2>&1 >/dev/null || true) | normalise >"$out/gc.txt"
  echo "${pats[*]}" >"$out/gc.patterns"
fi
start=$(date +%s.%N)
"$CARGO_TARGET_DIR/release/mapscope" escape -C "$root" --tests=false "${pats[@]}" 2>"$out/mapscope.stderr" |
  normalise >"$out/mapscope.txt" || true
end=$(date +%s.%N)
if grep -q panicked "$out/mapscope.stderr"; then grep panicked "$out/mapscope.stderr" >&2; fi
both=$(LC_ALL=C comm -12 "$out/gc.txt" "$out/mapscope.txt" | wc -l)
gc_total=$(wc -l <"$out/gc.txt")
ms_total=$(wc -l <"$out/mapscope.txt")
map_lines() { grep -E ': (make\(map\[|map\[[^ ]*\{)' || true; }
map_gc=$(map_lines <"$out/gc.txt" | wc -l)
map_both=$(LC_ALL=C comm -12 "$out/gc.txt" "$out/mapscope.txt" | map_lines | wc -l)
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b ? 100 * a / b : 100 }'; }
echo "gc lines:              $gc_total"
echo "mapscope lines:        $ms_total"
echo "identical:             $both"
echo "agreement (all):       $(pct "$both" "$gc_total") % of gc's lines"
echo "map allocation sites:  $map_both of $map_gc"
echo "agreement (maps):      $(pct "$map_both" "$map_gc") %"
echo "mapscope escape time:  $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f s", e - s }')"
{
  LC_ALL=C comm -23 "$out/gc.txt" "$out/mapscope.txt" | sed 's/^/- /'
  LC_ALL=C comm -13 "$out/gc.txt" "$out/mapscope.txt" | sed 's/^/+ /'
} | LC_ALL=C sort -k2 >"$out/disagreements.txt"
echo "disagreements:         $out/disagreements.txt ($(wc -l <"$out/disagreements.txt") lines)"
