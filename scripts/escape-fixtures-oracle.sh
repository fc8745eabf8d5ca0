#!/usr/bin/env bash
# Re-checks (or with --bless re-writes) gc's escape-analysis lines for the escape fixtures,
# crates/mapscope_escape/tests/fixtures/*/gc.golden, by running `go build -gcflags='-m -l'` on the
# fixture module: the lines `cargo test -p mapscope_escape` compares mapscope's verdicts with.
# The packages named inline* also get gc-m.golden, gc's lines under plain `-m` (inlining on),
# with its `can inline F` lines, which the test compares with mapscope's analysis that models
# inlining.
# Usage: scripts/escape-fixtures-oracle.sh [--bless]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "escape-fixtures-oracle: go is not on PATH" >&2; exit 2; }
bless=${1:-}
fixtures=crates/mapscope_escape/tests/fixtures
out=$(mktemp)
out_m=$(mktemp)
trap 'rm -f "$out" "$out_m"' EXIT
messages='(escapes to heap|does not escape|moved to heap: |leaking param|ignoring self-assignment|zero-copy string)'
gc_lines() {
  (cd "$fixtures" && go build -a -gcflags="$1" ./... 2>&1 >/dev/null || true) |
    sed -e 's|^\./||' | grep -E "^[^#][^ ]*:[0-9]+:[0-9]+: .*$2" | LC_ALL=C sort -u
}
gc_lines '-m -l' "$messages" >"$out"
gc_lines '-m' "($messages|can inline )" >"$out_m"
status=0
# check GOLDEN LINES
check() {
  local golden=$1 got=$2
  if [ "$bless" = "--bless" ]; then
    printf '%s\n' "$got" >"$golden"
    echo "blessed $golden"
  elif ! diff -u "$golden" <(printf '%s\n' "$got"); then
    echo "escape-fixtures-oracle: $golden differs from gc; read the diff, then --bless" >&2
    status=1
  fi
}
for dir in "$fixtures"/*/; do
  name=$(basename "$dir")
  check "$dir/gc.golden" "$(grep "^$name/" "$out" || true)"
  case $name in
    inline*) check "$dir/gc-m.golden" "$(grep "^$name/" "$out_m" || true)" ;;
  esac
done
exit $status
