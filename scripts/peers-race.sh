#!/usr/bin/env bash
# Runs the peers of the planned concurrent-map-access check on the race corpus (tests/race):
# go vet (its default analyzers, copylocks among them), staticcheck (pinned, installed with
# go install into target/peers-race/bin) and Go's race detector (one run, and five runs), scores
# each against the corpus labels, measures the race detector's time and memory overhead, and
# writes the table to docs/peers-race.md. mapscope's concurrent-map-access check gets a row once
# docs/checks.md lists it (the script then builds mapscope), or when MAPSCOPE names a binary.
#
# Scoring, per program. A static tool *finds* a positive when one of its findings in the
# program is on the want line, the other-access line or a line marked `// root cause` (the
# value receiver, by-value parameter or range variable that copies the mutex, the RLock that
# should be a Lock, ...); the race detector finds it when a run prints a DATA RACE report that
# names the want line. A tool *flags* a program when it reports anything in it. Recall is
# found / positives; precision is found / flagged, so a finding elsewhere in a positive, or any
# finding in a negative, costs precision.
# Usage: [MAPSCOPE=path/to/mapscope] scripts/peers-race.sh [--no-write]
#        (--no-write prints the table instead of writing the doc)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
corpus=tests/race
doc=docs/peers-race.md
go=${GO:-go}
staticcheck_version=v0.8.2 # honnef.co/go/tools; staticcheck 2026.2.2
runs=5
write=1
if [[ ${1:-} == --no-write ]]; then
    write=0
fi

gobin=$root/target/peers-race/bin
if [[ ! -x $gobin/staticcheck ]] || ! "$gobin/staticcheck" -version | grep -q "(${staticcheck_version#v})"; then
    GOBIN=$gobin "$go" install "honnef.co/go/tools/cmd/staticcheck@$staticcheck_version"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t names < <(find "$corpus" -mindepth 2 -maxdepth 2 -name main.go -printf '%h\n' | xargs -n1 basename | sort)
positives=0
for name in "${names[@]}"; do
    if [[ $name == pos_* ]]; then positives=$((positives + 1)); fi
done

# The lines of a program on which a finding counts as finding its race: "NAME:LINE" each.
for name in "${names[@]}"; do
    { grep -nE '// (want "|other access|root cause)' "$corpus/$name/main.go" || true; } | cut -d: -f1 | sed "s/^/$name:/"
done | sort -u >"$work/relevant"

# Findings as "NAME:LINE", one per line (several findings on a line count once).
findings() {
    grep -oE '^(\./)?(pos|neg)_[a-z0-9_]+/main\.go:[0-9]+' "$1" | sed -E 's|^\./||; s|/main\.go||' | sort -u || true
}

# One table row: tool, the findings file, and what the cost column says.
score() {
    local tool=$1 found_file=$2 cost=$3
    local flagged found recall precision
    flagged=$(cut -d: -f1 "$found_file" | sort -u | wc -l)
    found=$(comm -12 "$found_file" "$work/relevant" | cut -d: -f1 | grep '^pos_' | sort -u | wc -l || true)
    recall=$(awk -v f="$found" -v p="$positives" 'BEGIN { printf "%d/%d = %.2f", f, p, f / p }')
    if [[ $flagged -eq 0 ]]; then
        precision="— (nothing flagged)"
    else
        precision=$(awk -v f="$found" -v n="$flagged" 'BEGIN { printf "%d/%d = %.2f", f, n, f / n }')
    fi
    echo "| $tool | $recall | $precision | $cost |" >>"$work/table"
    if [[ $tool == race* || $tool == mapscope* ]]; then # they find most: list what they miss
        for name in "${names[@]}"; do
            if [[ $name == pos_* ]] && ! grep -q "^$name:" <(comm -12 "$found_file" "$work/relevant"); then
                echo "$tool misses $name" >>"$work/details"
            fi
        done
    else
        comm -12 "$found_file" "$work/relevant" | cut -d: -f1 | grep '^pos_' | sort -u | sed "s/^/$tool finds /" >>"$work/details" || true
    fi
    comm -23 "$found_file" "$work/relevant" | sed "s/^/$tool flags off target: /" >>"$work/details"
}

# Seconds since $1 (a `date +%s.%N`), with one decimal.
since() {
    awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'
}

: >"$work/table"
: >"$work/details"

# go vet: exit status 1 means findings.
start=$(date +%s.%N)
(cd "$corpus" && "$go" vet ./... >"$work/vet.out" 2>&1) || true
vet_seconds=$(since "$start")
findings "$work/vet.out" >"$work/vet.found"
score "go vet ($("$go" version | cut -d' ' -f3))" "$work/vet.found" "${vet_seconds} s for the corpus (warm build cache)"

start=$(date +%s.%N)
(cd "$corpus" && "$gobin/staticcheck" ./... >"$work/staticcheck.out" 2>&1) || true
staticcheck_seconds=$(since "$start")
findings "$work/staticcheck.out" >"$work/staticcheck.found"
score "staticcheck $("$gobin/staticcheck" -version | cut -d' ' -f2-)" "$work/staticcheck.found" \
    "${staticcheck_seconds} s for the corpus (warm cache)"

# The race detector: build each program with and without -race, run each race binary $runs
# times and each plain binary once, under /usr/bin/time for peak RSS and elapsed time.
pkgs=()
for name in "${names[@]}"; do pkgs+=("./$name"); done
mkdir -p "$work/race" "$work/plain" "$work/out"
(cd "$corpus" && "$go" build -race -o "$work/race/" "${pkgs[@]}" && "$go" build -o "$work/plain/" "${pkgs[@]}")
export GORACE="atexit_sleep_ms=0 halt_on_error=0 exitcode=66"
measure() { # NAME KIND RUN: writes out/NAME.KIND.RUN (output) and .time ("seconds peak-KB")
    # Elapsed time from the clock in nanoseconds: GNU time's %e has a 10 ms resolution, and most
    # plain runs are shorter, so their sum rounded to nearly nothing.
    local name=$1 kind=$2 run=$3 start end
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$out/$name.$kind.$run.rss" timeout 60 "$bin/$kind/$name" \
        >"$out/$name.$kind.$run" 2>&1 || true
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000 ))e-6 $(tail -n1 "$out/$name.$kind.$run.rss")" \
        >"$out/$name.$kind.$run.time"
}
export -f measure
export out="$work/out" bin="$work"
for name in "${names[@]}"; do
    for ((run = 1; run <= runs; run++)); do echo "$name race $run"; done
    echo "$name plain 1"
done | xargs -P 2 -n 3 bash -c 'measure "$@"' _

: >"$work/race1.found"
: >"$work/race5.found"
for name in "${names[@]}"; do
    want=$(grep -n '// want "' "$corpus/$name/main.go" | cut -d: -f1 || true)
    every=1
    for ((run = 1; run <= runs; run++)); do
        output=$work/out/$name.race.$run
        if grep -q 'WARNING: DATA RACE' "$output"; then
            if [[ -n "$want" ]] && grep -q "/$name/main.go:$want " "$output"; then
                line=$want
            else
                line=0 # flagged, but not at the want line
            fi
            if [[ $run -eq 1 ]]; then echo "$name:$line" >>"$work/race1.found"; fi
        else
            every=0
        fi
    done
    if [[ $every -eq 1 ]]; then
        echo "$name:${want:-0}" >>"$work/race5.found"
    fi
done
# Overhead: total elapsed time of one run of every program, and peak RSS (median of the ratios
# race / plain). GNU time puts "Command exited with non-zero status" before its last line.
for name in "${names[@]}"; do
    echo "$(tail -n1 "$work/out/$name.race.1.time") $(tail -n1 "$work/out/$name.plain.1.time")"
done >"$work/times"
ratios=$(awk '{ printf "%.2f %.0f\n", $2 / $4, $2 / 1024 }' "$work/times" | sort -n)
median_ratio=$(sed -n "$(( (${#names[@]} + 1) / 2 ))p" <<<"$ratios" | cut -d' ' -f1)
median_mb=$(cut -d' ' -f2 <<<"$ratios" | sort -n | sed -n "$(( (${#names[@]} + 1) / 2 ))p")
overhead=$(awk -v ratio="$median_ratio" -v mb="$median_mb" -v lo="$(head -n1 <<<"$ratios" | cut -d' ' -f1)" \
    -v hi="$(tail -n1 <<<"$ratios" | cut -d' ' -f1)" '{ rt += $1; pt += $3 }
    END { printf "time %.1f s vs %.1f s plain for one run of each program, process start included (%.1fx); peak RSS %.1fx (median; %s MB; from %.1fx to %.1fx)",
        rt, pt, rt / pt, ratio, mb, lo, hi }' "$work/times")
sort -u -o "$work/race1.found" "$work/race1.found"
sort -u -o "$work/race5.found" "$work/race5.found"
score "race detector, 1 run" "$work/race1.found" "$overhead"
score "race detector, all of $runs runs" "$work/race5.found" "$runs runs of each program"
# mapscope's own check, once it exists (docs/checks.md lists it), or the binary $MAPSCOPE names.
if [[ -n ${MAPSCOPE:-} ]] || grep -q 'concurrent-map-access' docs/checks.md; then
    if [[ -z ${MAPSCOPE:-} ]]; then
        cargo build --quiet --release --locked -p mapscope
    fi
    mapscope=${MAPSCOPE:-$root/target/release/mapscope}
    start=$(date +%s.%N)
    (cd "$corpus" && "$mapscope" check ./... >"$work/mapscope.out" 2>&1) || true
    mapscope_seconds=$(since "$start")
    grep '\[concurrent-map-access\]$' "$work/mapscope.out" >"$work/mapscope.cma" || true
    findings "$work/mapscope.cma" >"$work/mapscope.found"
    for name in "${names[@]}"; do
        { grep -n '// want "' "$corpus/$name/main.go" || true; } | cut -d: -f1 | sed "s/^/$name:/"
    done | sort >"$work/wants"
    exact=$(comm -12 "$work/mapscope.found" "$work/wants" | wc -l)
    elsewhere=$(comm -23 "$work/mapscope.found" "$work/wants" | wc -l)
    mapscope_status="mapscope's own check (issue 17) is measured with the same rules."
    score "mapscope check (concurrent-map-access)" "$work/mapscope.found" \
        "${mapscope_seconds} s for the corpus; on the want line exactly: $exact/$positives, findings elsewhere: $elsewhere"
else
    mapscope_status="mapscope's own check (issue 17) is planned."
    echo "| mapscope check | planned | planned | planned |" >>"$work/table"
fi

negatives=$(( ${#names[@]} - positives ))
{
    cat <<EOF
# Peers on the concurrent-map-access corpus

What go vet, staticcheck and Go's race detector find in the race corpus (tests/race:
${#names[@]} programs, $positives with a race on a map and $negatives near misses; the labels are
described in tests/race/README.md). $mapscope_status

Measured $(date -u +%Y-%m-%d) on $(nproc) cores with $("$go" version | cut -d' ' -f3-),
staticcheck $("$gobin/staticcheck" -version | cut -d' ' -f2-) (honnef.co/go/tools $staticcheck_version) and go vet's default analyzers, by
\`scripts/peers-race.sh\`.

| tool | recall (positives found) | precision (found / programs flagged) | cost |
|---|---|---|---|
EOF
    cat "$work/table"
    cat <<'EOF'

How a program counts. A static tool finds a positive when one of its findings in that program
is on the want line, the line of the other access, or a line marked `// root cause` (the value
receiver, by-value parameter or range variable that copies the mutex, the RLock that should be a
Lock, the mutex local to the call, the caller that forgets the lock). The race detector finds a
positive when a run prints a `WARNING: DATA RACE` report that names the want line. A tool flags
a program when it reports anything in it; precision is found / flagged, so a finding off target
in a positive, or any finding in a negative, costs precision.

What the numbers mean:
- The race detector is the corpus's oracle (scripts/race-corpus-oracle.sh requires a report in
  each of five runs), so its recall and precision here are 1 by construction: every program
  makes both racing accesses run. On real code it finds only the races that a run reaches, at
  the cost in the table. These programs are tiny and their cost is mostly the race runtime's
  startup; for real workloads *100 Go Mistakes* (section 11.2) gives 5-10x memory and 2-20x
  time.
- go vet has no analyzer for races. It finds a positive only through copylocks, when the root
  cause is a copied mutex (a value receiver, a by-value parameter, a range variable).
- staticcheck has no check for races on maps either.

Findings per program (what the static tools find, what the race detector misses, and every
finding off target):

EOF
    sed 's/^/- /' "$work/details"
} >"$work/doc"

if [[ $write -eq 1 ]]; then
    cp "$work/doc" "$doc"
    echo "wrote $doc"
fi
cat "$work/table"
