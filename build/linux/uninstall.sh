#!/usr/bin/env bash
# Remove what install.sh put in place for this user: the app, its menu entry, icon and launcher.
#
#   ./uninstall.sh [--prefix DIR] [--bin-dir DIR] [--purge [--yes]]
#
# Lokal's data folder ($XDG_DATA_HOME/Lokal: the documents' index, settings, chats, downloaded
# models) is kept, so that a later install finds it as it was. --purge deletes that folder too
# (it asks first unless --yes is given); a folder chosen with --data-dir or LOKAL_DATA_DIR is
# never deleted: remove it yourself. Your documents themselves are never touched.
set -euo pipefail

usage() { sed -n '2,9s/^# \{0,1\}//p' "$0"; }
fail() { echo "uninstall.sh: $*" >&2; exit 1; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
prefix=""
bin_dir=""
purge=false
assume_yes=false
while (($#)); do
  case "$1" in
    --prefix) (($# >= 2)) || fail "--prefix needs a folder"; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --bin-dir) (($# >= 2)) || fail "--bin-dir needs a folder"; bin_dir=$2; shift 2 ;;
    --bin-dir=*) bin_dir=${1#--bin-dir=}; shift ;;
    --purge) purge=true; shift ;;
    -y | --yes) assume_yes=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) fail "unknown option '$1' (see --help)" ;;
  esac
done
[[ -n ${HOME:-} ]] || fail "HOME is not set"

data_home=${XDG_DATA_HOME:-}
[[ $data_home == /* ]] || data_home="$HOME/.local/share"
# Run as the copy install.sh left beside the app, this script knows its own install.
if [[ -z $prefix && -x "$here/app/lokal" ]]; then
  prefix=$here
fi
prefix=${prefix:-"$data_home/lokal"}
bin_dir=${bin_dir:-"$HOME/.local/bin"}
[[ $prefix == /* ]] || prefix="$PWD/$prefix"
[[ $bin_dir == /* ]] || bin_dir="$PWD/$bin_dir"
app_dir="$prefix/app"
# platformdirs.user_data_dir("Lokal") on Linux: where the app keeps everything of the user's.
data_folder="$data_home/Lokal"

removed=0
remove() { # remove FILE...: the ones that exist, each said
  local path
  for path in "$@"; do
    if [[ -e $path || -L $path ]]; then
      rm -f "$path"
      echo "Removed $path"
      removed=$((removed + 1))
    fi
  done
}

# The launcher only when it is our link (another program may own a `lokal` there).
launcher="$bin_dir/lokal"
if [[ -L $launcher && $(readlink "$launcher") == "$app_dir/lokal" ]]; then
  remove "$launcher"
elif [[ -e $launcher || -L $launcher ]]; then
  echo "Left $launcher as it is (not a link to $app_dir/lokal)."
fi

remove "$data_home/applications/lokal.desktop" \
  "$data_home/icons/hicolor/256x256/apps/lokal.png" \
  "$data_home/icons/hicolor/scalable/apps/lokal.svg"

# The app folder only when it holds Lokal, and never when the data folder is that folder or
# inside it (an odd --prefix; XDG_DATA_HOME on a file system that ignores case).
holds_data_folder() {
  [[ -d $data_folder ]] || return 1
  [[ $app_dir -ef $data_folder ]] && return 0
  local app_real data_real
  app_real=$(cd "$app_dir" && pwd -P)
  data_real=$(cd "$data_folder" && pwd -P)
  [[ $data_real == "$app_real"/* ]]
}
if [[ -d $app_dir ]]; then
  if [[ ! -x "$app_dir/lokal" ]]; then
    echo "Left $app_dir as it is: it does not hold a Lokal app." >&2
  elif holds_data_folder; then
    echo "Left $app_dir as it is: Lokal's data folder $data_folder is in it." >&2
  else
    rm -rf "$app_dir"
    echo "Removed $app_dir"
    removed=$((removed + 1))
  fi
fi
# Leftovers of an interrupted install, this script's installed copy, then the folder if empty.
for leftover in "$prefix"/.app-new.* "$prefix"/.app-old.*; do
  if [[ -d $leftover ]]; then rm -rf "$leftover"; fi
done
remove "$prefix/uninstall.sh"
if [[ -d $prefix ]]; then rmdir "$prefix" 2>/dev/null || true; fi

if command -v update-desktop-database >/dev/null 2>&1 && [[ -d "$data_home/applications" ]]; then
  update-desktop-database -q "$data_home/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [[ -d "$data_home/icons/hicolor" ]]; then
  gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor" || true
fi

if $purge; then
  if [[ ! -d $data_folder ]]; then
    echo "No data folder at $data_folder."
  else
    if ! $assume_yes; then
      [[ -t 0 ]] || fail "--purge deletes $data_folder: add --yes to do it without asking"
      read -r -p "Delete Lokal's data folder $data_folder (index, settings, chats, models)? [y/N] " answer
      [[ $answer == [yY] || $answer == [yY][eE][sS] ]] || { echo "Kept $data_folder."; exit 0; }
    fi
    rm -rf "$data_folder"
    echo "Removed $data_folder"
  fi
elif [[ -d $data_folder ]]; then
  echo "Kept Lokal's data folder $data_folder (uninstall.sh --purge deletes it)."
fi

if ((removed == 0)); then
  echo "Lokal was not installed here (nothing found under $prefix)."
else
  echo "Lokal is uninstalled."
fi
