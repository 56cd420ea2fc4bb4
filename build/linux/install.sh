#!/usr/bin/env bash
# Install Lokal for the current user (no root): run it from the unpacked .tar.gz.
#
#   ./install.sh [--prefix DIR] [--bin-dir DIR]
#
# What it puts where (XDG_DATA_HOME defaults to ~/.local/share):
#   the app          $XDG_DATA_HOME/lokal/app/    (--prefix DIR: DIR/app/), replaced whole
#   its uninstaller  $XDG_DATA_HOME/lokal/uninstall.sh
#   the menu entry   $XDG_DATA_HOME/applications/lokal.desktop
#   the icon         $XDG_DATA_HOME/icons/hicolor/{256x256,scalable}/apps/lokal.{png,svg}
#   a launcher       ~/.local/bin/lokal           (--bin-dir DIR: DIR/lokal), a symlink
# Your documents' index, settings and chats live in Lokal's data folder ($XDG_DATA_HOME/Lokal):
# installing never touches it, and a newer version reads it as it is.
set -euo pipefail

usage() { sed -n '2,13s/^# \{0,1\}//p' "$0"; }
fail() { echo "install.sh: $*" >&2; exit 1; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
prefix=""
bin_dir=""
while (($#)); do
  case "$1" in
    --prefix) (($# >= 2)) || fail "--prefix needs a folder"; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --bin-dir) (($# >= 2)) || fail "--bin-dir needs a folder"; bin_dir=$2; shift 2 ;;
    --bin-dir=*) bin_dir=${1#--bin-dir=}; shift ;;
    -h | --help) usage; exit 0 ;;
    *) fail "unknown option '$1' (see --help)" ;;
  esac
done

# `sudo ./install.sh` would install into root's home, where the user's menu never looks.
if [[ ${EUID:-$(id -u)} -eq 0 && -n ${SUDO_USER:-} ]]; then
  fail "run it without sudo: it installs for your own user and needs no root"
fi
[[ -n ${HOME:-} ]] || fail "HOME is not set"

# The XDG base directory spec ignores a relative XDG_DATA_HOME.
data_home=${XDG_DATA_HOME:-}
[[ $data_home == /* ]] || data_home="$HOME/.local/share"
prefix=${prefix:-"$data_home/lokal"}
bin_dir=${bin_dir:-"$HOME/.local/bin"}
[[ $prefix == /* ]] || prefix="$PWD/$prefix"
[[ $bin_dir == /* ]] || bin_dir="$PWD/$bin_dir"
app_dir="$prefix/app"

source_app="$here/lokal"
[[ -x "$source_app/lokal" ]] || fail "no Lokal app next to this script (expected $source_app/lokal)"
desktop_template="$here/lokal.desktop"
[[ -f $desktop_template ]] || fail "lokal.desktop is missing next to this script"
# The icon: beside the script in the .tar.gz, else the copy inside the app's resources.
icon_png=""
icon_svg=""
for folder in "$here" "$here/resources/icons" "$source_app/_internal/resources/icons" \
  "$source_app/resources/icons"; do
  if [[ -z $icon_png && -f "$folder/lokal.png" ]]; then icon_png="$folder/lokal.png"; fi
  if [[ -z $icon_svg && -f "$folder/lokal.svg" ]]; then icon_svg="$folder/lokal.svg"; fi
done
[[ -n $icon_png ]] || fail "the icon lokal.png is missing next to this script"

# 1. The app: copied beside the old one, then swapped in by renames, so that an interrupted
# install leaves the previous version whole (or nothing) at $app_dir, never half of one.
mkdir -p "$prefix"
staging=$(mktemp -d "$prefix/.app-new.XXXXXX")
retired=""
cleanup() {
  rm -rf "$staging"
  if [[ -n $retired ]]; then rm -rf "$retired"; fi
}
trap cleanup EXIT
echo "Copying Lokal to $app_dir ..."
cp -R "$source_app/." "$staging/"
chmod 755 "$staging"
if [[ -e $app_dir || -L $app_dir ]]; then
  retired=$(mktemp -d "$prefix/.app-old.XXXXXX")
  mv "$app_dir" "$retired/app"
fi
if ! mv "$staging" "$app_dir"; then
  if [[ -n $retired ]]; then mv "$retired/app" "$app_dir"; fi
  fail "could not move the new version into $app_dir (the previous one is kept)"
fi
cp "$here/uninstall.sh" "$prefix/uninstall.sh.partial" && chmod 755 "$prefix/uninstall.sh.partial"
mv -f "$prefix/uninstall.sh.partial" "$prefix/uninstall.sh"

# 2. The menu entry, with the absolute path of the app. In an Exec value `"`, `` ` ``, `$` and
# `\` are escaped inside the quotes, every `\` is doubled once more as in any string value, and a
# literal `%` is written `%%` (the desktop entry spec, "The Exec key").
[[ $app_dir != *$'\n'* ]] || fail "the install folder's name holds a line break"
executable="$app_dir/lokal"
quoted=$(printf '%s' "$executable" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
plain=$(printf '%s' "$executable" | sed -e 's/\\/\\\\/g')
applications="$data_home/applications"
mkdir -p "$applications"
LOKAL_EXEC="\"$quoted\"" LOKAL_TRYEXEC="$plain" awk '
  /^\[/ { in_entry = ($0 == "[Desktop Entry]") }
  in_entry && /^Exec=/ { print "Exec=" ENVIRON["LOKAL_EXEC"]; next }
  in_entry && /^TryExec=/ { print "TryExec=" ENVIRON["LOKAL_TRYEXEC"]; next }
  { print }
' "$desktop_template" >"$applications/lokal.desktop.partial"
mv -f "$applications/lokal.desktop.partial" "$applications/lokal.desktop"

# 3. The icon, in the hicolor theme every desktop falls back to.
icons="$data_home/icons/hicolor"
mkdir -p "$icons/256x256/apps"
cp "$icon_png" "$icons/256x256/apps/lokal.png.partial"
mv -f "$icons/256x256/apps/lokal.png.partial" "$icons/256x256/apps/lokal.png"
if [[ -n $icon_svg ]]; then
  mkdir -p "$icons/scalable/apps"
  cp "$icon_svg" "$icons/scalable/apps/lokal.svg.partial"
  mv -f "$icons/scalable/apps/lokal.svg.partial" "$icons/scalable/apps/lokal.svg"
fi

# 4. `lokal` on the command line. Another program's `lokal` (a developer's pip install, say) is
# left alone: only a symlink into a Lokal app folder is ours to replace.
launcher="$bin_dir/lokal"
mkdir -p "$bin_dir"
if [[ -e $launcher || -L $launcher ]] && ! { [[ -L $launcher ]] &&
  [[ $(readlink "$launcher") == */app/lokal ]]; }; then
  echo "Left $launcher as it is (not a link to Lokal); the menu entry works without it." >&2
else
  ln -sfn "$executable" "$launcher"
  case ":${PATH:-}:" in
    *":$bin_dir:"*) ;;
    *) echo "Note: $bin_dir is not on your PATH; start Lokal from the menu, or add it." ;;
  esac
fi

# 5. Tell the menu and the icon theme (both optional: most desktops notice by themselves).
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t -f "$icons" || true
fi

echo "Lokal is installed: find it in your applications menu, or run $launcher."
echo "To remove it: $prefix/uninstall.sh (your documents' index and chats are kept)."
