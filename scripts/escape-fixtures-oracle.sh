#!/usr/bin/env bash
# Re-checks (or with --bless re-writes) gc's escape-analysis lines for the escape fixtures,
# crates/mapscope_escape/tests/fixtures/*/gc.golden, by running `go build -gcflags='-m -l'` on the
# fixture module: the lines `cargo test -p mapscope_escape` compares mapscope's verdicts with.
# Usage: scripts/escape-fixtures-oracle.sh [--bless]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "escape-fixtures-oracle: go is not on PATH" >&2; exit 2; }
bless=${1:-}
fixtures=crates/mapscope_escape/tests/fixtures
out=$(mktemp)
trap 'rm -f "$out"' EXIT
messages='(escapes to heap|does not escape|moved to heap: |leaking param|ignoring self-assignment|zero-copy string)'
(cd "$fixtures" && go build -a -gcflags='-m -l' ./... 2>&1 >/dev/null || true) |
  sed -e 's|^\./||' | grep -E "^[^#][^ ]*:[0-9]+:[0-9]+: .*$messages" | LC_ALL=C sort -u >"$out"
status=0
for dir in "$fixtures"/*/; do
  name=$(basename "$dir")
  golden="$dir/gc.golden"
  got=$(grep "^$name/" "$out" || true)
  if [ "$bless" = "--bless" ]; then
    printf '%s\n' "$got" >"$golden"
    echo "blessed $golden"
  elif ! diff -u "$golden" <(printf '%s\n' "$got"); then
    echo "escape-fixtures-oracle: $golden differs from gc; read the diff, then --bless" >&2
    status=1
  fi
done
exit $status
