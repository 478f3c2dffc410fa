#!/usr/bin/env bash
# Installs what Parallax needs to build (and, with --browsers, to test) and
# skips what is already there. Safe to run again and again.
#
#   scripts/setup.sh              # rust wasm target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh --browsers   # ...plus chromium, chromedriver, firefox-esr, geckodriver,
#                                 #    WebKitGTK's WebKitWebDriver with Xvfb, axe-core
#
# Versions follow ../shared/TOOLCHAIN.md: trunk 0.21.14 (0.22 needs a newer
# rustc), wasm-bindgen-cli equal to the wasm-bindgen in Cargo.lock, wasm-opt
# from the npm package binaryen@132 (Debian's binaryen 108 breaks the app).
# Everything comes from crates.io, npm or Debian: nothing is downloaded from
# elsewhere. Source this file's output: it prints the PATH to use.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS="$ROOT/.tools"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
AXE_VERSION=4.14.1
export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { echo "setup: $*" >&2; }
need_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown >&2
fi

# 2. trunk, pinned.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes about 9 minutes on 2 cores)"
  cargo install trunk --locked --version "$TRUNK_VERSION" >&2
fi

# 3. wasm-bindgen-cli, exactly the library version in Cargo.lock. Not --locked:
#    its lockfile pins a webpki-roots release the registry lacks.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" >&2
fi
grep -q "wasm_bindgen = \"$WB_VERSION\"" Trunk.toml || {
  say "Trunk.toml pins another wasm-bindgen than Cargo.lock ($WB_VERSION): update [tools] wasm_bindgen"; exit 1; }

# 4. wasm-opt from npm (binaryen 132), local to the project.
if [ "$("$TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null)" != "wasm-opt version 132 (version_132)" ]; then
  say "installing binaryen@$BINARYEN_VERSION (wasm-opt) into .tools/"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund "binaryen@$BINARYEN_VERSION" >&2
fi

if [ "${1:-}" = "--browsers" ]; then
  # 5. Browsers and drivers from Debian.
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  # WebKit (Safari's engine): WebKitWebDriver drives WebKitGTK's MiniBrowser,
  # which needs an X server; the tests start an Xvfb per browser.
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    need_root apt-get update -qq >&2
    need_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
  # 6. geckodriver from crates.io.
  if ! command -v geckodriver >/dev/null; then
    say "installing geckodriver (about 3 minutes)"
    cargo install geckodriver --locked >&2
  fi
  # 7. axe-core for the accessibility checks.
  if [ ! -f "$TOOLS/node_modules/axe-core/axe.min.js" ] || \
     ! grep -q "\"version\": \"$AXE_VERSION\"" "$TOOLS/node_modules/axe-core/package.json"; then
    say "installing axe-core@$AXE_VERSION into .tools/"
    npm install --prefix "$TOOLS" --no-audit --no-fund "binaryen@$BINARYEN_VERSION" "axe-core@$AXE_VERSION" >&2
  fi
fi
echo "export PATH=\"$PATH\""
