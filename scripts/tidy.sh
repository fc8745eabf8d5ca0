#!/usr/bin/env bash
# House-rule checks that rustc and clippy cannot see (CONTRIBUTING.md): file headers and banned test escapes.
set -euo pipefail
cd "$(dirname "$0")/.."

fail=0
report() { echo "tidy: $*" >&2; fail=1; }

while IFS= read -r f; do
  first=$(grep -v -m1 '^\s*$' "$f" || true)
  case "$first" in
    '//!'*) ;;
    *) report "$f: must start with a '//!' line saying what the file holds" ;;
  esac
done < <(git ls-files --cached --others --exclude-standard -- '*.rs')

# Tests must be able to fail and must not hide: no ignored tests, no expected panics, no bare allows.
while IFS= read -r hit; do
  report "$hit: banned attribute (see CONTRIBUTING.md)"
done < <(git ls-files --cached --others --exclude-standard -- '*.rs' \
  | xargs -r grep -nE '#\[(ignore|should_panic)\b|#!?\[allow\(' || true)

# Every unsafe block in gomap carries a SAFETY comment; clippy enforces blocks, this catches `unsafe impl`.
while IFS= read -r hit; do
  file=${hit%%:*}; rest=${hit#*:}; line=${rest%%:*}
  prev=$(sed -n "$((line > 3 ? line - 3 : 1)),$((line - 1))p" "$file")
  grep -q 'SAFETY:' <<<"$prev" || report "$file:$line: unsafe impl without a '// SAFETY:' comment above it"
done < <(git ls-files --cached --others --exclude-standard -- 'crates/gomap/*.rs' \
  | xargs -r grep -nE '^\s*unsafe impl' || true)

# Commit subjects say what changed in one line of at most 72 characters (CONTRIBUTING.md). Checked for
# every commit since the rule was adopted (at 5d35bdd), or for HEAD alone in a shallow clone without it.
subject_base=5d35bdd
if git cat-file -e "$subject_base^{commit}" 2>/dev/null; then range="$subject_base..HEAD"; else range="-1"; fi
while IFS= read -r line; do
  report "commit ${line%% *}: subject longer than 72 characters"
done < <(git log --format='%h %s' "$range" | awk 'length($0) - index($0, " ") > 72')

if [ "$fail" -ne 0 ]; then exit 1; fi
echo "tidy: ok"
