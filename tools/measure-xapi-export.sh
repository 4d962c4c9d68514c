#!/usr/bin/env bash
# Whole-process time of `cpms-player xapi export` (wall time and peak RSS), median/min/max of N runs.
#
#   tools/measure-xapi-export.sh BINARY DATA_DIR [RUNS] [first|again]
#
# DATA_DIR: a data folder, e.g. one made by `cpms-player --data-dir DIR generate-demo --learners 650`
# (about 105,000 facts). `first` (default) copies it to a fresh folder before each run, so every
# run queues the facts and then writes the statements (the first export of the day); `again`
# exports from one copy that was exported once before (everything already queued).
# Run from the repository root (courses/ is found there). Prints one line per run and a summary.
set -euo pipefail
bin=${1:?BINARY}
src=${2:?DATA_DIR}
runs=${3:-5}
mode=${4:-first}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$work/statements.json"
if [ "$mode" = again ]; then
    cp -r "$src" "$work/data"
    "$bin" --data-dir "$work/data" xapi export --out "$out" >/dev/null
fi
times=()
for i in $(seq 1 "$runs"); do
    if [ "$mode" = first ]; then rm -rf "$work/data"; cp -r "$src" "$work/data"; sync; fi
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/rss" "$bin" --data-dir "$work/data" xapi export --out "$out" >/dev/null
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    n=$(grep -c '^{' "$out" || true)
    echo "run $i: $ms ms, peak RSS $(cat "$work/rss") KB, $n statements, $(stat -c %s "$out") bytes"
    times+=("$ms")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
n=${#times[@]}
median=$(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p")
echo "xapi export ($mode): median $median ms, min $(echo "$sorted" | head -1) ms, max $(echo "$sorted" | tail -1) ms over $n runs ($bin)"
