#!/usr/bin/env bash
# Compares `mapscope types` error lines with go/types' (tools/mapexprs) on Go's own compiler tests:
# every file of test/ and test/fixedbugs, each type-checked as a package of its own. The files come
# from Debian's golang-1.19-src (/usr/lib/go-1.19/test, installed by .ci/run), which every CI machine
# has (the Go toolchain module has no test/), so the counts do not move with the local Go.
# Most of those files are wrong on purpose (`// errorcheck`), so this measures how many of go/types'
# errors mapscope reports in go/types' exact words and at its positions.
# Every mismatched line is recorded in scripts/types-errors-corpus.expected: `- LINE` for an error only
# go/types reports, `+ LINE` for one only mapscope reports. The run fails when the mismatches differ
# from that list in either direction, so one fix cannot hide one regression; after a fix, --bless
# records the shorter list and the diff shows what improved.
# Usage: scripts/types-errors-corpus.sh [--bless]   Prints the counts, then the diff against the list.
set -euo pipefail
cd "$(dirname "$0")/.."
expected=scripts/types-errors-corpus.expected
bless=0
[ "${1:-}" = --bless ] && bless=1
command -v go >/dev/null || { echo "types-errors-corpus: go is not on PATH" >&2; exit 2; }
tests=${GO_TESTS:-/usr/lib/go-1.19/test}
[ -d "$tests/fixedbugs" ] || { echo "types-errors-corpus: no $tests/fixedbugs (apt-get install golang-1.19-src)" >&2; exit 2; }
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
(cd tools/mapexprs && go build -o "$CARGO_TARGET_DIR/mapexprs" .)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'module example.com/m\n\ngo 1.24\n' >"$work/go.mod"
for f in "$tests"/*.go "$tests"/fixedbugs/*.go; do
  dir="$work/$(basename "$(dirname "$f")")_$(basename "$f" .go)"
  mkdir -p "$dir" && cp "$f" "$dir/"
done
# Messages can name files too ("already declared at PATH:LINE:COL"): the work directory's name,
# random per run, is cut everywhere so that the recorded lines stay the same from run to run.
(cd "$work" && "$CARGO_TARGET_DIR/mapexprs" ./... 2>&1 >/dev/null || true) |
  sed -n "s|^mapexprs: error: $work/||p" | sed "s|$work/||g" | LC_ALL=C sort >"$work/oracle.txt"
(cd "$work" && "$CARGO_TARGET_DIR/release/mapscope" types ./... 2>/dev/null || true) |
  sed "s|$work/||g" | LC_ALL=C sort >"$work/mapscope.txt"
matched=$(LC_ALL=C comm -12 "$work/oracle.txt" "$work/mapscope.txt" | wc -l)
missed=$(LC_ALL=C comm -23 "$work/oracle.txt" "$work/mapscope.txt" | wc -l)
wrong=$(LC_ALL=C comm -13 "$work/oracle.txt" "$work/mapscope.txt" | wc -l)
echo "files:             $(find "$work" -name '*.go' | wc -l)"
echo "go/types errors:   $(wc -l <"$work/oracle.txt")"
echo "matched exactly:   $matched"
echo "go/types only (-): $missed"
echo "mapscope only (+): $wrong"
{
  LC_ALL=C comm -23 "$work/oracle.txt" "$work/mapscope.txt" | sed 's/^/- /'
  LC_ALL=C comm -13 "$work/oracle.txt" "$work/mapscope.txt" | sed 's/^/+ /'
} >"$work/mismatches.txt"
if [ "$bless" = 1 ]; then
  cp "$work/mismatches.txt" "$expected"
  echo "recorded $((missed + wrong)) mismatched lines in $expected"
elif diff -u "$expected" "$work/mismatches.txt" >"$work/diff"; then
  echo "mismatches:        the $((missed + wrong)) lines recorded in $expected"
else
  echo "mismatches differ from $expected (a line added below is a regression; a line removed is a fix,"
  echo "to be recorded with scripts/types-errors-corpus.sh --bless):"
  tail -n +3 "$work/diff"
  exit 1
fi
