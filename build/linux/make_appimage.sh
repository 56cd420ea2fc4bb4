#!/usr/bin/env bash
# Linux AppImage from the PyInstaller bundle: one file that runs on most distributions.
#
#   build/linux/make_appimage.sh [DIST_DIR]      (default: dist/ of this checkout)
#
# Needs DIST_DIR/lokal/ (build/bundle.py). Builds the AppDir DIST_DIR/Lokal.AppDir (AppRun, the
# desktop entry, the icon, the app in usr/lib/lokal/), then, when `appimagetool` is on PATH,
# DIST_DIR/Lokal-<version>-x86_64.AppImage. Debian has no appimagetool, so without it the
# AppDir is left and the script says it skipped the AppImage (exit 0); the release workflow
# downloads appimagetool first. Version: LOKAL_VERSION, else pyproject.toml's.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
dist=$(cd "${1:-$root/dist}" && pwd)
app="$dist/lokal"
[[ -x "$app/lokal" ]] || { echo "make_appimage.sh: no bundle at $app (run build/bundle.py)" >&2; exit 1; }

version=${LOKAL_VERSION:-$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$root/pyproject.toml" | head -n 1)}
[[ -n $version ]] || { echo "make_appimage.sh: no version in pyproject.toml" >&2; exit 1; }
arch=${ARCH:-$(uname -m)}
appdir="$dist/Lokal.AppDir"
output="$dist/Lokal-$version-$arch.AppImage"

echo "AppDir: $appdir"
rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications" \
  "$appdir/usr/share/icons/hicolor/256x256/apps" "$appdir/usr/share/icons/hicolor/scalable/apps"
cp -R "$app" "$appdir/usr/lib/lokal"
install -m 755 "$root/build/linux/AppRun" "$appdir/AppRun"
# The AppImage starts through AppRun: the entry's Exec names it by its desktop name, and there
# is no TryExec (no `lokal` need be on PATH).
grep -v '^TryExec=' "$root/build/linux/lokal.desktop" >"$appdir/lokal.desktop"
cp "$appdir/lokal.desktop" "$appdir/usr/share/applications/lokal.desktop"
cp "$root/resources/icons/lokal.png" "$appdir/lokal.png"
cp "$root/resources/icons/lokal.png" "$appdir/usr/share/icons/hicolor/256x256/apps/lokal.png"
cp "$root/resources/icons/lokal.svg" "$appdir/usr/share/icons/hicolor/scalable/apps/lokal.svg"
ln -sfn lokal.png "$appdir/.DirIcon"

if ! command -v appimagetool >/dev/null 2>&1; then
  echo "make_appimage.sh: appimagetool is not on PATH; skipped the AppImage (the AppDir is ready)."
  exit 0
fi
# appimagetool is itself an AppImage: extract-and-run spares it FUSE, which CI runners lack.
rm -f "$output"
APPIMAGE_EXTRACT_AND_RUN=1 ARCH="$arch" appimagetool --no-appstream "$appdir" "$output"
echo "AppImage: $output ($(du -h "$output" | cut -f1))"
