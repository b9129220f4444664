#!/usr/bin/env bash
# Renders the station's icon from restore-station.svg: the PNG sizes of the freedesktop hicolor
# theme (desktop entry, jpackage on Linux), a Windows .ico and a macOS .icns.
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" restore-station.svg -o "restore-station-$size.png"
done
icotool --create --output restore-station.ico \
    restore-station-16.png restore-station-24.png restore-station-32.png \
    restore-station-48.png restore-station-64.png restore-station-128.png \
    --raw=restore-station-256.png
png2icns restore-station.icns \
    restore-station-16.png restore-station-32.png restore-station-48.png \
    restore-station-128.png restore-station-256.png restore-station-512.png restore-station-1024.png >/dev/null
