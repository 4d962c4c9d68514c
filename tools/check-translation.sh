#!/usr/bin/env bash
# Check one translation of the CPMS course against English before it is listed in course.ron:
# builds a temporary copy whose manifest lists en + LANG and runs the validator on it.
# Errors about files that do not exist yet can be ignored while a translation is in progress.
# Usage: tools/check-translation.sh fr
set -euo pipefail
lang="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp -r "$root/courses/cpms-2019" "$tmp/course"
python3 - "$tmp/course/course.ron" "$lang" <<'PY'
import re, sys
path, lang = sys.argv[1], sys.argv[2]
s = open(path).read()
s = re.sub(r'languages: \[[^\]]*\]', f'languages: ["en", "{lang}"]', s)
s = s.replace('title: {', f'title: {{\n        "{lang}": "(translation check)",', 1)
open(path, 'w').write(s)
PY
bin="$root/target/debug/cpms-player"
[ -x "$bin" ] || (cd "$root" && cargo build --quiet)
"$bin" validate "$tmp/course" 2>&1 | sed "s#$tmp/course#courses/cpms-2019#g"
