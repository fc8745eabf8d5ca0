#!/usr/bin/env bash
# Confirms the map-elem-addr fixtures (tests/mapelem) with Go: every line marked `// want` must be
# rejected by the compiler (`go build -gcflags=-e`), and go/types' error lines (tools/mapexprs)
# must equal tests/mapelem/go-types-errors.golden, which `cargo test -p mapscope_analysis --test
# map_elem_addr` compares with mapscope's type errors without running Go.
# Usage: scripts/mapelem-oracle.sh [--bless]   (--bless rewrites the golden file)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "mapelem-oracle: go is not on PATH" >&2; exit 2; }
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
mkdir -p "$CARGO_TARGET_DIR"
(cd tools/mapexprs && go build -o "$CARGO_TARGET_DIR/mapexprs" .)
dir=$PWD/tests/mapelem
golden=$dir/go-types-errors.golden
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$dir" && "$CARGO_TARGET_DIR/mapexprs" ./... 2>&1 >/dev/null || true) |
  sed -n "s|^mapexprs: error: $dir/||p" | LC_ALL=C sort >"$work/types.txt"
(cd "$dir" && go build -gcflags=-e ./... 2>&1 || true) |
  grep -E '^[^#].*\.go:[0-9]+:[0-9]+: ' | sed 's|^\./||' | LC_ALL=C sort >"$work/gc.txt"
status=0
# Every want line is a compile error for gc.
while IFS=: read -r file line _; do
  if ! grep -q "^$file:$line:" "$work/gc.txt"; then
    echo "mapelem-oracle: $file:$line is marked // want but gc accepts it" >&2
    status=1
  fi
done < <(cd "$dir" && grep -rn --include='*.go' '// want "' . | sed 's|^\./||')
if [ "${1:-}" = --bless ]; then
  cp "$work/types.txt" "$golden"
  echo "mapelem-oracle: wrote $golden ($(wc -l <"$golden") lines)"
elif ! diff -u "$golden" "$work/types.txt"; then
  echo "mapelem-oracle: go/types' errors differ from $golden" >&2
  status=1
fi
[ "$status" = 0 ] && echo "mapelem-oracle: $(grep -rc --include='*.go' '// want "' "$dir" | awk -F: '{s+=$2} END {print s}') want lines rejected by gc; go/types' errors match the golden file"
exit "$status"
