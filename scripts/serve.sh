#!/usr/bin/env bash
# Builds the release and serves it on http://127.0.0.1:8080, rebuilding on changes (reload the
# page to see them). Installs whatever is missing first (see scripts/setup.sh). Nothing is
# downloaded at build time. Trunk's auto-reload and error overlay are off: they are inline
# scripts the page's Content-Security-Policy (rightly) refuses, so they would only put errors
# in the console.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --release --no-autoreload true --no-error-reporting true
