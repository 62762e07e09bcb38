#!/bin/sh
# Makes every icon file from fieldbook.svg: PNGs 16-1024 px, fieldbook.ico (Windows) and fieldbook.icns (macOS),
# and copies the window's sizes to src/main/resources/org/fieldbook/app/icons/. The results are committed;
# run this again after editing the SVG.
#
# Tools (Debian packages):  apt-get install -y librsvg2-bin imagemagick icnsutils
#   rsvg-convert (librsvg2-bin)  SVG -> PNG
#   convert      (imagemagick)   PNGs -> .ico
#   png2icns     (icnsutils)     PNGs -> .icns
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y librsvg2-bin imagemagick icnsutils" >&2; exit 1; }
done

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --format png fieldbook.svg --output "png/fieldbook-$size.png"
done

# Windows: the sizes Explorer and the taskbar ask for; 256 is stored as PNG inside the .ico
convert png/fieldbook-16.png png/fieldbook-24.png png/fieldbook-32.png png/fieldbook-48.png \
  png/fieldbook-64.png png/fieldbook-256.png -strip fieldbook.ico

# macOS: icnsutils knows 16, 32, 48, 128, 256, 512 and 1024
png2icns fieldbook.icns png/fieldbook-16.png png/fieldbook-32.png png/fieldbook-48.png png/fieldbook-128.png \
  png/fieldbook-256.png png/fieldbook-512.png png/fieldbook-1024.png >/dev/null

# The window's icons (Stage.getIcons): the window manager picks the size it needs
resources=../src/main/resources/org/fieldbook/app/icons
mkdir -p "$resources"
for size in 16 24 32 48 64 128 256; do
  cp "png/fieldbook-$size.png" "$resources/fieldbook-$size.png"
done
echo "icons made from fieldbook.svg in $here"
