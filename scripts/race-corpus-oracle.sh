#!/usr/bin/env bash
# Confirms the labels of tests/race (the concurrent-map-access corpus) with Go's race detector.
# Every program is built once with `go build -race` and run RUNS times (default 5, two at a time):
# - a positive (one `// want "..."` line) must print, in every run, at least one
#   `WARNING: DATA RACE` report whose stacks name a runtime map function (runtime.map*,
#   internal/runtime/maps.*) with the want line, a map write, as one access; every report must be
#   between the want line and either itself (instances of one statement) or the line marked
#   `// other access` (a report without a map function is a race on an element, as `m[k]++`
#   gives, or on len(m), which reads the map without a runtime call);
# - a negative (no want line) must exit 0 with no report, in every run.
# Programs named pos_* must have exactly one want line, neg_* none. The script prints a summary
# and exits 1 on any mislabelled program. tests/race/README.md describes the convention.
# Usage: scripts/race-corpus-oracle.sh [PROGRAM...]   (default: every program of the corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=tests/race
go=${GO:-go}
runs=${RUNS:-5}
# No sleep at exit (every program waits for its goroutines itself); the default exit code 66.
export GORACE="atexit_sleep_ms=0 history_size=3 halt_on_error=0 exitcode=66"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ $# -gt 0 ]]; then
    names=("$@")
else
    mapfile -t names < <(find "$corpus" -mindepth 2 -maxdepth 2 -name main.go -printf '%h\n' | xargs -n1 basename | sort)
fi
pkgs=()
for name in "${names[@]}"; do
    pkgs+=("./$name")
done

mkdir -p "$work/bin" "$work/out"
start=$SECONDS
(cd "$corpus" && "$go" build -race -o "$work/bin/" "${pkgs[@]}")
build_seconds=$((SECONDS - start))

# One run: its output and its exit status. When the two accesses really overlap, the runtime
# throws "fatal error: concurrent map writes" (exit 2), possibly in the middle of the race
# report; such a run is repeated (up to three times) and counted in $out/crashed.
run_one() {
    local bin=$1 name=$2 run=$3 status attempt
    for attempt in 1 2 3; do
        status=0
        timeout 60 "$bin/$name" >"$out/$name.$run" 2>&1 || status=$?
        if [[ $status -ne 2 ]] || ! grep -q 'fatal error: concurrent map' "$out/$name.$run"; then
            break
        fi
        echo "$name run $run attempt $attempt" >>"$out/crashed"
    done
    echo "$status" >"$out/$name.$run.status"
}
export -f run_one
export out="$work/out"
start=$SECONDS
for name in "${names[@]}"; do
    for ((run = 1; run <= runs; run++)); do
        printf '%s %s %s\n' "$work/bin" "$name" "$run"
    done
done | xargs -P 2 -n 3 bash -c 'run_one "$@"' _
run_seconds=$((SECONDS - start))

# The races of one run's output, one line per report: "LINE KIND LINE KIND MAPFN" with the
# main.go line of each access (or "?" when an access has no frame in main.go), whether it is a
# read or a write, and MAPFN 1 when a stack names a runtime map function.
races() {
    awk -v file="/$1/main.go:" '
        /^WARNING: DATA RACE/ { inreport = 1; n = 0; mapfn = 0; next }
        inreport && /^(Read|Write|Previous read|Previous write|Atomic .*) at 0x/ {
            n++; line[n] = "?"; kind[n] = ($0 ~ /^(Previous w|W)rite/) ? "write" : "read"; section = 1; next
        }
        inreport && /^Goroutine .* created at:/ { section = 0; next }
        inreport && /^==================/ {
            if (n == 2) print line[1], kind[1], line[2], kind[2], mapfn; else print "? - ? -", mapfn
            inreport = 0; next
        }
        inreport && section && /^  [^ ].*\(/ {
            if (line[n] == "?" && ($0 ~ /^  runtime\.map/ || $0 ~ /^  internal\/runtime\/maps\./)) mapfn = 1
            next
        }
        inreport && section && /^      / {
            if (line[n] == "?" && index($0, file)) {
                split(substr($0, index($0, file) + length(file)), parts, /[^0-9]/); line[n] = parts[1]
            }
            next
        }
    ' "$2"
}

bad=0 positives=0 negatives=0
for name in "${names[@]}"; do
    src=$corpus/$name/main.go
    want=$(grep -n '// want "' "$src" | cut -d: -f1 | tr '\n' ' ' | sed 's/ $//' || true)
    other=$(grep -n '// other access' "$src" | cut -d: -f1 | tr '\n' ' ' | sed 's/ $//' || true)
    case $name in
        pos_*)
            positives=$((positives + 1))
            if [[ -z "$want" || "$want" == *" "* || "$other" == *" "* ]]; then
                echo "MISLABELLED $name: a positive needs one want line and at most one other access (want: ${want:-none}, other: ${other:-none})"
                bad=1; continue
            fi
            expected="$want${other:+ $other}"
            # The want goes on a write: an assignment or op-assignment to an index, ++ or --, delete
            # or clear. (The race detector may report `m[k] += v` by its read half alone.)
            code=$(sed -n "${want}p" "$src" | sed 's|//.*||')
            if ! grep -qE '\]\s*(\+\+|--|(<<|>>|&\^|[-+*/%&|^])?=([^=]|$))|\b(delete|clear)\(' <<<"$code"; then
                echo "MISLABELLED $name: the want line $want is not a map write: $code"
                bad=1; continue
            fi
            for ((run = 1; run <= runs; run++)); do
                status=$(cat "$out/$name.$run.status")
                reports=$(races "$name" "$out/$name.$run")
                problem=
                if [[ -z "$reports" ]]; then
                    problem="no race report (exit $status)"
                elif [[ $status -ne 66 ]]; then
                    problem="exit $status"
                else
                    confirmed=0
                    while read -r a kind_a b kind_b mapfn; do
                        if [[ " $expected " != *" $a "* || " $expected " != *" $b "* ||
                              ($a != "$want" && $b != "$want") ]]; then
                            problem="a race between lines $a ($kind_a) and $b ($kind_b), want one of them at $want, the other at $expected"
                        elif [[ $mapfn -eq 1 ]]; then
                            confirmed=1
                        fi
                    done <<<"$reports"
                    if [[ -z "$problem" && $confirmed -eq 0 ]]; then
                        problem="no report of the want line names a runtime map function"
                    fi
                fi
                if [[ -n "$problem" ]]; then
                    echo "MISLABELLED $name (run $run of $runs): $problem"
                    sed -n '1,40s/^/    /p' "$out/$name.$run"
                    bad=1; break
                fi
            done
            ;;
        neg_*)
            negatives=$((negatives + 1))
            if [[ -n "$want" || -n "$other" ]]; then
                echo "MISLABELLED $name: a negative has want or other-access lines"; bad=1; continue
            fi
            for ((run = 1; run <= runs; run++)); do
                status=$(cat "$out/$name.$run.status")
                if [[ $status -ne 0 ]] || grep -q 'WARNING: DATA RACE' "$out/$name.$run"; then
                    echo "MISLABELLED $name (run $run of $runs): exit $status, want a clean run"
                    sed -n '1,40s/^/    /p' "$out/$name.$run"
                    bad=1; break
                fi
            done
            ;;
        *)
            echo "MISNAMED $name: a program's directory starts with pos_ or neg_"; bad=1
            ;;
    esac
done

crashed=0
if [[ -f $out/crashed ]]; then
    crashed=$(wc -l <"$out/crashed")
fi
echo "race corpus: ${#names[@]} programs ($positives positive, $negatives negative), $runs runs each;" \
    "build ${build_seconds}s, runs ${run_seconds}s; $crashed attempts crashed on a real overlap and were run again"
if [[ $bad -ne 0 ]]; then
    echo "FAILED: some labels disagree with the race detector (above)"
    exit 1
fi
echo "every label agrees with the race detector in all $runs runs"
