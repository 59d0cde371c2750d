#!/usr/bin/env bash
# Draws borderflow's icon (two sites, a dashed border between them, a flow crossing it) with
# ImageMagick, as PNGs for Linux and one .ico for Windows. Run once; the results are committed,
# so no build needs ImageMagick.
set -euo pipefail
cd "$(dirname "$0")"
big=$(mktemp --suffix=.png)
trap 'rm -f "$big"' EXIT
convert -size 1024x1024 xc:none \
  -fill '#0f4c5c' -draw 'roundrectangle 32,32 991,991 176,176' \
  -fill '#13606f' -draw 'roundrectangle 32,32 511,991 176,176' \
  -fill '#13606f' -draw 'rectangle 336,32 511,991' \
  -stroke '#e8f1f2' -strokewidth 32 -draw 'line 512,140 512,220' -draw 'line 512,330 512,410' \
  -draw 'line 512,614 512,694' -draw 'line 512,804 512,884' -draw 'line 512,472 512,552' \
  -stroke none -fill '#f2c14e' -draw 'circle 264,512 264,392' \
  -fill '#e8f1f2' -draw 'circle 760,512 760,392' \
  -stroke '#f2c14e' -strokewidth 56 -draw 'line 392,512 590,512' \
  -stroke none -fill '#f2c14e' -draw 'polygon 560,410 664,512 560,614' \
  "png32:$big"
for size in 16 24 32 48 64 128 256 512; do
  convert "$big" -resize "${size}x${size}" -strip "png32:borderflow-${size}.png"
done
convert borderflow-16.png borderflow-24.png borderflow-32.png borderflow-48.png \
  borderflow-64.png borderflow-128.png borderflow-256.png borderflow.ico
