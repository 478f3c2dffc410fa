#!/usr/bin/env bash
# Runs every test: installs what is missing (toolchain, browsers, drivers),
# builds the release site into dist/ exactly as it will be hosted, then runs
# the unit, integration and browser tests (Chromium and Firefox).
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/setup.sh --browsers)"
echo "test: building the release site (trunk build --release --public-url ./)" >&2
trunk build --release --public-url ./
echo "test: cargo test" >&2
PARALLAX_DIST="$PWD/dist" cargo test --no-fail-fast "$@"
