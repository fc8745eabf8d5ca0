#!/usr/bin/env bash
# gomap against its peers in one run: the Rust maps (gomap, std HashMap, hashbrown, griddle) and
# Go's built-in map under Go 1.19 (the classic map gomap reproduces) and under the machine's
# current Go (Swiss tables), on the same workloads, then ratio tables.
#
#   scripts/bench-maps.sh                      # N = 1e3 1e5 1e6 1e7, latency runs at 1e7
#   SIZES="1e3 1e5" LAT_N=1e6 scripts/bench-maps.sh
#
# Environment: SIZES, LAT_N, LAT_RUNS (latency runs per map and key, default 3: a single run's
# maximum is at the mercy of the host), GO119 (a Go 1.19 `go`), GONEW (a current `go`), OUT (result dir).
# Raw results stay in $OUT (default: a fresh temporary directory, printed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1e3 1e5 1e6 1e7"}
LAT_N=${LAT_N:-1e7}
LAT_RUNS=${LAT_RUNS:-3}
GO119=${GO119:-/usr/lib/go-1.19/bin/go}
GONEW=${GONEW:-$(command -v go || true)}
OUT=${OUT:-$(mktemp -d -t gomap-bench.XXXXXX)}
mkdir -p "$OUT"

[ -x "$GO119" ] || { echo "Go 1.19 not found at $GO119 (apt-get install golang-1.19-go)" >&2; exit 1; }
gos=("$GO119")
if [ -n "$GONEW" ] && ! "$GONEW" version | grep -q 'go1\.19'; then gos+=("$GONEW"); fi

echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== rust: $(rustc --version)"
for g in "${gos[@]}"; do echo "== go: $("$g" version)"; done
echo "== results in $OUT"

cargo bench -p gomap --bench peers --bench latency --no-run >/dev/null 2>&1

# One process per map: maps built and freed in one process shape its allocator for the next
# (gomap's frees raise glibc's dynamic mmap threshold, which made hashbrown's 1e5 inserts 2.7x
# faster in a probe), so each map starts from a fresh allocator, as the Go programs do.
echo "== throughput: Rust maps, one process each"
: >"$OUT/rust.txt"
for m in gomap hashbrown std griddle; do
  # shellcheck disable=SC2086 # SIZES is a list
  PEERS=$m cargo bench -q -p gomap --bench peers -- $SIZES 2>/dev/null | grep -E '^[a-z_]+ (u64|str) ' | tee -a "$OUT/rust.txt"
done

: >"$OUT/go.txt"
: >"$OUT/lat.txt"
for g in "${gos[@]}"; do
  v=$("$g" env GOVERSION)
  (cd tools/gomap_bench && GOTOOLCHAIN=local CGO_ENABLED=0 "$g" build -o "$OUT/gomap_bench-$v" .)
  echo "== throughput: $v"
  # shellcheck disable=SC2086
  "$OUT/gomap_bench-$v" ops $SIZES | tee -a "$OUT/go.txt"
done

echo "== per-insert latency from empty to $LAT_N, $LAT_RUNS runs each"
for key in u64 str; do
  for _ in $(seq "$LAT_RUNS"); do
    for m in gomap hashbrown griddle std; do
      cargo bench -q -p gomap --bench latency -- "$m" "$key" "$LAT_N" 2>/dev/null | grep '^lat' | tee -a "$OUT/lat.txt"
    done
    for g in "${gos[@]}"; do
      v=$("$g" env GOVERSION)
      "$OUT/gomap_bench-$v" lat "$key" "$LAT_N" | tee -a "$OUT/lat.txt"
    done
  done
done

echo
echo "== throughput, ns/op (median); ratios > 1 mean gomap is faster than the peer"
cat "$OUT/rust.txt" "$OUT/go.txt" | awk '
  { k = $1 " " $2 " " $3; v[k, $4] = $5; if (!(k in seen)) { seen[k] = 1; order[++n] = k }
    if (!($4 in impls)) { impls[$4] = 1; names[++m] = $4 } }
  END {
    printf "%-26s", "workload key N"; for (j = 1; j <= m; j++) printf " %10s", names[j]
    for (j = 1; j <= m; j++) if (names[j] != "gomap") printf " %9s", names[j] "/gm"
    printf "\n"
    for (i = 1; i <= n; i++) {
      k = order[i]; printf "%-26s", k
      for (j = 1; j <= m; j++) printf " %10s", ((k, names[j]) in v) ? v[k, names[j]] : "-"
      g = v[k, "gomap"]
      for (j = 1; j <= m; j++) if (names[j] != "gomap") {
        p = v[k, names[j]]; if (g > 0 && p > 0) printf " %9.2f", p / g; else printf " %9s", "-"
      }
      printf "\n"
    }
  }'

echo
echo "== latency while growing to $LAT_N (ns; RSS in MiB; one line per run)"
awk 'BEGIN { printf "%-12s %-4s %8s %6s %7s %8s %9s %10s %9s %7s %7s %7s %9s %9s\n", "impl", "key", "ns/ins", "p50", "p99", "p99.9", "p99.99", "max", "max_at", ">1ms", "rss", "peak", "rssB/ent", "liveB/ent" }
     { printf "%-12s %-4s %8s %6s %7s %8s %9s %10s %9s %7s %7s %7s %9s %9s\n", $2, $3, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16
       c = ++cnt[$3, $2]; mx[$3, $2, c] = $10 }
     function med(k, m,   n, i, j, t, a) {
       n = cnt[k, m]; for (i = 1; i <= n; i++) a[i] = mx[k, m, i] + 0
       for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
       return n ? a[int((n + 1) / 2)] : 0 }
     END {
       split("u64 str", ks, " ")
       for (i = 1; i <= 2; i++) { k = ks[i]; g = med(k, "gomap")
         if (g > 0) printf "median max latency (%s, ns): gomap %d, hashbrown %d, griddle %d; hashbrown/gomap %.1f, griddle/gomap %.1f\n", k, g, med(k, "hashbrown"), med(k, "griddle"), med(k, "hashbrown") / g, med(k, "griddle") / g } }' "$OUT/lat.txt"
echo "raw results: $OUT"
