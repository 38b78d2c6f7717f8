#!/usr/bin/env bash
# Hostile-input fuzzing (not part of the test run): 1,000,000 random addresses and 100,000
# mutated datasets through the parsers, the validator, the model, the chart and the exports,
# counting panics and cases over their time and memory budgets.
# Usage: scripts/fuzz.sh [addresses] [datasets] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo run --quiet --locked --release --example fuzz -- "${1:-1000000}" "${2:-100000}" "${3:-20261127}"
