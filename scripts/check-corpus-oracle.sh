#!/usr/bin/env bash
# Confirms the labels of tests/nilmap with real Go: every program (a directory, possibly with
# subpackages) with a `// want` comment in any of its files must panic with "assignment to entry
# in nil map" at exactly that file and line (the first frame of the panicking goroutine that lies
# in the program's own files), every other one must exit 0. Only a mislabelled or broken program
# fails the script.
# Then prints mapscope check's recall and precision against what Go did, overall and per check
# (the name in brackets at the end of each finding line). A positive is expected of
# nested-map-write when its directory name contains "nested_map", of nil-map-write otherwise; a
# finding on any panicking line counts as true for the check that made it. What mapscope check
# misses or adds is not a failure here but a line of the corpus test's snapshot
# (crates/mapscope_analysis/tests/snapshots/), which lists every difference from the labels.
# With NILMAP_TRUTH_OUT=FILE it also writes Go's panicking lines ("dir/file.go:line", one a line,
# sorted) to FILE, for scripts/peers-nilmap.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=tests/nilmap
root=$(cd "$corpus" && pwd)
go=${GO:-go}
cargo build --quiet --release --locked -p mapscope
mapscope=target/release/mapscope

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
truth=$work/truth flagged=$work/flagged out=$work/out
: >"$truth"
# One build of every program (main packages land in $work/bin under their directory's name).
mkdir "$work/bin"
(cd "$corpus" && "$go" build -o "$work/bin/" ./...)

bad=0
programs=0
for dir in "$corpus"/*/; do
    name=$(basename "$dir")
    programs=$((programs + 1))
    # "name/path/file.go:line" of every want comment of the program, its subpackages included.
    want=$(grep -rn --include='*.go' '// want "' "$dir" | cut -d: -f1,2 | sed "s|^$corpus/||" |
        sort | tr '\n' ' ' || true)
    status=0
    (cd "$dir" && timeout 60 "$work/bin/$name") >"$out" 2>&1 || status=$?
    if grep -q 'assignment to entry in nil map' "$out"; then
        at=$(sed -n "s|^[[:space:]]*$root/\($name/[^ :]*\.go:[0-9]*\).*|\1|p" "$out" | sed -n 1p)
        echo "$at" >>"$truth"
        if [[ "$want" != "$at " ]]; then
            echo "MISLABELLED $name: Go panics at ${at:-an unknown line}, want: ${want:-none}"
            bad=1
        fi
    elif [[ $status -ne 0 ]]; then
        echo "FAILED $name: exit $status without a nil-map panic"
        cat "$out"
        bad=1
    elif [[ -n "$want" ]]; then
        echo "MISLABELLED $name: Go runs clean, want: $want"
        bad=1
    fi
done

# "file:line check" for every finding line (notes are indented and skipped).
"$mapscope" check -C "$corpus" ./... |
    sed -nE 's/^([^ :]+):([0-9]+):[0-9]+: .* \[([a-z-]+)\]$/\1:\2 \3/p' | sort -u >"$flagged" || true
sort -u -o "$truth" "$truth"
if [[ -n "${NILMAP_TRUTH_OUT:-}" ]]; then
    cp "$truth" "$NILMAP_TRUTH_OUT"
fi
cut -d' ' -f1 "$flagged" | sort -u >"$work/flagged-lines"
echo "corpus: $programs programs, $(wc -l <"$truth") panic in Go;" \
    "mapscope check reports $(wc -l <"$work/flagged-lines") lines"

# score LABEL TRUTH-FILE FINDINGS-FILE: recall against TRUTH-FILE, precision against all panics.
score() {
    local tp positives reported correct
    tp=$(comm -12 "$2" "$3" | wc -l)
    positives=$(wc -l <"$2")
    reported=$(wc -l <"$3")
    correct=$(comm -12 "$truth" "$3" | wc -l)
    awk -v label="$1" -v tp="$tp" -v p="$positives" -v c="$correct" -v r="$reported" 'BEGIN {
        printf "%-18s recall %d/%d = %.2f, precision %d/%d = %.2f\n", label, tp, p,
            (p ? tp / p : 1), c, r, (r ? c / r : 1)
    }'
}
score "all checks:" "$truth" "$work/flagged-lines"
grep '^[^/]*nested_map' "$truth" >"$work/truth-nested-map-write" || true
grep -v '^[^/]*nested_map' "$truth" >"$work/truth-nil-map-write" || true
for check in nil-map-write nested-map-write; do
    awk -v c="$check" '$2 == c { print $1 }' "$flagged" | sort -u >"$work/flagged-$check"
    score "$check:" "$work/truth-$check" "$work/flagged-$check"
done
comm -3 "$truth" "$work/flagged-lines" | sed 's/^/DIFFERS (Go | mapscope): /'
if [[ $bad -ne 0 ]]; then
    exit 1
fi
