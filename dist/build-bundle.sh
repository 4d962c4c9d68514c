#!/usr/bin/env bash
# Build the portable CPMS Player bundle: the program, the courses, the assets, the trainer's
# guide and an empty data/ folder (portable mode: the program keeps its progress there), packed
# as a .tar.gz. Unpacked on a USB stick it runs from there and keeps its data there.
#
# Usage: dist/build-bundle.sh [--binary PATH] [--out DIR]
#   --binary PATH  use an already built program (default: cargo build --profile dist, the
#                  smallest program: fat LTO, stripped; see Cargo.toml)
#   --out DIR      where to write the archive (default: dist/out)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary=""
out="$root/dist/out"
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown option: $1 (use --binary PATH, --out DIR)" >&2; exit 2 ;;
  esac
done
if [ -z "$binary" ]; then
  (cd "$root" && cargo build --profile dist --locked)
  binary="$root/target/dist/cpms-player"
fi
[ -x "$binary" ] || { echo "error: $binary is not an executable program" >&2; exit 1; }

version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -n 1)"
name="cpms-player-$version-$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
stage="$work/$name"
mkdir -p "$stage/data" "$stage/courses"

# Check every course before shipping it.
"$binary" validate "$root/courses" >/dev/null
cp "$binary" "$stage/cpms-player"
for course in "$root"/courses/*/; do
  [ -f "$course/course.ron" ] && cp -r "$course" "$stage/courses/"
done
cp "$root/courses/README.md" "$stage/courses/"
cp -r "$root/assets" "$stage/assets"
cp "$root/dist/TRAINER-GUIDE.md" "$stage/"
cp "$root/README.md" "$stage/README-developers.md"
printf 'Progress of this copy of CPMS Player is kept in this folder (portable mode).\n' > "$stage/data/README.txt"

mkdir -p "$out"
tar -czf "$out/$name.tar.gz" -C "$work" "$name"
echo "$out/$name.tar.gz"
