#!/usr/bin/env bash
# Builds dist/sipplan.html: the form, its script and the sipplan library as
# WebAssembly, in one file that works opened from disk (file://) or from an
# intranet, with the network unplugged.
#
#   web/build.sh            # writes dist/sipplan.html
#
# Needs Rust with the wasm32 target (installed here when missing), and
# wasm-bindgen-cli at the version of the wasm-bindgen crate in Cargo.lock
# (installed here when missing). wasm-opt (Debian's binaryen) makes the file
# smaller when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $version\$"; then
    # Not --locked: the registry here lacks one of its locked dependencies.
    cargo install wasm-bindgen-cli --version "$version"
fi

cargo build -p sipplan-web --profile web --target wasm32-unknown-unknown
out=target/web-pkg
rm -rf "$out"
mkdir -p "$out"
wasm=target/wasm32-unknown-unknown/web/sipplan_web.wasm
# Optimised before wasm-bindgen: it adds the table of JavaScript values
# that Debian's wasm-opt (108) would otherwise turn into a table of functions.
if command -v wasm-opt >/dev/null; then
    wasm-opt -Oz --strip-debug --strip-producers \
        --enable-bulk-memory --enable-sign-ext --enable-mutable-globals \
        --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
        -o "$out/opt.wasm" "$wasm"
    wasm="$out/opt.wasm"
fi
wasm-bindgen --target no-modules --no-typescript --out-dir "$out" "$wasm"
wasm="$out/$(basename "$wasm" .wasm)_bg.wasm"
glue="$out/$(basename "$wasm" _bg.wasm).js"

mkdir -p dist
python3 - "$glue" "$wasm" web/page.html dist/sipplan.html <<'PY'
import base64, sys
glue, wasm, page, target = sys.argv[1:]
text = open(page, encoding="utf-8").read()
text = text.replace("/*GLUE*/", open(glue, encoding="utf-8").read(), 1)
module = base64.b64encode(open(wasm, "rb").read()).decode()
text = text.replace("__WASM_BASE64__", module, 1)
open(target + ".part", "w", encoding="utf-8").write(text)
PY
mv dist/sipplan.html.part dist/sipplan.html
echo "dist/sipplan.html: $(wc -c < dist/sipplan.html) bytes ($(gzip -9c dist/sipplan.html | wc -c) gzipped)"
