#!/usr/bin/env bash
# Sign Lokal.app for distribution and notarize its disk image (macOS only).
#
#   build/macos/sign_and_notarize.sh sign APP          (before make_dmg.sh)
#   build/macos/sign_and_notarize.sh notarize DMG      (after it)
#
# sign: codesign with the hardened runtime and a secure timestamp, inside out: every Mach-O file
#   (deepest first), then every .framework, then the app with build/macos/entitlements.plist,
#   then a strict verification. (`codesign --deep` is not used: it signs nested code without
#   the options and entitlements each needs.)
# notarize: sign the .dmg, `xcrun notarytool submit --wait`, fail unless Apple accepted it,
#   then `xcrun stapler staple` so that Gatekeeper passes it offline too.
#
# Secrets, from the environment (the release workflow maps them from repository secrets):
#   MACOS_SIGN_IDENTITY            "Developer ID Application: Name (TEAMID)"
#   MACOS_CERTIFICATE_P12_BASE64   that identity's certificate and key, base64 (CI: imported
#   MACOS_CERTIFICATE_PASSWORD       into a temporary keychain first)
#   APPLE_API_KEY_BASE64, APPLE_API_KEY_ID, APPLE_API_ISSUER_ID   App Store Connect API key, or
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD                  an Apple ID, app-specific password
# A step whose secrets are absent is skipped with a message (exit 0): forks and test runs still
# build, with PyInstaller's ad-hoc signature (runs where it was built; Gatekeeper blocks a
# downloaded copy until the user allows it in System Settings > Privacy & Security).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
entitlements="$here/entitlements.plist"
fail() { echo "sign_and_notarize.sh: $*" >&2; exit 1; }
skip() { echo "sign_and_notarize.sh: $*; skipped."; exit 0; }

(($# == 2)) || fail "usage: sign_and_notarize.sh sign APP | notarize DMG"
action=$1
target=${2%/}
[[ -e $target ]] || fail "no $target"
command -v codesign >/dev/null 2>&1 || fail "needs macOS (codesign)"

import_certificate() {
  [[ -n ${MACOS_CERTIFICATE_P12_BASE64:-} ]] || return 0
  [[ -n ${MACOS_CERTIFICATE_PASSWORD:-} ]] || fail "MACOS_CERTIFICATE_PASSWORD is not set"
  local keychain="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/lokal-signing.keychain-db"
  local keychain_password p12
  keychain_password=$(uuidgen)
  p12=$(mktemp)
  echo "Importing the signing certificate into $keychain"
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  printf '%s' "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode >"$p12"
  security import "$p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
  rm -f "$p12"
  # Let codesign use the key without a dialog, and search this keychain besides the user's.
  security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" >/dev/null
  local existing
  existing=$(security list-keychains -d user | tr -d '"' | xargs)
  # shellcheck disable=SC2086  # the existing keychains are one word each
  security list-keychains -d user -s "$keychain" $existing
}

codesign_runtime() { # codesign_runtime PATH [more codesign options]
  local path=$1
  shift
  codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$@" "$path"
}

deepest_first() { # paths on stdin, one a line -> the same, most nested first
  awk -F/ '{ print NF "\t" $0 }' | sort -t $'\t' -k1,1nr | cut -f2-
}

sign_app() {
  local app=$1 path count=0
  [[ -d "$app/Contents" ]] || fail "$app is not an app bundle"
  [[ -n ${MACOS_SIGN_IDENTITY:-} ]] || skip "MACOS_SIGN_IDENTITY is not set: the app is not signed for distribution"
  import_certificate
  echo "Signing the Mach-O files in $app (libraries, extension modules, helpers) ..."
  while IFS= read -r path; do
    codesign_runtime "$path"
    count=$((count + 1))
  done < <(find "$app/Contents" -type f -not -path "*/_CodeSignature/*" -print |
    while IFS= read -r path; do
      if file -b "$path" | grep -q 'Mach-O'; then printf '%s\n' "$path"; fi
    done | deepest_first)
  echo "Signed $count files."
  echo "Signing the frameworks ..."
  while IFS= read -r path; do
    codesign_runtime "$path"
  done < <(find "$app/Contents" -type d -name '*.framework' -print | deepest_first)
  echo "Signing $app with $entitlements ..."
  codesign_runtime "$app" --entitlements "$entitlements"
  codesign --verify --deep --strict --verbose=2 "$app"
  codesign --display --entitlements - "$app" >/dev/null
  echo "Signed: $app"
}

submit_for_notarization() { # submit_for_notarization FILE -> prints notarytool's JSON
  local file=$1
  if [[ -n ${APPLE_API_KEY_BASE64:-} && -n ${APPLE_API_KEY_ID:-} && -n ${APPLE_API_ISSUER_ID:-} ]]; then
    local key_dir
    key_dir=$(mktemp -d)
    printf '%s' "$APPLE_API_KEY_BASE64" | base64 --decode >"$key_dir/AuthKey_$APPLE_API_KEY_ID.p8"
    xcrun notarytool submit "$file" --key "$key_dir/AuthKey_$APPLE_API_KEY_ID.p8" \
      --key-id "$APPLE_API_KEY_ID" --issuer "$APPLE_API_ISSUER_ID" \
      --wait --timeout 45m --output-format json
    rm -rf "$key_dir"
  else
    xcrun notarytool submit "$file" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait --timeout 45m --output-format json
  fi
}

notarize_dmg() {
  local dmg=$1 result status
  [[ -f $dmg && $dmg == *.dmg ]] || fail "$dmg is not a .dmg"
  [[ -n ${MACOS_SIGN_IDENTITY:-} ]] || skip "MACOS_SIGN_IDENTITY is not set: the disk image is not signed nor notarized"
  if [[ -z ${APPLE_API_KEY_BASE64:-} && -z ${APPLE_ID:-} ]]; then
    skip "no APPLE_API_KEY_BASE64 nor APPLE_ID: the disk image is not notarized"
  fi
  if [[ -z ${APPLE_API_KEY_BASE64:-} && (-z ${APPLE_TEAM_ID:-} || -z ${APPLE_APP_PASSWORD:-}) ]]; then
    fail "APPLE_ID needs APPLE_TEAM_ID and APPLE_APP_PASSWORD"
  fi
  import_certificate
  echo "Signing $dmg ..."
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  echo "Submitting $dmg to Apple's notary service (waits for the verdict) ..."
  result=$(submit_for_notarization "$dmg")
  echo "$result"
  status=$(printf '%s' "$result" |
    python3 -c 'import json, sys; print(json.load(sys.stdin).get("status", ""))' || true)
  if [[ $status != "Accepted" ]]; then
    fail "notarization says '${status:-no status}': see \`xcrun notarytool log <id>\` for why"
  fi
  echo "Stapling the ticket to $dmg ..."
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg" || true
  echo "Notarized: $dmg"
}

case "$action" in
  sign) sign_app "$target" ;;
  notarize) notarize_dmg "$target" ;;
  *) fail "unknown action '$action' (sign or notarize)" ;;
esac
