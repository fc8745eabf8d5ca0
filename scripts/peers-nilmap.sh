#!/usr/bin/env bash
# Scores mapscope check and its peers on the nil-map corpus (tests/nilmap) against real Go.
# Installs pinned staticcheck, nilaway and nilness with `go install` into target/peers/bin, gets
# Go's ground truth (the line of every program's "assignment to entry in nil map" panic) from
# scripts/check-corpus-oracle.sh, which also confirms every label, then runs each tool (and go vet
# and mapscope check's release build) once over the corpus, maps its findings to (file, line) and
# prints recall, precision, false alarms and wall time. Writes the table, the versions, the date
# and the command into docs/peers-nilmap.md (or the file named by $1).
#
# A finding counts when it claims a nil dereference or a nil-map write: staticcheck's SA5000 and
# SA5011, nilness's "nil dereference ..." messages, and every finding of nilaway, go vet and
# mapscope check. A counted finding on a line where Go panics is true, any other is a false alarm.
set -euo pipefail
cd "$(dirname "$0")/.."
out_doc=${1:-docs/peers-nilmap.md}
go=${GO:-go}
corpus=tests/nilmap
root=$(cd "$corpus" && pwd)

# Pinned versions (available ones are listed by `go list -m -versions MODULE`).
staticcheck_version=v0.8.2
nilaway_version=v0.0.0-20260918162853-acb8859b9031
xtools_version=v0.52.0

bin=$PWD/target/peers/bin
mkdir -p "$bin"
GOBIN=$bin "$go" install "honnef.co/go/tools/cmd/staticcheck@$staticcheck_version"
GOBIN=$bin "$go" install "go.uber.org/nilaway/cmd/nilaway@$nilaway_version"
GOBIN=$bin "$go" install "golang.org/x/tools/go/analysis/passes/nilness/cmd/nilness@$xtools_version"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
NILMAP_TRUTH_OUT=$work/truth scripts/check-corpus-oracle.sh >"$work/oracle.log" || {
    cat "$work/oracle.log"
    echo "peers-nilmap: the corpus oracle failed; fix the labels first" >&2
    exit 1
}
truth=$work/truth
programs=$(find "$corpus" -mindepth 1 -maxdepth 1 -type d | wc -l)
positives=$(wc -l <"$truth")
mapscope=$PWD/target/release/mapscope

# run NAME ALLOWED-STATUSES FILTER-REGEXP COMMAND...: runs COMMAND in the corpus, keeps the finding
# lines whose message matches FILTER-REGEXP as "dir/file.go:line" in $work/NAME.lines and the
# wall time in seconds in $work/NAME.time. Any exit status outside ALLOWED-STATUSES, or any output
# line that is neither a finding, an indented continuation, a "# package" header nor blank, is a
# failure of the tool run, not a result.
run() {
    local name=$1 allowed=$2 filter=$3 status=0 start end
    shift 3
    start=$(date +%s.%N)
    (cd "$corpus" && "$@") >"$work/$name.raw" 2>&1 || status=$?
    end=$(date +%s.%N)
    # A tool's own crash inside one function (NilAway's "INTERNAL PANIC", with its stack) is a
    # result, not a failure of the run: it is counted into $work/NAME.panics and set aside, and
    # the tool's findings still count.
    grep -c 'INTERNAL PANIC' "$work/$name.raw" >"$work/$name.panics" || true
    awk '/INTERNAL PANIC/ { crashed = 1; next }
        crashed && !/^[^[:space:]]+\.go:[0-9]+:[0-9]+: / { next }
        { crashed = 0; print }' "$work/$name.raw" |
        # An explanation that quotes source spanning lines (NilAway's "assigned `&T{...}`" with
        # the literal's closing brace on a line of its own) goes on on the next line: that line
        # belongs to the explanation above it.
        awk '/^([^[:space:]]+\.go:[0-9]+:[0-9]+: |[[:space:]]|# |\(Same nil source |$)/ {
                if (held != "") print held; held = $0; next }
            held ~ /^[[:space:]]/ { held = held " " $0; next }
            { if (held != "") print held; held = $0 }
            END { if (held != "") print held }' >"$work/$name.out"
    if [[ " $allowed " != *" $status "* ]] ||
        grep -qvE '^([^[:space:]]+\.go:[0-9]+:[0-9]+: |[[:space:]]|# |\(Same nil source |$)' "$work/$name.out"; then
        cat "$work/$name.out"
        echo "peers-nilmap: $name exited $status or printed something that is not a finding" >&2
        exit 1
    fi
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }' >"$work/$name.time"
    # NilAway groups the places one nil source reaches: "(Same nil source could also cause
    # potential nil panic(s) at 2 other place(s): "f.go:43:23", and ...)". Each is a finding.
    {
        grep -E '^[^[:space:]]+\.go:[0-9]+:[0-9]+: ' "$work/$name.out" | grep -E -- "$filter" || true
        grep -E '^\(Same nil source ' "$work/$name.out" |
            grep -oE '"[^"]+\.go:[0-9]+:[0-9]+"' | tr -d '"' | sed 's|$|: |' || true
    } | sed -E "s|^$root/||; s|^\./||" | cut -d: -f1,2 | sort -u >"$work/$name.lines" || true
}

staticcheck_cache=$work/staticcheck-cache
mkdir "$staticcheck_cache"
run staticcheck "0 1" '\((SA5000|SA5011)\)$' \
    env STATICCHECK_CACHE="$staticcheck_cache" "$bin/staticcheck" ./...
run nilness "0 3" ': nil dereference' "$bin/nilness" ./...
nilaway=("$bin/nilaway" -pretty-print=false -include-pkgs=example.com/nilmapcorpus)
run nilaway "0 3" '' "${nilaway[@]}" ./...
run nilaway-struct-init "0 3" '' "${nilaway[@]}" -experimental-struct-init ./...
run nilaway-struct-init-v2 "0 3" '' "${nilaway[@]}" -experimental-struct-init-v2 ./...
run go-vet "0 1" '' "$go" vet ./...
run mapscope "0 1" '' "$mapscope" check ./...

tools=(staticcheck nilness nilaway nilaway-struct-init nilaway-struct-init-v2 go-vet mapscope)

# row NAME LABEL VERSION: one table row, and the false alarms into $work/false-alarms.
row() {
    local name=$1 tp reported
    tp=$(comm -12 "$truth" "$work/$name.lines" | wc -l)
    reported=$(wc -l <"$work/$name.lines")
    awk -v label="$2" -v version="$3" -v tp="$tp" -v p="$positives" -v r="$reported" \
        -v t="$(cat "$work/$name.time")" -v crashes="$(cat "$work/$name.panics")" 'BEGIN {
        note = crashes > 0 ? sprintf(" (crashed inside %d functions: INTERNAL PANIC)", crashes) : ""
        printf "| %s | %s | %d/%d = %.0f%% | %d/%d = %s | %d | %s s%s |\n", label, version, tp, p,
            100 * tp / p, tp, r, (r ? sprintf("%.0f%%", 100 * tp / r) : "n/a"), r - tp, t, note
    }'
    comm -13 "$truth" "$work/$name.lines" | sed "s|^|- $2: |" >>"$work/false-alarms"
}

go_version=$("$go" env GOVERSION)
mapscope_commit=$(git rev-parse --short HEAD)
: >"$work/false-alarms"
{
    echo "# Peers on the nil-map corpus"
    echo
    echo "Generated by \`scripts/peers-nilmap.sh\` on $(date -u +%Y-%m-%d) with $go_version" \
        "on $(nproc) cores; mapscope at commit $mapscope_commit (release build)."
    echo "The corpus is tests/nilmap: $programs programs, of which $positives panic with" \
        "\"assignment to entry in nil map\" when run (the ground truth, from" \
        "scripts/check-corpus-oracle.sh) and the others run clean."
    echo
    echo "A finding counts when it claims a nil dereference or a nil-map write (staticcheck's" \
        "SA5000 and SA5011, nilness's \"nil dereference ...\", every finding of nilaway, go vet" \
        "and mapscope check). It is true when it is on the line where Go panics (for a panic" \
        "inside the standard library, the program's first frame), a false alarm otherwise."
    echo "Time is one wall-clock run over \`./...\` in the corpus with the Go build cache warm" \
        "and staticcheck's own cache empty, on a machine other jobs may share: the times are" \
        "rough, the ratios between tools less so."
    echo
    echo "| tool | version | recall | precision | false alarms | time |"
    echo "|---|---|---|---|---|---|"
    row staticcheck "staticcheck (default checks)" \
        "$("$bin/staticcheck" -version | sed 's/^staticcheck //')"
    row nilness "nilness" "x/tools $xtools_version"
    row nilaway "nilaway" "$nilaway_version"
    row nilaway-struct-init "nilaway -experimental-struct-init" "$nilaway_version"
    row nilaway-struct-init-v2 "nilaway -experimental-struct-init-v2" "$nilaway_version"
    row go-vet "go vet" "$go_version"
    row mapscope "mapscope check" "$mapscope_commit"
    echo
    echo "## Who finds each panic"
    echo
    while read -r at; do
        finders=$(for name in "${tools[@]}"; do
            if grep -qxF "$at" "$work/$name.lines"; then echo "$name"; fi
        done | paste -sd, - | sed 's/,/, /g')
        echo "- $at: ${finders:-none}"
    done <"$truth"
    echo
    echo "## False alarms"
    echo
    if [[ -s "$work/false-alarms" ]]; then
        cat "$work/false-alarms"
    else
        echo "None."
    fi
} >"$out_doc"
cat "$out_doc"
