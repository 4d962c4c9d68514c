#!/usr/bin/env bash
# Makes the symbol fonts in assets/fonts/ smaller (issue 20: binary ≤ 25 MB) and records how.
#
# The program embeds its fonts. Noto Sans and Noto Sans Arabic are kept whole (any learner name in
# Latin, Greek, Cyrillic or Arabic script must show, on screen and on certificates). The two
# symbol fonts are only fallbacks for the interface's signs (arrows, ticks, boxes, the telephone,
# the magnifier): they are cut down to the Unicode blocks the interface and courses draw from.
# The Ethiopic, Devanagari and Bengali fonts are only used to print names on certificates (PDF),
# where TrueType hinting instructions are not used: those are dropped, every glyph is kept.
# Noto fonts carry no Reserved Font Name, so the SIL OFL allows these modified copies.
#
# Usage: tools/subset-fonts.sh ORIGINALS_DIR   (the unmodified Noto .ttf files; writes assets/fonts/)
# Needs fonttools (`python3 -m venv v && v/bin/pip install fonttools`; 4.69 was used).
set -euo pipefail
src=${1:?"give the folder with the unmodified Noto fonts"}
out="$(cd "$(dirname "$0")/.." && pwd)/assets/fonts"
subset=${PYFTSUBSET:-pyftsubset}
# Arrows, Miscellaneous Technical, Geometric Shapes, Miscellaneous Symbols, Dingbats, and the
# magnifying glass of the search field.
symbols='U+2190-21FF,U+2300-23FF,U+25A0-25FF,U+2600-26FF,U+2700-27BF,U+1F50D'
for f in NotoSansSymbols-Regular NotoSansSymbols2-Regular; do
    "$subset" "$src/$f.ttf" --unicodes="$symbols" --layout-features='*' --output-file="$out/$f.ttf"
done
for f in NotoSansEthiopic-Regular NotoSansDevanagari-Regular NotoSansBengali-Regular; do
    "$subset" "$src/$f.ttf" --unicodes='*' --glyphs='*' --no-hinting --layout-features='*' \
        --name-IDs='*' --name-languages='*' --notdef-outline --output-file="$out/$f.ttf"
done
ls -l "$out"/*.ttf
