#!/usr/bin/env bash
# Parser speed, mapscope against go/parser in the same run over the same files:
# every .go file under $(go env GOROOT)/src (or the directories given), read into memory first,
# parsed single-threaded, best of ROUNDS (default 5). Prints MB/s for both and the ratio.
# Needs Go 1.26 as `go`. Results go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v go >/dev/null || { echo "bench-parse: needs Go 1.26 as 'go' on PATH" >&2; exit 2; }
roots=("$@")
[ ${#roots[@]} -gt 0 ] || roots=("$(go env GOROOT)/src")
rounds=${ROUNDS:-5}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
(cd tools/astdump && go build -o "$tmp/astdump" .)
cargo build --release --quiet -p mapscope
mapscope="$CARGO_TARGET_DIR/release/mapscope"

find -H "${roots[@]}" -name '*.go' -type f | LC_ALL=C sort >"$tmp/files"
echo "files: $(wc -l <"$tmp/files") under ${roots[*]} ($(go version | cut -d' ' -f3), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"

ours=$("$mapscope" parse --bench -j1 --rounds "$rounds" --list "$tmp/files" || true)
theirs=$("$tmp/astdump" -bench -rounds "$rounds" -list "$tmp/files")
echo "mapscope:  $ours"
echo "$theirs"
a=$(sed -E 's/.* ([0-9.]+) MB\/s.*/\1/' <<<"$ours")
b=$(sed -E 's/.* ([0-9.]+) MB\/s.*/\1/' <<<"$theirs")
awk -v a="$a" -v b="$b" 'BEGIN { printf "ratio: mapscope is %.2fx go/parser (%.1f vs %.1f MB/s, single-threaded)\n", a / b, a, b }'
