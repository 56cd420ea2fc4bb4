#!/usr/bin/env bash
# The macOS app icon, build/macos/lokal.icns, from resources/icons/lokal-512.png (macOS only:
# sips scales, iconutil packs). Run it before build/bundle.py: build/lokal.spec gives the .app
# this icon when the file is there.
#
#   build/macos/make_icns.sh [SOURCE_PNG] [OUTPUT_ICNS]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source_png=${1:-"$root/resources/icons/lokal-512.png"}
output=${2:-"$root/build/macos/lokal.icns"}
for tool in sips iconutil; do
  command -v "$tool" >/dev/null 2>&1 || { echo "make_icns.sh: needs macOS ($tool not found)" >&2; exit 1; }
done
[[ -f $source_png ]] || { echo "make_icns.sh: no $source_png (python build/make_icons.py)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
iconset="$work/lokal.iconset"
mkdir "$iconset"
# The sizes iconutil knows, each at 1x and 2x, up to the 512 px source (no 512@2x: the source
# is not upscaled, and Finder takes the 512 px image at that size).
for size in 16 32 128 256 512; do
  sips -z "$size" "$size" "$source_png" --out "$iconset/icon_${size}x${size}.png" >/dev/null
  double=$((size * 2))
  if ((double <= 512)); then
    sips -z "$double" "$double" "$source_png" --out "$iconset/icon_${size}x${size}@2x.png" >/dev/null
  fi
done
iconutil --convert icns --output "$output" "$iconset"
echo "Icon: $output"
