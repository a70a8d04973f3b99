#!/usr/bin/env bash
# Installs what building and serving need, idempotently: every step checks first,
# so a second run on a ready machine takes a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen the app links, or the JS glue breaks.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock 2>/dev/null || true)
WB_VERSION=${WB_VERSION:-0.2.130}
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION"; then
  # --locked fails on this crate's lockfile; the exact version pin is what matters.
  cargo install wasm-bindgen-cli --version "=$WB_VERSION" --force
fi

# The splitter that cuts the wasm into modules loaded on first need
# (scripts/split-wasm.sh). Pinned: it is tied to wasm-bindgen's internals. The
# binary exists only with the build-binary feature; not Dioxus' tool of that name.
SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  cargo install wasm_split_cli_support --version "=$SPLIT_VERSION" --features build-binary --locked --force
fi

# Debian's wasm-opt 108 corrupts today's rustc output; binaryen from npm is current.
# terser minifies the loaders wasm-bindgen and the splitter write (split-wasm.sh).
if ! tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION" \
  || ! [ -x tools/node_modules/.bin/terser ]; then
  (cd tools && npm ci --no-audit --no-fund)
fi
