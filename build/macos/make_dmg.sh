#!/usr/bin/env bash
# The macOS disk image: Lokal.app beside a link to /Applications, so that installing is one drag.
#
#   build/macos/make_dmg.sh [APP] [OUTPUT_DMG]
#
# APP defaults to dist/Lokal.app (build/bundle.py; sign it first, with sign_and_notarize.sh
# sign, since signing after would change the image's content). OUTPUT_DMG defaults to
# dist/Lokal-<version>-macos-<arch>.dmg; the version is LOKAL_VERSION, else pyproject.toml's.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
app=${1:-"$root/dist/Lokal.app"}
[[ -d $app ]] || { echo "make_dmg.sh: no app at $app (run build/bundle.py)" >&2; exit 1; }
command -v hdiutil >/dev/null 2>&1 || { echo "make_dmg.sh: needs macOS (hdiutil)" >&2; exit 1; }
version=${LOKAL_VERSION:-$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$root/pyproject.toml" | head -n 1)}
[[ -n $version ]] || { echo "make_dmg.sh: no version in pyproject.toml" >&2; exit 1; }
output=${2:-"$root/dist/Lokal-$version-macos-$(uname -m).dmg"}

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# ditto keeps what cp may not: symlinks inside frameworks, extended attributes, signatures.
ditto "$app" "$staging/Lokal.app"
ln -s /Applications "$staging/Applications"
rm -f "$output"
# UDZO: zlib-compressed and read-only, opened by every macOS version the app runs on.
hdiutil create -volname "Lokal $version" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$output"
echo "Disk image: $output ($(du -h "$output" | cut -f1))"
