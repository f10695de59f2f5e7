#!/usr/bin/env bash
# Times sipplan against typst and LibreOffice on the same plan content:
# samples/full.ron, bench/plan.typ and bench/plan.fodt hold the same text in
# the same font. Whole processes, measured with hyperfine: one document, and
# a batch of $BATCH documents over all cores. Prints one Markdown table.
#
#   bench/compare.sh                 # RUNS=30 BATCH=100
#   TYPST=/path/to/typst bench/compare.sh
#
# typst and LibreOffice are optional: a tool that is not installed gets a
# row saying so. hyperfine is installed with `cargo install` if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-30}
BATCH=${BATCH:-100}
CORES=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || cargo install hyperfine --locked
cargo build --release --quiet
sipplan=$PWD/target/release/sipplan
typst=${TYPST:-$(command -v typst || true)}
soffice=${SOFFICE:-$(command -v soffice || command -v libreoffice || true)}
export SIPPLAN_TODAY=2026-11-25 SOURCE_DATE_EPOCH=0

mkdir -p "$work"/{plans,typ,fodt,out}
for i in $(seq -w 1 "$BATCH"); do
    cp samples/full.ron "$work/plans/plan-$i.ron"
    cp bench/plan.typ "$work/typ/plan-$i.typ"
    cp bench/plan.fodt "$work/fodt/plan-$i.fodt"
done

# Mean seconds of one hyperfine run: mean NAME COMMAND [HYPERFINE OPTIONS...]
mean() {
    local name=$1 command=$2
    shift 2
    hyperfine -N --style none --export-csv "$work/$name.csv" "$@" "$command" >/dev/null 2>&1
    awk -F, 'NR == 2 { print $2 }' "$work/$name.csv"
}

# Peak resident memory in MiB of the largest process of a command (needs
# GNU time, Debian's package `time`; without it the column says "?").
peak() {
    if [ ! -x /usr/bin/time ]; then
        echo "?"
        return
    fi
    /usr/bin/time -f %M bash -c "$1" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.1f", $1 / 1024 }'
}

row() { # tool, single seconds, batch seconds, peak MiB, size in bytes
    awk -v tool="$1" -v one="$2" -v all="$3" -v mem="$4" -v size="$5" -v n="$BATCH" 'BEGIN {
        printf "| %s | %.1f | %.2f | %.1f | %s | %s |\n", tool, one * 1000, all, all * 1000 / n, mem, size
    }'
}

echo "sipplan $("$sipplan" --version | cut -d' ' -f2), $(date -u +%F), $(nproc) cores, $(uname -m)" >&2
rows=()

# sipplan: one process renders the whole batch in parallel.
one=$(mean sipplan-one "$sipplan render samples/full.ron -o $work/one.pdf --force" --warmup 5 --runs "$RUNS")
batch_cmd="$sipplan render --quiet --force $work/plans -o $work/out"
all=$(mean sipplan-batch "$batch_cmd" --warmup 1 --runs 5)
rows+=("$(row sipplan "$one" "$all" "$(peak "$batch_cmd")" "$(stat -c %s "$work/one.pdf")")")

if [ -n "$typst" ]; then
    typ="$typst compile --font-path assets/fonts --ignore-system-fonts"
    one=$(mean typst-one "$typ bench/plan.typ $work/typst.pdf" --warmup 3 --runs "$RUNS")
    # One process per document, as many at a time as there are cores.
    batch_cmd="ls $work/typ/*.typ | xargs -P $CORES -I{} $typ {}"
    all=$(mean typst-batch "bash -c '$batch_cmd'" --warmup 1 --runs 3)
    rows+=("$(row "typst $("$typst" --version | cut -d' ' -f2)" "$one" "$all" "$(peak "$batch_cmd")" "$(stat -c %s "$work/typst.pdf")")")
else
    rows+=("| typst | not installed | | | | |")
fi

if [ -n "$soffice" ]; then
    lo="$soffice --headless --convert-to pdf"
    one=$(mean lo-one "$lo -env:UserInstallation=file://$work/lo0 --outdir $work bench/plan.fodt" --warmup 1 --runs 5)
    # One instance per core, each converting its share of the documents.
    split_cmd=""
    for c in $(seq 1 "$CORES"); do
        files=$(ls "$work"/fodt/*.fodt | awk -v c="$c" -v n="$CORES" 'NR % n == c % n' | tr '\n' ' ')
        split_cmd+="$lo -env:UserInstallation=file://$work/lo$c --outdir $work/out $files >/dev/null 2>&1 & "
    done
    batch_cmd="$split_cmd wait"
    all=$(mean lo-batch "bash -c '$batch_cmd'" --warmup 1 --runs 2)
    version=$("$soffice" --version 2>/dev/null | awk '{ print $2 }')
    rows+=("$(row "LibreOffice $version" "$one" "$all" "$(peak "$batch_cmd")" "$(stat -c %s "$work/plan.pdf")")")
else
    rows+=("| LibreOffice | not installed | | | | |")
fi

echo "| tool | one plan (ms) | $BATCH plans (s) | per plan in the batch (ms) | peak memory (MiB) | PDF size (bytes) |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
