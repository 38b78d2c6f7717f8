#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already present
# at the right version. Safe to run again; the network is needed only for what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

# rust-toolchain.toml pins 1.95.0, the machine's stable toolchain. No other can be downloaded,
# so where rustup knows that toolchain only as "stable", it is given the pinned name too: a
# symbolic link in rustup's toolchains folder (`rustup toolchain link` refuses names that look
# like a release's).
PINNED=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^$PINNED-"; then
  STABLE=$(RUSTUP_TOOLCHAIN=stable rustc --version | awk '{print $2}')
  if [ "$STABLE" != "$PINNED" ]; then
    echo "rust-toolchain.toml pins $PINNED, but this machine's stable toolchain is $STABLE" >&2
    exit 1
  fi
  log "naming the stable toolchain $PINNED"
  SYSROOT=$(RUSTUP_TOOLCHAIN=stable rustc --print sysroot)
  HOST=$(RUSTUP_TOOLCHAIN=stable rustc -vV | sed -n 's/^host: //p')
  ln -s "$SYSROOT" "$(dirname "$SYSROOT")/$PINNED-$HOST"
fi
if [ ! -d "$(rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown" ]; then
  log "adding the wasm32-unknown-unknown target"
  RUSTUP_TOOLCHAIN=stable rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly, or Trunk (offline) and the
# browser test runner refuse the module.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  log "installing wasm-bindgen-cli $WB_VERSION"
  # --locked fails for 0.2.130 (one locked crate is missing from the registry); a plain install works.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION"
  cargo install --locked trunk --version "$TRUNK_VERSION" --force
fi

# npm tools: wasm-opt (Debian's binaryen 108 cannot parse rustc 1.95 output; npm's binaryen@132
# can), playwright-core and axe-core. Reinstalled whenever the lock file changes.
LOCK_SUM=$(sha256sum tools/package-lock.json | cut -d' ' -f1)
if [ "$(cat tools/node_modules/.lock-sha256 2>/dev/null)" != "$LOCK_SUM" ] \
  || [ "$(tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -o 'version_[0-9]*')" != "version_$BINARYEN_VERSION" ]; then
  log "installing binaryen@$BINARYEN_VERSION (wasm-opt), playwright-core and axe-core from npm"
  (cd tools && npm ci --no-audit --no-fund)
  echo "$LOCK_SUM" > tools/node_modules/.lock-sha256
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  log "installing chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium chromium-driver
fi
log "tools ready: $(trunk --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), wasm-opt $(tools/node_modules/.bin/wasm-opt --version | grep -o 'version_[0-9]*'), $(chromium --version 2>/dev/null)"
