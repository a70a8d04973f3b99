#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): builds the app's wasm and splits it into
# a main module and modules loaded on first need (`src/lazy_pages.rs`).
# Trunk 0.21 cannot run a step between cargo and wasm-bindgen (trunk issue
# 1022), so the rust asset in index.html is `data-trunk-skip` and this script is
# the whole rust pipeline, in the order cargo-leptos uses for `--split`:
#   cargo (--emit-relocs) -> wasm-split-cli -> wasm-bindgen --keep-lld-exports
#   -> wasm-opt on every module and terser on the two loaders (release).
# Output: $TRUNK_STAGING_DIR/pkg/<hash>/ (hash of the modules' content, so a
# redeploy never mixes modules of two builds in an open tab), and start.js /
# index.html rewritten to point there (`__PKG__` in them).
# Tools come from scripts/install-tools.sh.
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-$(dirname "$0")/..}"
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

NAME=rootkey-lab
STAGE=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
PROFILE=${TRUNK_PROFILE:-release}
TARGET_DIR=${CARGO_TARGET_DIR:-target}

profile_flag=()
[ "$PROFILE" = release ] && profile_flag=(--release)
# `cargo rustc` puts --emit-relocs on the final link only, so the dependencies
# stay shared with plain builds (clippy, trunk's own) instead of rebuilding.
cargo rustc "${profile_flag[@]}" --locked --bin "$NAME" --target wasm32-unknown-unknown \
  -- -Clink-args=--emit-relocs
INPUT="$TARGET_DIR/wasm32-unknown-unknown/$PROFILE/$NAME.wasm"

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
wasm-split-cli --target web --out-name "$NAME" "$INPUT" "$OUT"
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript \
  --out-name "$NAME" --out-dir "$OUT" "$OUT/$NAME.wasm"
rm -f "$OUT/$NAME.wasm" "$OUT"/*.manifest.json

if [ "$PROFILE" = release ]; then
  # Two at a time: dozens of small modules, each mostly wasm-opt's start-up.
  printf '%s\0' "$OUT"/*.wasm | xargs -0 -P 2 -I{} wasm-opt -Oz --enable-bulk-memory \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals -o {} {} 2>/dev/null
  # Both loaders are in every first load: Trunk's minify never sees them (they
  # are this hook's output), so terser does. The splitter's lists every
  # module's users in comments, which go too.
  for js in "$OUT/$NAME.js" "$OUT/__wasm_split.js"; do
    terser --module --compress --mangle -o "$js" "$js"
  done
fi

HASH=$(cat "$OUT"/* | sha256sum | cut -c1-12)
rm -rf "$STAGE/pkg"
mkdir -p "$STAGE/pkg/$HASH"
cp "$OUT"/* "$STAGE/pkg/$HASH/"
for page in start.js index.html; do
  sed -i "s|__PKG__|pkg/$HASH|g" "$STAGE/$page"
done
echo "split-wasm: $(ls "$STAGE/pkg/$HASH" | wc -l) files in pkg/$HASH"
