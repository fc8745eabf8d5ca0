#!/usr/bin/env bash
# Times building and verifying the SSA IR of all of GOROOT/src next to type-checking it, in the
# same run on the same machine: `mapscope types ./...` against `mapscope ssa --verify ./...`
# (release build), alternating, so drift in the machine's load hits both alike.
# Usage: scripts/bench-ssa.sh [RUNS]   (default 5 runs of each)
# Prints each command's median and best wall time, median CPU time (user + system) and peak RSS
# (/usr/bin/time -v), and the SSA overhead: (ssa - types) / types of the medians; the goal is at
# most 50 % of wall time. On a machine shared with other jobs the CPU times are the steadier
# measure: waiting for a core inflates wall time, not CPU time.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "bench-ssa: go is not on PATH" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-ssa: /usr/bin/time (GNU time) is missing" >&2; exit 2; }
runs=${1:-5}
root=$(go env GOROOT)/src
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
bin="$CARGO_TARGET_DIR/release/mapscope"
echo "machine: $(nproc) cores, $(go version | cut -d' ' -f3), GOROOT=$(go env GOROOT), $runs runs each"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# One run: appends "seconds kilobytes cpu-seconds" to $out/$1.
measure() {
  local name=$1; shift
  /usr/bin/time -v -o "$out/time.txt" "$bin" "$@" >/dev/null 2>"$out/stderr.txt" || {
    cat "$out/stderr.txt" >&2; echo "bench-ssa: $name failed" >&2; exit 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
    /Maximum resident set size/ { kb = $2 }
    /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
    END { printf "%.2f %d %.2f\n", s, kb, cpu }' "$out/time.txt" >>"$out/$name"
}
for _ in $(seq "$runs"); do
  measure types types -C "$root" ./...
  measure ssa ssa -C "$root" --verify ./...
done
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for name in types ssa; do
  secs=$(cut -d' ' -f1 "$out/$name" | median)
  best=$(cut -d' ' -f1 "$out/$name" | sort -n | head -1)
  rss=$(cut -d' ' -f2 "$out/$name" | median)
  cpu=$(cut -d' ' -f3 "$out/$name" | median)
  printf '%-28s median %6.2f s  best %6.2f s  CPU %6.2f s  peak RSS %5d MiB (medians)\n' \
    "mapscope $name" "$secs" "$best" "$cpu" "$((rss / 1024))"
  eval "${name}_secs=$secs; ${name}_rss=$rss; ${name}_cpu=$cpu"
done
awk -v t="$types_secs" -v s="$ssa_secs" -v tr="$types_rss" -v sr="$ssa_rss" \
  -v tc="$types_cpu" -v sc="$ssa_cpu" 'BEGIN {
  printf "SSA overhead: +%.0f %% time (goal: at most 50 %%), +%.0f %% CPU time, +%.0f %% peak RSS\n",
    100 * (s - t) / t, 100 * (sc - tc) / tc, 100 * (sr - tr) / tr }'
