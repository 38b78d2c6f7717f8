#!/usr/bin/env bash
# The ten largest items of each app wasm (the whole explorer, and csto-view for one view alone),
# by twiggy, on the release build's wasm before wasm-bindgen and wasm-opt (the last that still
# has function names; the shipped files are smaller). A measurement, not a test; twiggy is
# built from crates.io into ~/.cargo/bin when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0
cargo build --release --target wasm32-unknown-unknown --bin csto-explorer
cargo build --release --target wasm32-unknown-unknown --bin csto-view --no-default-features
for bin in csto-explorer csto-view; do
  echo "== $bin (the ten largest items; custom sections and names left out)"
  twiggy top -n 40 "target/wasm32-unknown-unknown/release/$bin.wasm" \
    | grep -v -e 'function names' -e 'custom section' | sed -n '3,12p' | cut -c1-160
done
