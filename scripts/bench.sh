#!/usr/bin/env bash
# Benchmarks (not part of the test run): builds the release site, then
#  - the web app in headless Chromium: bytes, time to text next to a plain
#    static page, interaction script time at 4x CPU, a 50-article corpus,
#    Lighthouse mobile scores (benches/web.rs);
#  - the topic tagger's quality: training set, held out, second reader, and
#    the carry-over experiment (benches/tagger.rs);
#  - the corpus tool on the seeds and on 10/100/1,000 generated articles
#    (benches/pipeline.rs, criterion).
# Installs what is missing first (as scripts/test.sh, plus Lighthouse).
# PARALLAX_BENCH_QUICK=1 takes each measurement once (the tests use it to
# check that this script works; its figures mean nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/setup.sh --browsers)"
if [ ! -x .tools/node_modules/.bin/lighthouse ]; then
  echo "bench: installing lighthouse@12.8.2 into .tools/" >&2
  npm install --prefix .tools --no-audit --no-fund lighthouse@12.8.2 >&2
fi
# Its own output folder: a benchmark never replaces the dist/ being tested or hosted.
trunk build --release --public-url ./ --dist target/bench-dist
BENCH_DATE="$(date -u +%F), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" \
  PARALLAX_DIST="$PWD/target/bench-dist" cargo bench --bench web
if [ "${1:-}" != "--web-only" ]; then
  cargo bench --bench tagger
  cargo bench --bench pipeline
fi
