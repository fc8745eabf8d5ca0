#!/usr/bin/env bash
# Installs what the test suite needs and is missing, so that scripts/test.sh runs green on a fresh
# machine: Go 1.19 and its source tree (the gomap oracle and the type-error corpus, from Debian's
# golang-1.19-go and golang-1.19-src), valgrind, Chromium, rustfmt and clippy, Go 1.26 as `go` (the go/parser
# and go/types oracles) and the one module the type-checker fixtures read from the module cache.
# Sourced by scripts/test.sh (it may put Go 1.26 on PATH); running it alone installs the same.
set -euo pipefail

deps_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Chromium renders `mapscope sim --html` reports in scripts/sim-report-chromium.sh.
debian_packages=(golang-1.19-go golang-1.19-src valgrind chromium)
if ! dpkg -s "${debian_packages[@]}" >/dev/null 2>&1; then
  sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "deps: installing ${debian_packages[*]} with apt-get" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${debian_packages[@]}" >/dev/null
fi

rustup component add rustfmt clippy >/dev/null 2>&1 || true

# Go 1.26 as `go`. The machine normally has it; when it is missing or older, fetch the official
# toolchain module through Go 1.19's module download (the same module GOTOOLCHAIN uses), so nothing but
# the configured Go module proxy is contacted.
if ! go version 2>/dev/null | grep -Eq 'go1\.(2[6-9]|[3-9][0-9])'; then
  toolchain=golang.org/toolchain@v0.0.1-go1.26.8.linux-amd64
  goroot=$(GOFLAGS=-modcacherw /usr/lib/go-1.19/bin/go mod download -json "$toolchain" |
    sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
  chmod +x "$goroot"/bin/* "$goroot"/pkg/tool/*/*
  export PATH="$goroot/bin:$PATH" GOTOOLCHAIN=local
fi

# The `work` fixture of mapscope_types imports golang.org/x/sync, read from the module cache.
(cd "$deps_root/crates/mapscope_types/tests/fixtures/work/app" && go mod download golang.org/x/sync)
# The race corpus (tests/race) imports errgroup from golang.org/x/sync, also read from the cache.
(cd "$deps_root/tests/race" && go mod download)
