#!/usr/bin/env bash
# Renders `mapscope ssa --html` pages in headless Chromium (Debian's chromium package) and checks,
# from the page as the browser laid it out, that every block of the function and its values were
# drawn. With --screenshot DIR it also saves a PNG of one page (for docs/).
set -euo pipefail
cd "$(dirname "$0")/.."
shots=
[ "${1:-}" = --screenshot ] && shots=${2:?--screenshot needs a directory}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "ssa-html-chromium: chromium is not installed (apt-get install chromium)" >&2; exit 2; }
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p mapscope
mapscope=$CARGO_TARGET_DIR/release/mapscope
fixture=crates/mapscope_ssa/tests/fixtures/mapops
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$work/profile")
fail=0
for func in example.com/mapops.Control example.com/mapops.Basics 'example.com/mapops.Closures$1'; do
  "$mapscope" ssa -C "$fixture" --func "$func" --html "$work/page.html" ./...
  blocks=$(sed -n 's/.*id="summary" data-blocks="\([0-9]*\)".*/\1/p' "$work/page.html")
  "$browser" "${flags[@]}" --virtual-time-budget=5000 --dump-dom "file://$work/page.html" >"$work/dom.html" 2>/dev/null
  drawn=$(sed -n 's/.*data-rendered-blocks="\([0-9]*\)".*/\1/p' "$work/dom.html" | head -1)
  values=$(sed -n 's/.*data-rendered-values="\([0-9]*\)".*/\1/p' "$work/dom.html" | head -1)
  if [ -n "$blocks" ] && [ "$drawn" = "$blocks" ] && [ "${values:-0}" -gt 0 ]; then
    echo "ssa-html-chromium: $func: $drawn of $blocks blocks and $values value names drawn"
  else
    echo "ssa-html-chromium: $func: ${drawn:-no} of ${blocks:-?} blocks, ${values:-no} values drawn" >&2
    fail=1
  fi
done
if [ -n "$shots" ]; then
  mkdir -p "$shots"
  "$mapscope" ssa -C "$fixture" --func example.com/mapops.Control --html "$work/shot.html" ./...
  "$browser" "${flags[@]}" --window-size=1200,1000 --screenshot="$shots/ssa-html.png" "file://$work/shot.html" 2>/dev/null
  echo "ssa-html-chromium: wrote $shots/ssa-html.png"
fi
exit "$fail"
