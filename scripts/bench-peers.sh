#!/usr/bin/env bash
# The comparison benchmark (issue 7): our page, a static copy of its first view, vis-timeline and
# TimelineJS3 with the same events, unthrottled and throttled as a phone. A measurement, not a
# test; the peer libraries are installed into tools/peers/ (only for this) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if [ "$(cat tools/peers/node_modules/.lock-sha256 2>/dev/null)" != "$(sha256sum tools/peers/package-lock.json | cut -d' ' -f1)" ]; then
  (cd tools/peers && npm ci --no-audit --no-fund)
  sha256sum tools/peers/package-lock.json | cut -d' ' -f1 > tools/peers/node_modules/.lock-sha256
fi
trunk build --release
mkdir -p bench-results
node tools/bench-peers.mjs --dir dist --runs "${RUNS:-5}" --json bench-results/peers.json
