#!/usr/bin/env bash
# Runs every test: installs what is missing (toolchain, browsers, drivers),
# builds the release site into dist/ exactly as it will be hosted, then runs
# the unit, integration and browser tests (Chromium, Firefox and WebKit).
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/setup.sh --browsers)"
# The README's hosting command, as written: the browser tests then test the
# very site it builds.
echo "test: building the release site (scripts/build-site.sh)" >&2
scripts/build-site.sh
echo "test: cargo test" >&2
PARALLAX_DIST="$PWD/dist" cargo test --no-fail-fast "$@"
