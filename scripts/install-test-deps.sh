#!/usr/bin/env bash
# What the tests need beyond the build tools: Debian's Chromium and the
# Playwright runner. Idempotent: checks before installing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

if ! [ -x e2e/node_modules/.bin/playwright ] ||
   ! diff -q e2e/package-lock.json e2e/node_modules/.package-lock.json >/dev/null 2>&1; then
  (cd e2e && npm ci --no-audit --no-fund)
fi
