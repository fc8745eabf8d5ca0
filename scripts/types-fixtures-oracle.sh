#!/usr/bin/env bash
# Checks the committed expectations of the type-checker fixtures against go/types (tools/mapexprs,
# and tools/typesobjects for the `objects` kind).
# The fixtures and their kinds are listed in crates/mapscope_types/tests/expect/fixtures.txt; the
# expectations sit beside that list, and `cargo test -p mapscope_types` compares mapscope with them.
# Usage: scripts/types-fixtures-oracle.sh           fails (with a diff) when go/types disagrees with a file
#        scripts/types-fixtures-oracle.sh --bless   rewrites the files from go/types' output
set -euo pipefail
cd "$(dirname "$0")/.."
bless=0
[ "${1:-}" = --bless ] && bless=1
command -v go >/dev/null || { echo "types-fixtures-oracle: go is not on PATH" >&2; exit 2; }
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
(cd tools/mapexprs && go build -o "$CARGO_TARGET_DIR/mapexprs" .)
(cd tools/typesobjects && go build -o "$CARGO_TARGET_DIR/typesobjects" .)
oracle=$CARGO_TARGET_DIR/mapexprs
objects_oracle=$CARGO_TARGET_DIR/typesobjects
expect=crates/mapscope_types/tests/expect
fixtures=crates/mapscope_types/tests/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# $1: fixture, $2: expectation file name, rest: the command that prints go/types' view.
check() {
  local name=$1 file=$2
  shift 2
  "$@" >"$work/$file"
  if [ "$bless" = 1 ]; then
    cp "$work/$file" "$expect/$file"
  elif ! diff -u "$expect/$file" "$work/$file" >"$work/diff"; then
    echo "types-fixtures-oracle: go/types disagrees with $expect/$file (--bless rewrites it):" >&2
    cat "$work/diff" >&2
    failed=1
  fi
}

# go/types' errors with the directory stripped from the file name (the fixtures' files sit in their roots);
# a position after a //line directive without a column has no column.
errors_of() {
  "$oracle" -C "$1" "${@:2}" 2>&1 >/dev/null |
    sed -n 's|^mapexprs: error: \([^:]*/\)\{0,1\}\([^/:]*:[0-9]*\(:[0-9]*\)\{0,1\}: \)|\2|p' | LC_ALL=C sort
}

failed=0
n=0
while read -r name kind patterns; do
  case "$name" in '' | '#'*) continue ;; esac
  read -ra pats <<<"$patterns"
  dir=$fixtures/$name
  case "$kind" in
    exprs)
      check "$name" "$name.map-exprs" "$oracle" -C "$dir" "${pats[@]}"
      check "$name" "$name.all-exprs" "$oracle" -C "$dir" -all "${pats[@]}"
      ;;
    errors) check "$name" "$name.errors" errors_of "$dir" "${pats[@]}" ;;
    objects) check "$name" "$name.objects" "$objects_oracle" -C "$dir" "${pats[@]}" ;;
    *) echo "types-fixtures-oracle: $name: unknown kind $kind" >&2; exit 2 ;;
  esac
  n=$((n + 1))
done <"$expect/fixtures.txt"
if [ "$bless" = 1 ]; then
  echo "types-fixtures-oracle: blessed $n fixtures from go/types"
elif [ "$failed" = 0 ]; then
  echo "types-fixtures-oracle: $n fixtures agree with go/types"
else
  exit 1
fi
