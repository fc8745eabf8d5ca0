#!/usr/bin/env bash
# Confirms the labels of tests/nilmap with real Go: every program with a
# `// want` comment must panic with "assignment to entry in nil map" at that line, every other one
# must exit 0. Then prints mapscope check's recall and precision against what Go did; what
# mapscope check misses or adds is not a failure here but a line of the corpus test's snapshot
# (crates/mapscope_analysis/tests/snapshots/), which lists every difference from the labels.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=tests/nilmap
go=${GO:-go}
cargo build --quiet --release --locked -p mapscope
mapscope=target/release/mapscope

truth=$(mktemp) flagged=$(mktemp) out=$(mktemp)
trap 'rm -f "$truth" "$flagged" "$out"' EXIT
bad=0
for dir in "$corpus"/*/; do
    name=$(basename "$dir")
    want=$(grep -n '// want "' "$dir"main.go | cut -d: -f1 | sort -n | tr '\n' ' ' || true)
    status=0
    (cd "$corpus" && "$go" run "./$name") >"$out" 2>&1 || status=$?
    if grep -q 'assignment to entry in nil map' "$out"; then
        # The first frame of the panicking goroutine in the program's own file.
        line=$(grep -oE "/$name/main\.go:[0-9]+" "$out" | head -n1 | cut -d: -f2)
        echo "$name/main.go:$line" >>"$truth"
        if [[ "$want" != "$line " ]]; then
            echo "MISLABELLED $name: Go panics at line $line, want lines: ${want:-none}"
            bad=1
        fi
    elif [[ $status -ne 0 ]]; then
        echo "FAILED $name: exit $status without a nil-map panic"; cat "$out"; bad=1
    elif [[ -n "$want" ]]; then
        echo "MISLABELLED $name: Go runs clean, want lines: $want"; bad=1
    fi
done

"$mapscope" check -C "$corpus" ./... | grep -v '^  note:' | cut -d: -f1,2 | sort -u >"$flagged" || true
sort -u -o "$truth" "$truth"
tp=$(comm -12 "$truth" "$flagged" | wc -l)
positives=$(wc -l <"$truth")
reported=$(wc -l <"$flagged")
programs=$(find "$corpus" -mindepth 1 -maxdepth 1 -type d | wc -l)
echo "corpus: $programs programs, $positives panic in Go; mapscope check reports $reported"
awk -v tp="$tp" -v p="$positives" -v r="$reported" 'BEGIN {
    printf "recall %d/%d = %.2f, precision %d/%d = %.2f\n", tp, p, (p ? tp / p : 1), tp, r, (r ? tp / r : 1)
}'
comm -3 "$truth" "$flagged" | sed 's/^/DIFFERS (Go | mapscope): /'
if [[ $bad -ne 0 ]]; then
    exit 1
fi
