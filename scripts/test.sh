#!/usr/bin/env bash
# Runs every check and test, installing whatever is missing first (see scripts/setup.sh):
# formatting, clippy for the host and wasm32, the pure-core guard, native tests (unit, data
# integrity, chart snapshots, server-rendered components), browser tests in headless Chromium,
# the release build, and end-to-end tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy, host"
cargo clippy --locked --all-targets -- -D warnings
# The build's own programs (prerender, data-files) need the `build-tools` feature.
cargo clippy --locked --features build-tools --bins -- -D warnings

step "clippy, wasm32"
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
# The app for one view alone is the same code without the `full` feature.
cargo clippy --locked --bins --target wasm32-unknown-unknown --no-default-features -- -D warnings

step "the pure core imports no web crate"
# web-sys compiles natively and only fails when called, so the compiler cannot catch a slip.
if grep -rEn '\b(web_sys|gloo|wasm_bindgen|js_sys)\b' src/data src/data.rs src/i18n src/i18n.rs src/model src/model.rs src/chart src/chart.rs src/export src/export.rs src/permalink.rs src/state.rs; then
  echo "the lines above bring browser code into the pure core" >&2
  exit 1
fi
echo "ok: data, i18n, model, chart, export, permalink and state are pure"

step "native tests: unit, data integrity, chart snapshots, server-rendered components"
cargo test --locked

step "browser tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json" \
  WASM_BINDGEN_TEST_TIMEOUT=180 \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test web

step "tools: the region map is what tools/map.mjs makes; the JSON Schema accepts our data and rejects broken copies"
node --test tests/tools/

step "release build"
trunk build --release

step "end-to-end tests against the release build (headless Chromium)"
node --test tests/e2e/
