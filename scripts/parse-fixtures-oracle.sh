#!/usr/bin/env bash
# The parser fixtures' golden files against go/parser: runs tools/astdump on every
# crates/mapscope_syntax/tests/fixtures/*.go and on the fixture mutants (written by the
# write_mutants example) and fails if its output differs from the committed golden files, which
# `cargo test -p mapscope_syntax` compares mapscope's output with (without Go).
#
# Usage: scripts/parse-fixtures-oracle.sh [--bless]
#   --bless   rewrite the golden files from go/parser's output (review the diff before committing)
#
# Golden files: NAME.go.dump next to each fixture (astdump's output without the `== PATH` line),
# or NAME.go.hash (`astdump -hash`: the errors and a hash of the dump) when the dump is larger
# than MAX_DUMP bytes; tests/mutants.hash for the mutants. Needs Go 1.26 as `go`.
set -euo pipefail
cd "$(dirname "$0")/.."

bless=false
case "${1:-}" in
  --bless) bless=true ;;
  "") ;;
  *) echo "usage: $0 [--bless]" >&2; exit 2 ;;
esac
command -v go >/dev/null || { echo "parse-fixtures-oracle: needs Go 1.26 as 'go' on PATH" >&2; exit 2; }

# The deep-nesting fixtures dump to megabytes (one indentation space per level); those get a hash.
MAX_DUMP=$((256 * 1024))
crate=crates/mapscope_syntax
fixtures=$crate/tests/fixtures

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd tools/astdump && go build -o "$tmp/astdump" .)
astdump="$tmp/astdump"

status=0
# check_or_bless GOLDEN ACTUAL: compares (or, with --bless, replaces) one golden file.
check_or_bless() {
  if $bless; then
    cmp -s "$2" "$1" 2>/dev/null || { cp "$2" "$1"; echo "blessed $1"; }
  elif [ ! -e "$1" ]; then
    echo "MISSING $1 (run $0 --bless)"; status=1
  elif ! cmp -s "$2" "$1"; then
    echo "DIFFERS $1 (go/parser's output vs the committed file; run $0 --bless if go/parser is right):"
    diff -a -u "$1" "$2" | head -n 20 || true
    status=1
  fi
}

n=0
for f in "$fixtures"/*.go; do
  n=$((n + 1))
  "$astdump" "$f" | tail -n +2 >"$tmp/out"
  if [ "$(wc -c <"$tmp/out")" -gt "$MAX_DUMP" ]; then
    "$astdump" -hash "$f" | tail -n +2 >"$tmp/out"
    golden=$f.hash other=$f.dump
  else
    golden=$f.dump other=$f.hash
  fi
  if [ -e "$other" ]; then
    if $bless; then git rm -q --ignore-unmatch "$other"; rm -f "$other"; echo "removed $other"
    else echo "STALE $other (the golden file for $f is $golden; run $0 --bless)"; status=1; fi
  fi
  check_or_bless "$golden" "$tmp/out"
done
for g in "$fixtures"/*.go.dump "$fixtures"/*.go.hash; do
  [ -e "$g" ] && [ ! -e "${g%.*}" ] || continue
  if $bless; then git rm -q --ignore-unmatch "$g"; rm -f "$g"; echo "removed $g"
  else echo "ORPHAN $g (no fixture ${g%.*}; run $0 --bless)"; status=1; fi
done

# The mutants: go/parser's errors and dump hash per file, under the file's name.
cargo run --quiet --locked -p mapscope_syntax --example write_mutants -- "$tmp/mutants"
(cd "$tmp/mutants" && LC_ALL=C ls) | sed "s|^|$tmp/mutants/|" >"$tmp/mutants.list"
"$astdump" -hash -list "$tmp/mutants.list" | sed "s|^== $tmp/mutants/|== |" >"$tmp/mutants.hash"
check_or_bless "$crate/tests/mutants.hash" "$tmp/mutants.hash"
m=$(wc -l <"$tmp/mutants.list")

echo "parse-fixtures-oracle: $n fixtures, $m mutants, $([ $status = 0 ] && echo ok || echo FAILED)"
exit $status
