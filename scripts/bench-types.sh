#!/usr/bin/env bash
# Times `mapscope types` (load + parse + type-check, with tests, as go vet sees packages) over all of
# GOROOT/src next to `go vet std`, in the same run on the same machine.
# Usage: scripts/bench-types.sh [RUNS]   (default 5 mapscope runs).
# go vet caches its results, so it runs once with a fresh GOCACHE in which the export data of std and its
# test dependencies were built beforehand (untimed): the timed run is vet's own loading and checking.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "bench-types: go is not on PATH" >&2; exit 2; }
runs=${1:-5}
root=$(go env GOROOT)/src
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
bin="$CARGO_TARGET_DIR/release/mapscope"
echo "machine: $(nproc) cores, $(go version | cut -d' ' -f3), GOROOT=$(go env GOROOT)"
now() { date +%s.%N; }
times=()
for _ in $(seq "$runs"); do
  t0=$(now)
  "$bin" types -C "$root" ./... >/dev/null
  t1=$(now)
  times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')")
done
"$bin" types -C "$root" --time ./... 2>&1 >/dev/null | tail -1
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
best=$(head -1 <<<"$sorted"); median=$(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted")
echo "mapscope types ./... (GOROOT/src): best ${best} s, median ${median} s wall over ${runs} runs"
cache=$(mktemp -d)
trap 'chmod -R u+w "$cache" 2>/dev/null; rm -rf "$cache"' EXIT
(cd "$root" && GOCACHE="$cache" go list -e -export -test -deps std >/dev/null 2>&1) || true
t0=$(now)
(cd "$root" && GOCACHE="$cache" go vet std >/dev/null 2>&1) || true
t1=$(now)
echo "go vet std (export data prebuilt, vet results uncached): $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }') s wall"
