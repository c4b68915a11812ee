#!/bin/sh
# Subsets the Noto Naskh Arabic TTFs (SIL OFL 1.1, see fonts/NOTICE-noto-fonts.txt) to the basic
# Arabic block plus Basic Latin and Latin-1, every OpenType layout feature kept so Arabic still
# shapes, as WOFF2. Needs fontTools and brotli (Debian: apt-get install python3-fonttools
# python3-brotli). Run from the repository root; the outputs are committed.
set -eu
FONTS=src/main/resources/META-INF/resources/fonts
UNICODES="U+0020-007E,U+00A0-00FF,U+0600-06FF,U+200C-200F,U+2010-2027,U+25CC"
for w in Regular Bold; do
  /usr/bin/python3 -m fontTools.subset "$FONTS/NotoNaskhArabic-$w.ttf" \
    --unicodes="$UNICODES" --layout-features='*' --flavor=woff2 \
    --output-file="$FONTS/NotoNaskhArabic-$w-subset.woff2"
done
ls -l "$FONTS"
