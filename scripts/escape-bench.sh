#!/usr/bin/env bash
# Times escape analysis of all of GOROOT/src next to type-checking and building the IR, in the
# same run on the same machine: `mapscope types ./...`, `mapscope ssa --map-ops ./...`,
# `mapscope escape -l ./...` and `mapscope escape ./...` (release build), alternating, so drift
# in the machine's load hits them alike.
# Usage: scripts/escape-bench.sh [RUNS]   (default 3 runs of each)
# Prints each command's median wall time, median CPU time (user + system) and peak RSS
# (/usr/bin/time -v), and what escape analysis adds to building the IR in CPU time against the
# issue's bound, half of type-checking's time. On a machine shared with other jobs the CPU times
# are the measure to read: waiting for a core inflates wall time, not CPU time.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "escape-bench: go is not on PATH" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "escape-bench: /usr/bin/time (GNU time) is missing" >&2; exit 2; }
runs=${1:-3}
root=$(go env GOROOT)/src
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
bin="$CARGO_TARGET_DIR/release/mapscope"
echo "machine: $(nproc) cores, $(go version | cut -d' ' -f3), GOROOT=$(go env GOROOT), $runs runs each, load $(cut -d' ' -f1-3 /proc/loadavg)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# One run: appends "seconds kilobytes cpu-seconds" to $out/$1.
measure() {
  local name=$1; shift
  /usr/bin/time -v -o "$out/time.txt" "$bin" "$@" >/dev/null 2>"$out/stderr.txt" || {
    cat "$out/stderr.txt" >&2; echo "escape-bench: $name failed" >&2; exit 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
    /Maximum resident set size/ { kb = $2 }
    /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
    END { printf "%.2f %d %.2f\n", s, kb, cpu }' "$out/time.txt" >>"$out/$name"
}
for _ in $(seq "$runs"); do
  measure types types -C "$root" ./...
  measure ssa ssa -C "$root" --map-ops ./...
  measure escape_l escape -C "$root" -l ./...
  measure escape escape -C "$root" ./...
done
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for name in types ssa escape_l escape; do
  secs=$(cut -d' ' -f1 "$out/$name" | median)
  rss=$(cut -d' ' -f2 "$out/$name" | median)
  cpu=$(cut -d' ' -f3 "$out/$name" | median)
  printf '%-26s median %6.2f s  CPU %6.2f s  peak RSS %5d MiB (medians; CPU runs: %s)\n' \
    "mapscope $name" "$secs" "$cpu" "$((rss / 1024))" "$(cut -d' ' -f3 "$out/$name" | tr '\n' ' ')"
  eval "${name}_cpu=$cpu"
done
awk -v t="$types_cpu" -v s="$ssa_cpu" -v l="$escape_l_cpu" -v e="$escape_cpu" 'BEGIN {
  printf "escape adds to building the IR, in CPU time: %.2f s with -l, %.2f s with inlining; bound: %.2f s (half of types)\n",
    l - s, e - s, t / 2 }'
