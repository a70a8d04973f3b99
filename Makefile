# rootkey-lab: `make serve` to run it, `make test` to check everything.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
PUBLIC_URL ?= /
DIST ?= dist
E2E_DIST := dist-e2e
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve tools test-deps test lint unit dist e2e bench fuzz

# The release build, hosted as a training site hosts it: a static host that
# compresses (brotli or gzip) and answers unknown paths with 404.html.
# For development, `trunk serve` rebuilds on every edit (uncompressed).
serve: tools
	$(MAKE) dist
	@echo "rootkey-lab will be at http://localhost:8080/"
	node e2e/serve.mjs dist 8080 /

tools:
	@scripts/install-tools.sh

test-deps: tools
	@scripts/install-test-deps.sh

# A static site for any host: deep links work without rewrite rules because
# 404.html is the app too.
dist: tools
	trunk build --release --public-url $(PUBLIC_URL) --dist $(DIST)
	cp $(DIST)/index.html $(DIST)/404.html

lint: tools
	cargo fmt --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --locked -- -D warnings

unit:
	cargo test --locked

e2e: test-deps
	$(MAKE) dist PUBLIC_URL=/lab/ DIST=$(E2E_DIST)
	cd e2e && E2E_DIST=../$(E2E_DIST) npx playwright test

test: test-deps lint unit e2e

bench: test-deps
	$(MAKE) dist PUBLIC_URL=/lab/ DIST=$(E2E_DIST)
	cd e2e && node bench.mjs ../$(E2E_DIST)

# A million generated inputs each through the storage decoder, the import reader
# and the terminal's parser; prints the counts. Not part of `make test`.
fuzz:
	cargo run --release --locked --example fuzz
