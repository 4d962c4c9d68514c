#!/usr/bin/env bash
# Memory of the real program with the course open, under Xvfb (software rendering).
#
#   tools/measure-memory.sh [BINARY] [SCREENSHOT.png]   (defaults: target/release/cpms-player, none)
#
# Creates a learner in a fresh data folder, opens the window, signs the learner in, starts the
# bundled course (the first lesson with its table of contents and glossary opens), keeps painting
# and scrolls the lesson for a few seconds, then reads VmHWM (peak resident set) and the split of
# the resident memory from /proc. The clicks are at fixed points of the 1100×760 window at the
# default text size; pass SCREENSHOT.png to check that the lesson was really open.
# CPMS_RENDERER=gl or cpu chooses the painter (without it: OpenGL, or the CPU where OpenGL could
# only be a software renderer, as under Xvfb without a graphics device).
# Needs: apt-get install -y xvfb xdotool libgl1-mesa-dri mesa-vulkan-drivers libvulkan1 imagemagick
# (imagemagick only for the screenshot). Run from the repository root (courses/ is found there).
set -euo pipefail
if [ "${1:-}" != "--inner" ]; then
    bin=${1:-target/release/cpms-player}
    shot=${2:-}
    [ -x "$bin" ] || { echo "no program at $bin: cargo build --release first" >&2; exit 2; }
    for tool in xvfb-run xdotool; do
        command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y xvfb xdotool" >&2; exit 2; }
    done
    exec xvfb-run -a -s "-screen 0 1280x1024x24" bash "$0" --inner "$bin" "$shot"
fi
bin=$2
shot=$3
data=$(mktemp -d)
log=$(mktemp)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$data" "$log"' EXIT
"$bin" --data-dir "$data" learners add "Bench Learner" >/dev/null
# A frame limit far away keeps the program painting continuously until it is stopped below.
"$bin" --data-dir "$data" --exit-after-frames 100000000 >"$log" 2>&1 &
app=$!
win=$(timeout 20 xdotool search --sync --name "^CPMS Player$" | head -1)
sleep 1
rss() { grep -E "^$1:" /proc/$app/status | awk '{print $2}'; }
start_kb=$(rss VmHWM)
xdotool mousemove --window "$win" 312 167 click 1   # the learner's button on the profiles screen
sleep 1
xdotool mousemove --window "$win" 220 293 click 1   # "Start the course" in the library
sleep 2
xdotool mousemove --window "$win" 520 400           # over the lesson text: scroll down and back
for _ in 1 2 3 4 5 6 7 8; do xdotool click 5; sleep 0.1; done
for _ in 1 2 3 4 5 6 7 8; do xdotool click 4; sleep 0.1; done
sleep 2
[ -n "$shot" ] && import -window root "$shot"
kill -0 "$app" 2>/dev/null || { echo "the program ended early:" >&2; cat "$log" >&2; exit 1; }
hwm=$(rss VmHWM); now=$(rss VmRSS); anon=$(rss RssAnon); file=$(rss RssFile); shm=$(rss RssShmem)
llvm=$(awk '/^[0-9a-f]+-/{name=$6} /^Rss:/{if (name ~ /libLLVM/) s+=$2} END{print s+0}' /proc/$app/smaps)
own=$(awk -v b="$(readlink -f "$bin")" '/^[0-9a-f]+-/{name=$6} /^Rss:/{if (name == b) s+=$2} END{print s+0}' /proc/$app/smaps)
mib() { awk -v k="$1" 'BEGIN{printf "%.1f MiB (%.1f MB)", k/1024, k*1.024/1000}'; }
echo "profiles screen: VmHWM $(mib "$start_kb")"
echo "course open (lesson, scrolled): VmHWM $(mib "$hwm"), VmRSS now $(mib "$now")"
echo "  resident split: anonymous $(mib "$anon"), file-backed $(mib "$file"), shared $(mib "$shm")"
echo "  of the file-backed: libLLVM (Mesa's software renderer JIT) $(mib "$llvm"), the program's own code $(mib "$own")"
