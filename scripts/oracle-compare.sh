# shellcheck shell=bash
# Sourced by the scripts that compare mapscope with a Go oracle line by line on GOROOT/src
# (types-corpus.sh, types-objects-corpus.sh, ssa-corpus.sh): the comparison, its printout and the
# ratchet of committed differences, written once.

# compare_lines ORACLE MAPSCOPE NOUN MISMATCHES
# Compares two outputs as multisets of lines, prints how many lines each has, how many are in
# both and in one only, and the agreement (in both / in either), and writes the differing lines,
# "- " before the oracle's and "+ " before mapscope's, to MISMATCHES. Sets `differing`.
compare_lines() {
  local o m both only_o only_m total
  o=$(mktemp) m=$(mktemp)
  LC_ALL=C sort "$1" >"$o"
  LC_ALL=C sort "$2" >"$m"
  both=$(LC_ALL=C comm -12 "$o" "$m" | wc -l)
  only_o=$(LC_ALL=C comm -23 "$o" "$m" | wc -l)
  only_m=$(LC_ALL=C comm -13 "$o" "$m" | wc -l)
  total=$((both + only_o + only_m))
  printf '%-19s %s\n' "oracle $3:" "$(wc -l <"$o")" "mapscope $3:" "$(wc -l <"$m")" \
    "in both:" "$both" "oracle only (-):" "$only_o" "mapscope only (+):" "$only_m"
  printf '%-19s %s %%\n' "agreement:" \
    "$(awk -v b="$both" -v t="$total" 'BEGIN { printf "%.3f", t ? 100 * b / t : 100 }')"
  {
    LC_ALL=C comm -23 "$o" "$m" | sed 's/^/- /'
    LC_ALL=C comm -13 "$o" "$m" | sed 's/^/+ /'
  } >"$4"
  rm -f "$o" "$m"
  differing=$((only_o + only_m))
}

# check_ratchet MISMATCHES EXPECTED BLESS SCRIPT
# With BLESS=1 records MISMATCHES as EXPECTED; otherwise fails (returns 1) when they differ from
# EXPECTED in either direction, printing the diff: a line added is a regression, a line removed a
# fix to be recorded with `SCRIPT --bless`.
check_ratchet() {
  local diff
  if [ "$3" = 1 ]; then
    cp "$1" "$2"
    echo "recorded $(wc -l <"$1") differing lines in $2"
    return 0
  fi
  diff=$(mktemp)
  if diff -u "$2" "$1" >"$diff"; then
    echo "differences:        the $(wc -l <"$1") lines recorded in $2"
    rm -f "$diff"
    return 0
  fi
  echo "differences from $2 (a line added below is a regression; a line removed is a fix,"
  echo "to be recorded with $4 --bless):"
  tail -n +3 "$diff"
  rm -f "$diff"
  return 1
}
