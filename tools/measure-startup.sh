#!/usr/bin/env bash
# Time to first frame of the real program under Xvfb (software rendering), median of N runs.
#
#   tools/measure-startup.sh [BINARY] [RUNS] [DATA_DIR]   (defaults: target/release/cpms-player, 10,
#                                                          a fresh empty data folder per run)
#
# DATA_DIR: start on an existing data folder instead, e.g. the 10,000-learner database that
# `cpms-player --data-dir DIR generate-demo --learners 10000` makes (trainer scale).
#
# Each run starts a fresh X server (xvfb-run -a) and a fresh, empty data folder, opens the window
# on the bundled courses and paints 30 frames; the program prints "first painted frame: N ms"
# (from the start of main until the first frame has been painted and swapped) on stderr. Needs: apt-get install -y xvfb libgl1-mesa-dri
# mesa-vulkan-drivers libvulkan1. Run from the repository root (courses/ is found there).
# CPMS_RENDERER=gl or cpu chooses the painter (without it: OpenGL, or the CPU where OpenGL could
# only be a software renderer); the program prints which ("renderer: …").
set -euo pipefail
bin=${1:-target/release/cpms-player}
runs=${2:-10}
fixed_data=${3:-}
[ -x "$bin" ] || { echo "no program at $bin: cargo build --release first" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install -y xvfb libgl1-mesa-dri" >&2; exit 2; }
times=()
for i in $(seq 1 "$runs"); do
    if [ -n "$fixed_data" ]; then data=$fixed_data; else data=$(mktemp -d); fi
    err=$(mktemp)
    start=$(date +%s%N)
    xvfb-run -a -s "-screen 0 1280x1024x24" "$bin" --data-dir "$data" --exit-after-frames 30 >/dev/null 2>"$err" || {
        echo "run $i failed:" >&2; cat "$err" >&2; exit 1; }
    wall=$(( ($(date +%s%N) - start) / 1000000 ))
    ms=$(sed -n 's/^first painted frame: \([0-9]*\) ms$/\1/p' "$err" | head -1)
    [ -n "$ms" ] || { echo "run $i printed no 'first painted frame' line:" >&2; cat "$err" >&2; exit 1; }
    echo "run $i: first painted frame $ms ms (30 frames and exit, Xvfb included: $wall ms)"
    times+=("$ms")
    [ -n "$fixed_data" ] || rm -rf "$data"
    rm -f "$err"
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
n=${#times[@]}
if (( n % 2 )); then
    median=$(echo "$sorted" | sed -n "$(( n / 2 + 1 ))p")
else
    a=$(echo "$sorted" | sed -n "$(( n / 2 ))p"); b=$(echo "$sorted" | sed -n "$(( n / 2 + 1 ))p")
    median=$(( (a + b) / 2 ))
fi
echo "time to first painted frame: median $median ms, min $(echo "$sorted" | head -1) ms, max $(echo "$sorted" | tail -1) ms over $n runs ($bin)"
