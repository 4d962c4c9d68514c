#!/usr/bin/env bash
# Build the portable CPMS Player bundle: the program, the courses, the assets, the trainer's
# guides (the full guide in English, the USB guide in English, French, Spanish and Arabic), the
# licences with the third-party notices, and an empty data/ folder (portable mode: the program
# keeps its progress there), packed as a .tar.gz (Linux, macOS) or a .zip (Windows). Unpacked on
# a USB stick it runs from there and keeps its data there.
#
# Usage: dist/build-bundle.sh [--binary PATH] [--out DIR] [--format tar.gz|zip] [--os NAME]
#                             [--target TRIPLE]
#   --binary PATH    use an already built program (default: cargo build --profile dist, the
#                    smallest program: fat LTO, stripped; see Cargo.toml). A PATH ending in .exe
#                    is shipped as cpms-player.exe.
#   --out DIR        where to write the archive (default: dist/out)
#   --format F       tar.gz or zip (default: zip for a .exe, tar.gz otherwise)
#   --os NAME        the system named in the archive (default: linux, macos or windows, from uname)
#   --target TRIPLE  the Rust target the program was built for, for the third-party notices
#                    (default: this machine's)
# Needs bash, tar, and python3 (or python, or $PYTHON) for the notices and for .zip.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary=""
out="$root/dist/out"
format=""
os=""
target=""
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --format) format="$2"; shift 2 ;;
    --os) os="$2"; shift 2 ;;
    --target) target="$2"; shift 2 ;;
    *) echo "unknown option: $1 (use --binary PATH, --out DIR, --format tar.gz|zip, --os NAME, --target TRIPLE)" >&2; exit 2 ;;
  esac
done
if [ -z "$binary" ]; then
  (cd "$root" && cargo build --profile dist --locked)
  binary="$root/target/dist/cpms-player"
  [ -f "$binary.exe" ] && binary="$binary.exe"
fi
[ -f "$binary" ] && [ -x "$binary" ] || { echo "error: $binary is not an executable program" >&2; exit 1; }
exe=""
case "$binary" in *.exe) exe=".exe" ;; esac
[ -n "$format" ] || { [ -n "$exe" ] && format=zip || format=tar.gz; }
case "$format" in tar.gz|zip) ;; *) echo "error: --format is tar.gz or zip, not $format" >&2; exit 2 ;; esac
if [ -z "$os" ]; then
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=macos ;;
    MINGW*|MSYS*|CYGWIN*) os=windows ;;
    *) os="$(uname -s | tr '[:upper:]' '[:lower:]')" ;;
  esac
fi
python="${PYTHON:-$(command -v python3 || command -v python || true)}"
[ -n "$python" ] || { echo "error: python3 is needed for the third-party notices (or set PYTHON)" >&2; exit 1; }

version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -n 1)"
name="cpms-player-$version-$os-$(uname -m)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
stage="$work/$name"
mkdir -p "$stage/data" "$stage/courses"

# Check every course before shipping it.
"$binary" validate "$root/courses" >/dev/null
cp "$binary" "$stage/cpms-player$exe"
for course in "$root"/courses/*/; do
  # No trailing slash: BSD cp (macOS) would copy the folder's contents instead of the folder.
  [ -f "$course/course.ron" ] && cp -R "${course%/}" "$stage/courses/"
done
cp "$root/courses/README.md" "$stage/courses/"
cp -r "$root/assets" "$stage/assets"
cp "$root/dist/TRAINER-GUIDE.md" "$stage/"
for lang in en fr es ar; do
  cp "$root/dist/usb-guide/$lang.txt" "$stage/USB-GUIDE-$lang.txt"
done
cp "$root/README.md" "$stage/README-developers.md"
cp "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$stage/"
"$python" "$root/tools/third-party-notices.py" ${target:+--target "$target"} --out "$stage/THIRD-PARTY-NOTICES.txt"
printf 'Progress of this copy of CPMS Player is kept in this folder (portable mode).\n' > "$stage/data/README.txt"

mkdir -p "$out"
out="$(cd "$out" && pwd)"
if [ "$format" = zip ]; then
  rm -f "$out/$name.zip"
  (cd "$work" && "$python" -m zipfile -c "$out/$name.zip" "$name")
  echo "$out/$name.zip"
else
  tar -czf "$out/$name.tar.gz" -C "$work" "$name"
  echo "$out/$name.tar.gz"
fi
