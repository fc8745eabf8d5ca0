#!/usr/bin/env bash
# Re-checks (or with --bless re-writes) the go/ssa map-operation counts of the SSA fixtures,
# crates/mapscope_ssa/tests/fixtures/*/*.golden, with the oracle tools/ssamapops.
# Usage: scripts/ssa-fixtures-oracle.sh [--bless]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "ssa-fixtures-oracle: go is not on PATH" >&2; exit 2; }
bless=${1:-}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
(cd tools/ssamapops && go build -o "$CARGO_TARGET_DIR/ssamapops" .)
status=0
for dir in crates/mapscope_ssa/tests/fixtures/*/; do
  name=$(basename "$dir")
  golden="$dir/$name.golden"
  got=$("$CARGO_TARGET_DIR/ssamapops" -C "$dir" ./...)
  if [ "$bless" = "--bless" ]; then
    printf '%s\n' "$got" >"$golden"
    echo "blessed $golden"
  elif ! diff -u "$golden" <(printf '%s\n' "$got"); then
    echo "ssa-fixtures-oracle: $golden differs from go/ssa; read the diff, then --bless" >&2
    status=1
  fi
done
exit $status
