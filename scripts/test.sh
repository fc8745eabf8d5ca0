#!/usr/bin/env bash
# The whole test suite: what README.md's second command runs, locally and in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export INSTA_UPDATE=no CI=${CI:-true}

scripts/tidy.sh

cargo test --workspace --all-targets --locked
cargo test --workspace --doc --locked
