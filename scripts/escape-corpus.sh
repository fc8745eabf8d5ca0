#!/usr/bin/env bash
# Compares `mapscope escape` with gc's own escape analysis on the standard library (or the given
# patterns), run in $(go env GOROOT)/src, in two modes: inlining off (`go build -a
# -gcflags='-m -l'` against `mapscope escape -l`) and gc's default, inlining on (`go build -a
# -gcflags=-m` against `mapscope escape`).
# Usage: scripts/escape-corpus.sh [PATTERN...]   (default: std)
# ESCAPE_CORPUS_MODES="l m" chooses the modes ("l": -m -l, "m": plain -m; both by default).
# For each mode it prints the agreement on map allocation sites (gc's lines about `make(map...)`
# and map literals that mapscope prints identically; the goal for -m -l is 97 %) and on all of
# gc's escape-analysis lines (escapes, does not escape, moved to heap, leaking param; the goal
# for -m -l is 90 %), and writes every disagreement ("-" gc's line that mapscope lacks, "+"
# mapscope's line that gc lacks) to target/escape-corpus/MODE/disagreements.txt. gc's lines at
# positions outside the packages' own files (code inlined from another package) count as
# disagreements too.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "escape-corpus: go is not on PATH" >&2; exit 2; }
root=$(go env GOROOT)/src
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
pats=("$@"); [ ${#pats[@]} -eq 0 ] && pats=(std)
# Only escape analysis's messages: -m also reports inlining and bounds checks.
messages='(escapes to heap|does not escape|moved to heap: |leaking param|ignoring self-assignment|zero-copy string)'
normalise() { sed -e 's|^\./||' | grep -E "^[^#][^ ]*:[0-9]+:[0-9]+: .*$messages" | LC_ALL=C sort -u; }
map_lines() { grep -E ': (make\(map\[|map\[[^ ]*\{)' || true; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b ? 100 * a / b : 100 }'; }

# compare MODE GCFLAGS [MAPSCOPE_FLAG...]
compare() {
  local mode=$1 gcflags=$2
  shift 2
  out=$CARGO_TARGET_DIR/escape-corpus/$mode
  mkdir -p "$out"
  # ESCAPE_CORPUS_REUSE_GC=1 keeps gc's answers from the previous run with the same patterns.
  if [ "${ESCAPE_CORPUS_REUSE_GC:-0}" != 1 ] || [ "$(cat "$out/gc.patterns" 2>/dev/null)" != "${pats[*]}" ]; then
    (cd "$root" && go build -a -gcflags="$gcflags" "${pats[@]}" 2>&1 >/dev/null || true) >"$out/gc-raw.txt"
    echo "${pats[*]}" >"$out/gc.patterns"
  fi
  normalise <"$out/gc-raw.txt" >"$out/gc.txt"
  local start end
  start=$(date +%s.%N)
  "$CARGO_TARGET_DIR/release/mapscope" escape "$@" -C "$root" --tests=false "${pats[@]}" 2>"$out/mapscope.stderr" \
    >"$out/mapscope-raw.txt" || true
  end=$(date +%s.%N)
  normalise <"$out/mapscope-raw.txt" >"$out/mapscope.txt"
  if grep -q panicked "$out/mapscope.stderr"; then grep panicked "$out/mapscope.stderr" >&2; fi
  local both gc_total ms_total map_gc map_both
  both=$(LC_ALL=C comm -12 "$out/gc.txt" "$out/mapscope.txt" | wc -l)
  gc_total=$(wc -l <"$out/gc.txt")
  ms_total=$(wc -l <"$out/mapscope.txt")
  map_gc=$(map_lines <"$out/gc.txt" | wc -l)
  map_both=$(LC_ALL=C comm -12 "$out/gc.txt" "$out/mapscope.txt" | map_lines | wc -l)
  echo "== gc -gcflags='$gcflags' against mapscope escape $*"
  echo "gc lines:              $gc_total"
  echo "mapscope lines:        $ms_total"
  echo "identical:             $both"
  echo "agreement (all):       $(pct "$both" "$gc_total") % of gc's lines"
  echo "map allocation sites:  $map_both of $map_gc"
  echo "agreement (maps):      $(pct "$map_both" "$map_gc") %"
  # Which functions gc can inline (plain -m only): gc's `can inline F` lines, closures included.
  if [ "$mode" = m ]; then
    local inl_gc inl_ms inl_both
    inline_lines() { sed -e 's|^\./||' | grep -E '^[^#][^ ]*:[0-9]+:[0-9]+: can inline ' | LC_ALL=C sort -u; }
    inline_lines <"$out/gc-raw.txt" >"$out/gc-inline.txt"
    inline_lines <"$out/mapscope-raw.txt" >"$out/mapscope-inline.txt"
    inl_both=$(LC_ALL=C comm -12 "$out/gc-inline.txt" "$out/mapscope-inline.txt" | wc -l)
    inl_gc=$(wc -l <"$out/gc-inline.txt")
    inl_ms=$(wc -l <"$out/mapscope-inline.txt")
    echo "can inline:            $inl_both of gc's $inl_gc ($(pct "$inl_both" "$inl_gc") %), of mapscope's $inl_ms ($(pct "$inl_both" "$inl_ms") %)"
  fi
  echo "mapscope escape time:  $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f s", e - s }')"
  {
    LC_ALL=C comm -23 "$out/gc.txt" "$out/mapscope.txt" | sed 's/^/- /'
    LC_ALL=C comm -13 "$out/gc.txt" "$out/mapscope.txt" | sed 's/^/+ /'
  } | LC_ALL=C sort -k2 >"$out/disagreements.txt"
  echo "disagreements:         $out/disagreements.txt ($(wc -l <"$out/disagreements.txt") lines)"
}

for mode in ${ESCAPE_CORPUS_MODES:-l m}; do
  case $mode in
    l) compare l '-m -l' -l ;;
    m) compare m '-m' ;;
    *) echo "escape-corpus: unknown mode $mode (l or m)" >&2; exit 2 ;;
  esac
done
