#!/usr/bin/env bash
# Times `mapscope check ./...` over all of GOROOT/src next to type-checking the same tree, in one
# run on one machine (release build; alternating runs, so drift in the machine's load hits all
# alike): `mapscope types ./...`, `mapscope check --disable concurrent-map-access ./...` (the
# nil-map checks alone) and `mapscope check ./...` (every default check). With --staticcheck it
# also runs staticcheck (default checks, its cache emptied before each run) on the same packages.
# Usage: scripts/bench-check.sh [RUNS] [--staticcheck]   (default 3 runs of each)
# Prints each command's median wall time, median CPU time (user + system) and peak RSS
# (/usr/bin/time -v), then the ratios the issues set goals for: check at most 1.5x types (issue
# 16), the concurrency check adding at most 30 % to check (issue 17), check at least 10x faster
# than staticcheck (issue 16). On a machine shared with other jobs the CPU times are the steadier
# measure.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "bench-check: go is not on PATH" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-check: /usr/bin/time (GNU time) is missing" >&2; exit 2; }
runs=3
staticcheck=
for arg in "$@"; do
  case $arg in
    --staticcheck) staticcheck=1 ;;
    *) runs=$arg ;;
  esac
done
root=$(go env GOROOT)/src
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
bin="$CARGO_TARGET_DIR/release/mapscope"
if [ -n "$staticcheck" ]; then
  GOBIN="$CARGO_TARGET_DIR/peers/bin" go install honnef.co/go/tools/cmd/staticcheck@v0.8.2
  sc="$CARGO_TARGET_DIR/peers/bin/staticcheck"
fi
echo "machine: $(nproc) cores, $(go version | cut -d' ' -f3), GOROOT=$(go env GOROOT), $runs runs each"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# One run of a command in GOROOT/src: appends "seconds kilobytes cpu-seconds" to $out/$1. Exit
# statuses 0 and 1 (findings) are both a completed run.
measure() {
  local name=$1; shift
  local status=0
  (cd "$root" && /usr/bin/time -v -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt") || status=$?
  if [ "$status" -gt 1 ]; then
    tail -5 "$out/stderr.txt" >&2; echo "bench-check: $name failed ($status)" >&2; exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
    /Maximum resident set size/ { kb = $2 }
    /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
    END { printf "%.2f %d %.2f\n", s, kb, cpu }' "$out/time.txt" >>"$out/$name"
}
names="types nilmap check"
for _ in $(seq "$runs"); do
  measure types "$bin" types ./...
  measure nilmap "$bin" check --disable concurrent-map-access ./...
  measure check "$bin" check ./...
  if [ -n "$staticcheck" ]; then
    # An empty cache of its own each run (STATICCHECK_CACHE); Go's build cache stays warm.
    rm -rf "$out/staticcheck-cache"
    STATICCHECK_CACHE="$out/staticcheck-cache" measure staticcheck "$sc" ./...
  fi
done
[ -n "$staticcheck" ] && names="$names staticcheck"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for name in $names; do
  secs=$(cut -d' ' -f1 "$out/$name" | median)
  rss=$(cut -d' ' -f2 "$out/$name" | median)
  cpu=$(cut -d' ' -f3 "$out/$name" | median)
  printf '%-12s median %7.2f s  CPU %7.2f s  peak RSS %5d MiB\n' "$name" "$secs" "$cpu" "$((rss / 1024))"
  eval "${name}_secs=$secs; ${name}_cpu=$cpu"
done
awk -v t="$types_secs" -v n="$nilmap_secs" -v c="$check_secs" \
  -v tc="$types_cpu" -v nc="$nilmap_cpu" -v cc="$check_cpu" 'BEGIN {
  printf "check / types: %.2fx wall, %.2fx CPU (goal: at most 1.5x)\n", c / t, cc / tc
  printf "concurrency check adds: %+.0f %% wall, %+.0f %% CPU to check (goal: at most 30 %%)\n",
    100 * (c - n) / n, 100 * (cc - nc) / nc }'
if [ -n "$staticcheck" ]; then
  awk -v c="$check_secs" -v s="$staticcheck_secs" -v cc="$check_cpu" -v sc="$staticcheck_cpu" 'BEGIN {
    printf "staticcheck / check: %.1fx wall, %.1fx CPU (goal: at least 10x)\n", s / c, sc / cc }'
fi
