#!/usr/bin/env bash
# Runs `mapscope types` beside go/types (tools/mapexprs) on real modules fetched, with their
# dependencies, through the Go module proxy, and prints per module: the map lines of each and how
# many are identical, the type errors mapscope reports that go/types does not (false errors on valid
# code), and both wall-clock times. Not part of scripts/test.sh (it downloads); its last results and
# this command go in docs/real-modules.md.
# Usage: scripts/real-modules.sh [MODULE@VERSION...]   (default: the pinned list below)
#        KEEP=DIR keeps the work tree (module copies and every tool's output) in DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "real-modules: go is not on PATH" >&2; exit 2; }
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(
  github.com/samber/lo@v1.53.0
  github.com/go-chi/chi/v5@v5.5.0
  github.com/spf13/cobra@v1.10.2
  go.etcd.io/bbolt@v1.5.0
  go.uber.org/zap@v1.28.0
  github.com/stretchr/testify@v1.12.1
  github.com/gin-gonic/gin@v1.12.0
  github.com/redis/go-redis/v9@v9.23.0
  gorm.io/gorm@v1.31.2
  golang.org/x/net@v0.63.0
  google.golang.org/protobuf@v1.36.12
  google.golang.org/grpc@v1.85.0
  github.com/prometheus/client_golang@v1.25.0
  k8s.io/apimachinery@v0.37.2
  github.com/cilium/ebpf@v0.22.0
)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
(cd tools/mapexprs && go build -o "$CARGO_TARGET_DIR/mapexprs" .)
mapscope=$CARGO_TARGET_DIR/release/mapscope
oracle=$CARGO_TARGET_DIR/mapexprs
work=${KEEP:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
export GOFLAGS=-modcacherw

# Wall-clock seconds of a command, its stdout to $1 and stderr to $2.
timed() {
  local out=$1 err=$2
  shift 2
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$out" 2>"$err" || true
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'
}

printf '%-40s %9s %9s %9s %7s %8s %8s\n' module go/types mapscope identical false go/types mapscope
printf '%-40s %9s %9s %9s %7s %8s %8s\n' '' 'map lines' 'map lines' '' errors 'time s' 'time s'
total_false=0
total_diff=0
for mv in "${modules[@]}"; do
  name=${mv//\//_}
  dir=$work/$name/src
  if [ ! -d "$dir" ]; then
    src=$(go mod download -json "$mv" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
    [ -n "$src" ] || { echo "real-modules: cannot download $mv" >&2; exit 2; }
    mkdir -p "$work/$name"
    cp -r "$src" "$dir"
    chmod -R u+w "$dir"
    (cd "$dir" && go mod download) >"$work/$name/download.log" 2>&1 || {
      echo "real-modules: go mod download failed in $mv (see $work/$name/download.log)" >&2
      exit 2
    }
  fi
  o=$work/$name
  t_go=$(timed "$o/oracle.txt" "$o/oracle.err" "$oracle" -C "$dir" ./...)
  t_ms=$(timed "$o/mapscope.txt" "$o/mapscope.err" "$mapscope" types -C "$dir" --map-exprs ./...)
  "$mapscope" types -C "$dir" ./... >"$o/mapscope-errors.txt" 2>/dev/null || true
  sed -n 's|^mapexprs: error: ||p' "$o/oracle.err" | sed "s|^$dir/||" | LC_ALL=C sort >"$o/oracle-errors.txt"
  LC_ALL=C sort "$o/mapscope-errors.txt" -o "$o/mapscope-errors.txt"
  LC_ALL=C sort "$o/oracle.txt" -o "$o/oracle.txt"
  LC_ALL=C sort "$o/mapscope.txt" -o "$o/mapscope.txt"
  both=$(LC_ALL=C comm -12 "$o/oracle.txt" "$o/mapscope.txt" | wc -l)
  diff_lines=$(( $(wc -l <"$o/oracle.txt") + $(wc -l <"$o/mapscope.txt") - 2 * both ))
  LC_ALL=C comm -13 "$o/oracle-errors.txt" "$o/mapscope-errors.txt" >"$o/false-errors.txt"
  false_errors=$(wc -l <"$o/false-errors.txt")
  total_false=$((total_false + false_errors))
  total_diff=$((total_diff + diff_lines))
  printf '%-40s %9d %9d %9d %7d %8s %8s\n' "$mv" "$(wc -l <"$o/oracle.txt")" "$(wc -l <"$o/mapscope.txt")" \
    "$both" "$false_errors" "$t_go" "$t_ms"
  sed 's/^/    false error: /' "$o/false-errors.txt" | head -20
  LC_ALL=C comm -3 "$o/oracle.txt" "$o/mapscope.txt" | sed 's/^\t/    mapscope only: /; s/^\([^ ]\)/    go\/types only: \1/' | head -10
done
echo "map lines that differ: $total_diff; false type errors: $total_false"
[ "$total_diff" -eq 0 ] && [ "$total_false" -eq 0 ]
