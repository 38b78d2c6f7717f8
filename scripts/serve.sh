#!/usr/bin/env bash
# Builds the release and serves it on http://127.0.0.1:8080, rebuilding on changes. Installs
# whatever is missing first (see scripts/setup.sh). Nothing is downloaded at build time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --release
