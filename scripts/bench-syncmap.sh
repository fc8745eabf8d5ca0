#!/usr/bin/env bash
# gomap::SyncMap against RwLock<HashMap>, Mutex<GoMap>, dashmap, papaya, scc and Go's own sync.Map
# on Go's sync.Map benchmark shapes at 1 and 2 threads, then the per-store latency of a growing map.
#
#   scripts/bench-syncmap.sh             # 5 rounds, latency over 1e6 stores, 3 runs
#   ROUNDS=9 LAT_N=1e7 scripts/bench-syncmap.sh
#
# Each round runs every Rust map once per shape (interleaved inside one process:
# crates/gomap/benches/sync_map.rs) and then Go's sync.Map (tools/syncmap_bench), so that
# a slow minute on the shared machine hits every map alike; the tables give medians over rounds.
# Environment: ROUNDS, LAT_N, LAT_RUNS, GONEW (a Go >= 1.24 `go`), OUT (result directory).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-5}
LAT_N=${LAT_N:-1e6}
LAT_RUNS=${LAT_RUNS:-3}
GONEW=${GONEW:-$(command -v go || true)}
OUT=${OUT:-$(mktemp -d -t syncmap-bench.XXXXXX)}
mkdir -p "$OUT"

[ -n "$GONEW" ] || { echo "no Go found (set GONEW)" >&2; exit 1; }
echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== rust: $(rustc --version)"
echo "== go: $("$GONEW" version)"
echo "== results in $OUT"

cargo bench -q -p gomap --bench sync_map --no-run >/dev/null 2>&1
(cd tools/syncmap_bench && GOTOOLCHAIN=local CGO_ENABLED=0 "$GONEW" build -o "$OUT/syncmap_bench" .)

: >"$OUT/ops.txt"
for r in $(seq "$ROUNDS"); do
  echo "== round $r of $ROUNDS"
  cargo bench -q -p gomap --bench sync_map -- ops 1 2>/dev/null | grep '^ops ' >>"$OUT/ops.txt"
  "$OUT/syncmap_bench" ops 1 >>"$OUT/ops.txt"
done

: >"$OUT/lat.txt"
for _ in $(seq "$LAT_RUNS"); do
  cargo bench -q -p gomap --bench sync_map -- lat "$LAT_N" 1 2>/dev/null | grep '^lat ' >>"$OUT/lat.txt"
  "$OUT/syncmap_bench" lat "$LAT_N" 1 >>"$OUT/lat.txt"
done

# The median of a space-separated list of numbers, for both tables.
MEDIAN='
  function median(s,   n, a, i, j, t) {
    n = split(s, a, " ")
    for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return a[int((n + 1) / 2)] }
'

echo
echo "== ns/op, median of $ROUNDS rounds; best = fastest peer other than SyncMap; ratio = SyncMap / best"
awk "$MEDIAN"'
  { k = $2 " " $3; v[k, $4] = v[k, $4] " " $5
    if (!(k in seen)) { seen[k] = 1; order[++n] = k }
    if (!($4 in impls)) { impls[$4] = 1; names[++m] = $4 } }
  END {
    printf "| shape | threads |"; for (j = 1; j <= m; j++) printf " %s |", names[j]; printf " best peer | SyncMap / best |\n"
    printf "|---|---:|"; for (j = 1; j <= m; j++) printf "---:|"; printf "---|---:|\n"
    for (i = 1; i <= n; i++) {
      k = order[i]; split(k, kk, " "); printf "| %s | %s |", kk[1], kk[2]
      best = 0; bestname = ""
      for (j = 1; j <= m; j++) {
        x = ((k, names[j]) in v) ? median(v[k, names[j]]) : 0; med[j] = x
        printf " %.1f |", x
        if (names[j] != "SyncMap" && x > 0 && (best == 0 || x < best)) { best = x; bestname = names[j] }
        if (names[j] == "SyncMap") sm = x
      }
      printf " %s | %.2f |\n", bestname, sm / best
    }
  }' "$OUT/ops.txt"

echo
echo "== per-store latency while one thread grows a map from empty to $LAT_N keys (ns; median over $LAT_RUNS runs of each column)"
awk "$MEDIAN"'
  { if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 }
    for (c = 4; c <= 8; c++) col[$2, c] = col[$2, c] " " $c }
  END {
    print "| map | p50 | p99 | p99.9 | p99.99 | max |"; print "|---|---:|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) { k = order[i]; printf "| %s |", k
      for (c = 4; c <= 8; c++) printf " %d |", median(col[k, c]); printf "\n" } }' "$OUT/lat.txt"
echo "raw results: $OUT"
