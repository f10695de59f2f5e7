#!/usr/bin/env bash
# The browser tests: builds the form (web/build.sh) and the CLI, and drives
# the page in headless Chromium from Debian with Selenium from PyPI.
# Installs what is missing: chromium and chromium-driver (apt), binaryen for
# a smaller page (apt), selenium in a virtualenv under target/, axe-core
# (npm) under target/browser-npm.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v wasm-opt >/dev/null || missing+=(binaryen)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${missing[@]}"
fi

venv=target/browser-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -c 'import selenium' 2>/dev/null || "$venv/bin/pip" install -q selenium

# axe-core (npm) checks the form against WCAG 2.0/2.1 A and AA.
if [ ! -f target/browser-npm/node_modules/axe-core/axe.min.js ]; then
    npm install --silent --no-audit --no-fund --prefix target/browser-npm axe-core@4 >/dev/null
fi

web/build.sh
cargo build -q
SIPPLAN_SCREENSHOTS="${SIPPLAN_SCREENSHOTS:-target}" "$venv/bin/python" tests/browser/test_form.py
