#!/usr/bin/env bash
# Builds Parallax (release) and serves it at http://127.0.0.1:${PORT:-8080}/,
# rebuilding when src/, seeds/ or assets/ change. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/setup.sh)"
PORT=${PORT:-8080}
echo "Parallax: building, then serving at http://127.0.0.1:$PORT/ (Ctrl-C to stop)" >&2
# Its own output folder, so serving never overwrites the hostable dist/.
# No autoreload: its inline script would be refused by the page's Content Security Policy.
exec trunk serve --release --no-autoreload --dist target/serve-dist --address 127.0.0.1 --port "$PORT"
