#!/usr/bin/env bash
# Builds the release and reports sizes (raw, gzip) and load timings in headless Chromium.
# A measurement, not a test: run it after a change that may affect size or speed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
mkdir -p bench-results
node tools/bench.mjs --dir dist --runs "${RUNS:-5}" --json bench-results/latest.json
