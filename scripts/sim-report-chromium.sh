#!/usr/bin/env bash
# Renders `mapscope sim --html` reports in headless Chromium (Debian's chromium package) and checks,
# from the page as the browser laid it out, that the charts were drawn with the growths Go's rules
# give: n inserts into an empty map without a hint start one doubling per B up to the smallest B
# with n <= 6.5 * 2^B. With --screenshot DIR it also saves a PNG of one report (for docs/).
set -euo pipefail
cd "$(dirname "$0")/.."
shots=
[ "${1:-}" = --screenshot ] && shots=${2:?--screenshot needs a directory}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "sim-report-chromium: chromium is not installed (apt-get install chromium)" >&2; exit 2; }
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$work/profile")
fail=0
for n in 1000 20000 100000; do
  want=$(awk -v n="$n" 'BEGIN { b = 0; while (n > 8 && n > 6.5 * 2 ^ b) b++; print b }')
  "$CARGO_TARGET_DIR/release/mapscope" sim --inserts "$n" --html "$work/r$n.html" >/dev/null
  "$browser" "${flags[@]}" --virtual-time-budget=5000 --dump-dom "file://$work/r$n.html" >"$work/dom$n.html" 2>/dev/null
  got=$(sed -n 's/.*data-rendered-growths="\([0-9]*\)".*/\1/p' "$work/dom$n.html" | head -1)
  lines=$(sed -n 's/.*data-rendered-lines="\([0-9]*\)".*/\1/p' "$work/dom$n.html" | head -1)
  if [ "$got" = "$want" ] && [ "${lines:-0}" -ge 7 ]; then
    echo "sim-report-chromium: $n inserts: $got growth bands and $lines chart lines drawn (Go: $want doublings)"
  else
    echo "sim-report-chromium: $n inserts: ${got:-no} growth bands, ${lines:-no} lines drawn; Go's rules give $want" >&2
    fail=1
  fi
done
if [ -n "$shots" ]; then
  mkdir -p "$shots"
  "$CARGO_TARGET_DIR/release/mapscope" sim --inserts 100000 --deletes 0.3 --html "$work/shot.html" >/dev/null
  "$browser" "${flags[@]}" --window-size=1100,1500 --screenshot="$shots/sim-report.png" "file://$work/shot.html" 2>/dev/null
  echo "sim-report-chromium: wrote $shots/sim-report.png"
fi
exit "$fail"
