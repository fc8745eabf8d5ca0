#!/usr/bin/env bash
# The parser oracle over every .go file under $(go env GOROOT)/src (testdata included), or the
# directories given as arguments: mapscope's AST dump must equal go/parser's (tools/astdump) on
# every file go/parser accepts, and mapscope must report an error on every file it rejects.
# Prints the counts, lists mismatches, exits 1 on any. Needs Go 1.26 as `go`.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v go >/dev/null || { echo "parse-corpus: needs Go 1.26 as 'go' on PATH" >&2; exit 2; }
roots=("$@")
[ ${#roots[@]} -gt 0 ] || roots=("$(go env GOROOT)/src")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}

SECONDS=0
(cd tools/astdump && go build -o "$tmp/astdump" .)
cargo build --release --quiet -p mapscope
mapscope="$CARGO_TARGET_DIR/release/mapscope"

find -H "${roots[@]}" -name '*.go' -type f | LC_ALL=C sort >"$tmp/files"
total=$(wc -l <"$tmp/files")

# go/parser: one process per core over a share of the list, outputs concatenated in list order.
jobs=$(nproc 2>/dev/null || echo 2)
split -n "l/$jobs" -d "$tmp/files" "$tmp/part."
for part in "$tmp"/part.*; do
  "$tmp/astdump" -hash -list "$part" >"$part.go" &
done
wait
cat "$tmp"/part.*.go >"$tmp/theirs"
"$mapscope" parse --dump-ast=hash --list "$tmp/files" >"$tmp/ours" 2>/dev/null || true

status=0
awk -v total="$total" '
  FNR == 1 { side++ }
  /^== / { path = substr($0, 4); paths[path] = 1; next }
  /^errors / { n[side, path] = $2; next }
  /^hash / { h[side, path] = $2; next }
  /^unreadable$/ { n[side, path] = -1; next }
  { errs[side, path] = errs[side, path] "\n" $0 }
  END {
    for (p in paths) {
      if (!((1, p) in n)) continue
      g = n[1, p]; m = ((2, p) in n) ? n[2, p] : "missing"
      if (g == 0) {
        accepted++
        if (m == 0 && h[1, p] == h[2, p]) same++
        else { bad++; print "MISMATCH (go/parser accepts; " (m == 0 ? "dumps differ" : "mapscope reports " m " errors") "): " p }
      } else if (g > 0) {
        rejected++
        if (m > 0) { flagged++; if (errs[1, p] == errs[2, p]) samerr++ }
        else { bad++; print "MISMATCH (go/parser rejects, mapscope reports no error): " p }
      } else unreadable++
    }
    printf "files: %d (%d unreadable)\n", total, unreadable
    printf "accepted by go/parser: %d, identical dumps: %d\n", accepted, same
    printf "rejected by go/parser: %d, with mapscope errors: %d (identical error lists: %d)\n", rejected, flagged, samerr
    printf "mismatches: %d\n", bad
    exit bad > 0 ? 1 : 0
  }' "$tmp/theirs" "$tmp/ours" || status=1
echo "parse-corpus: ${SECONDS} s"
exit $status
