#!/usr/bin/env bash
# Signs dist/Grantscope.app with a Developer ID, notarizes it with Apple and staples the ticket, then wraps
# it in a .dmg. Run on a Mac after `uv run --group build packaging/build_bundle.py`. Needs Xcode's command
# line tools and, in the environment:
#   SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)" (from `security find-identity -v -p codesigning`)
#   NOTARY_PROFILE  a keychain profile made once with
#                   `xcrun notarytool store-credentials grantscope-notary --apple-id ... --team-id ...`
# Without SIGN_IDENTITY it makes an ad-hoc signed .dmg (runs on the build Mac; others get a Gatekeeper warning).
set -euo pipefail
cd "$(dirname "$0")/../.."
APP=dist/Grantscope.app
VERSION=$(uv run --no-sync python -c "from core.version import app_version; print(app_version())")
DMG="dist/grantscope-$VERSION-macos.dmg"
ENTITLEMENTS=packaging/macos/entitlements.plist
[ -d "$APP" ] || { echo "no $APP: build it first" >&2; exit 1; }

if [ -n "${SIGN_IDENTITY:-}" ]; then
  # Sign every Mach-O inside first (libraries, Qt plugins, the Python framework), then the app itself.
  find "$APP/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' f; do
      if file "$f" | grep -q "Mach-O"; then
        codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$SIGN_IDENTITY" "$f"
      fi
    done
  codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" --sign "$SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "SIGN_IDENTITY not set: ad-hoc signature (not for distribution)" >&2
  codesign --force --deep --sign - "$APP"
fi

rm -f "$DMG"
hdiutil create -volname "Grantscope $VERSION" -srcfolder "$APP" -ov -format UDZO "$DMG"

if [ -n "${SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$SIGN_IDENTITY" "$DMG"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    xcrun stapler staple "$APP"
    spctl --assess --type execute --verbose "$APP"
  else
    echo "NOTARY_PROFILE not set: signed but not notarized" >&2
  fi
fi
echo "$DMG"
