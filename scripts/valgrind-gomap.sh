#!/usr/bin/env bash
# Runs every gomap test binary (unit and integration tests) under valgrind memcheck.
# Any memcheck error or leak (definite or possible) fails the run; the one suppression is a
# std test-harness allocation (scripts/valgrind-gomap.supp). PROPTEST_CASES is reduced so the whole run
# takes a few minutes; set it higher for a deeper soak.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
export PROPTEST_CASES=${PROPTEST_CASES:-6}
# 300,000 u64 keys end at B = 16: the last two arrays are over 4 MiB, so OS reservations
# (mmap, page release) run under memcheck too.
export GOMAP_BOUNDED_N=${GOMAP_BOUNDED_N:-300000}
# SyncMap's stress and linearizability tests: 200 operations per thread, 200 recorded rounds.
export GOMAP_SYNC_N=${GOMAP_SYNC_N:-200}

mapfile -t bins < <(
  cargo test -p gomap --lib --tests --no-run --message-format=json 2>/dev/null |
    grep -o '"executable":"[^"]*"' | cut -d'"' -f4
)
[ "${#bins[@]}" -gt 0 ] || { echo "no gomap test binaries were built" >&2; exit 1; }

for bin in "${bins[@]}"; do
  echo "== valgrind $(basename "$bin")"
  # One test thread keeps the run deterministic and the memcheck report readable.
  valgrind --tool=memcheck --error-exitcode=1 --leak-check=full \
    --suppressions=scripts/valgrind-gomap.supp --quiet "$bin" --test-threads=1 -q
done
echo "valgrind: ${#bins[@]} gomap test binaries, 0 errors"
