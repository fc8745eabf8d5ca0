#!/usr/bin/env bash
# Compares `mapscope types --map-exprs` with the go/types oracle (tools/mapexprs) on all of GOROOT/src.
# Usage: scripts/types-corpus.sh [PATTERN...]   (default: ./... run in $(go env GOROOT)/src)
# Prints the agreement (lines in both / lines in either, as multisets) and lists the disagreements:
#   "-" lines only the oracle prints (missed), "+" lines only mapscope prints (wrong or extra).
# Exits 1 on any disagreement: every map line of GOROOT/src agrees today, so one new difference is a regression.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/oracle-compare.sh
source scripts/oracle-compare.sh
command -v go >/dev/null || { echo "types-corpus: go is not on PATH" >&2; exit 2; }
root=$(go env GOROOT)/src
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
(cd tools/mapexprs && go build -o "$CARGO_TARGET_DIR/mapexprs" .)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pats=("$@"); [ ${#pats[@]} -eq 0 ] && pats=(./...)
"$CARGO_TARGET_DIR/mapexprs" -C "$root" "${pats[@]}" >"$out/oracle.txt"
"$CARGO_TARGET_DIR/release/mapscope" types -C "$root" --map-exprs "${pats[@]}" >"$out/mapscope.txt"
compare_lines "$out/oracle.txt" "$out/mapscope.txt" lines "$out/mismatches"
cat "$out/mismatches"
[ "$differing" -eq 0 ]
