#!/usr/bin/env bash
# Builds the static site into dist/ with relative URLs: copy dist/ to any
# static host, under any sub-path. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/setup.sh)"
trunk build --release --public-url ./
echo "dist/ is ready:" >&2
ls -l dist >&2
