#!/usr/bin/env bash
# Per-frame cost of the lesson screen: frames per second and CPU per frame of the real program
# under Xvfb (software rendering), and a perf profile of where a frame's time goes.
#
#   tools/measure-frames.sh [BINARY] [SECONDS]     (defaults: target/release/cpms-player, 5)
#
# Opens the first lesson of the bundled course (as tools/measure-memory.sh does), keeps it
# repainting (--exit-after-frames), counts frames with a gdb breakpoint on the app's `ui` for
# SECONDS, reads the CPU time with `perf stat`, then records `perf record` samples (no call
# graph) and prints the top symbols grouped by library. Needs xvfb, xdotool, gdb and perf
# (apt-get install -y xvfb xdotool gdb linux-perf).
# SCROLL=1 in the environment: the lesson is scrolled down and up all the time while measuring
# (every frame paints changed content), instead of repainting a still screen.
# CPMS_RENDERER=cpu: measure the CPU renderer; CPMS_RENDERER=gl: OpenGL, also on a machine without
# a graphics device (where the program would otherwise choose the CPU renderer by itself).
set -euo pipefail
if [ "${1:-}" != "--inner" ]; then
    bin=${1:-target/release/cpms-player}
    secs=${2:-5}
    [ -x "$bin" ] || { echo "no program at $bin: cargo build --release first" >&2; exit 2; }
    for tool in xvfb-run xdotool gdb perf; do
        command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 2; }
    done
    exec xvfb-run -a -s "-screen 0 1280x1024x24" bash "$0" --inner "$bin" "$secs"
fi
bin=$2
secs=$3
data=$(mktemp -d)
out=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$data" "$out"' EXIT
"$bin" --data-dir "$data" learners add "Bench Learner" >/dev/null
"$bin" --data-dir "$data" --exit-after-frames 100000000 >"$out/log" 2>&1 &
app=$!
win=$(timeout 20 xdotool search --sync --name "^CPMS Player$" | head -1)
sleep 1
xdotool mousemove --window "$win" 312 167 click 1   # the learner's button
sleep 1
xdotool mousemove --window "$win" 220 293 click 1   # "Start the course": the first lesson opens
sleep 2
if [ "${SCROLL:-}" = 1 ]; then
    xdotool mousemove --window "$win" 520 400       # over the lesson text
    ( while true; do
        for _ in 1 2 3 4 5 6 7 8 9 10; do xdotool click 5; sleep 0.05; done
        for _ in 1 2 3 4 5 6 7 8 9 10; do xdotool click 4; sleep 0.05; done
      done ) &
    scroller=$!
    trap 'kill "$scroller" "$app" 2>/dev/null || true; rm -rf "$data" "$out"' EXIT
    echo "(scrolling the lesson all the time)"
else
    xdotool mousemove --window "$win" 1090 750      # pointer out of the way (no hover effects)
fi
sleep 1
# Frames: a breakpoint on <Window as eframe::App>::ui, hit once per frame.
off=$(nm "$bin" | grep -E 'Window.*eframe.*App.*2ui' | awk '{print $1}' | head -1)
base=$(awk -v b="$(readlink -f "$bin")" '$6==b && $3=="00000000" {split($1,a,"-"); print a[1]; exit}' /proc/$app/maps)
addr=$(printf '0x%x' $(( 0x$base + 0x$off )))
hits=$(timeout -s INT "$secs" gdb -p "$app" -batch -ex "break *$addr" -ex 'ignore 1 1000000000' -ex continue \
    -ex 'info breakpoints' 2>/dev/null | sed -n 's/.*already hit \([0-9]*\) time.*/\1/p' || true)
cpu_ms=$(perf stat -x, -e task-clock -p "$app" -- sleep "$secs" 2>&1 | awk -F, '/task-clock/{printf "%.0f", $1}')
fps=$(awk -v h="${hits:-0}" -v s="$secs" 'BEGIN{printf "%.1f", h/s}')
echo "lesson screen, continuous repaint: $fps frames/s ($hits frames in $secs s)"
awk -v c="$cpu_ms" -v s="$secs" -v f="$fps" 'BEGIN{printf "CPU: %.0f ms per second (%.2f cores), %.1f ms per frame\n", c/s, c/s/1000, (f>0 ? c/s/f : 0)}'
perf record -q -o "$out/perf.data" -F 999 -p "$app" -- sleep "$secs" >/dev/null 2>&1
echo "where the time goes (perf, share of samples by library):"
perf report -q -i "$out/perf.data" --sort dso --stdio 2>/dev/null | head -12
echo "top symbols of the program itself (egui layout and tessellation, the app's screens), % of all samples:"
perf report -q -i "$out/perf.data" --dsos "$(basename "$bin")" --sort symbol --stdio 2>/dev/null | head -25 | cut -c1-160
