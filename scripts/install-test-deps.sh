#!/usr/bin/env bash
# What the tests need beyond the build tools: Debian's Chromium and the
# Playwright runner. Idempotent: checks before installing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium, and a Japanese font so the Japanese screenshots show text, not boxes.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -n "$(fc-list :lang=ja 2>/dev/null)" ] || missing+=(fonts-ipafont-gothic)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Reinstalled only when package-lock.json changed since the last install.
stamp=e2e/node_modules/.installed-lock.sha256
if ! [ -x e2e/node_modules/.bin/playwright ] || ! sha256sum -c --status "$stamp" 2>/dev/null; then
  (cd e2e && npm ci --no-audit --no-fund)
  sha256sum e2e/package-lock.json > "$stamp"
fi
