#!/usr/bin/env bash
# Pack dist/QuickReply.app into dist/QuickReply-<version>.dmg: the app next to a
# link to /Applications, so installing is one drag.
#
#   packaging/macos/make_dmg.sh [path/to/QuickReply.app] [output.dmg]
#
# Sign (and ideally notarise) the .app BEFORE running this: the DMG holds a
# copy, and re-signing inside it is not possible. With QUICKREPLY_CODESIGN_IDENTITY
# set, the DMG itself is signed too. Notarising and stapling: packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

app="${1:-dist/QuickReply.app}"
if [[ ! -d "$app/Contents/MacOS" ]]; then
  echo "make_dmg: no app bundle at $app; build it first on a Mac:" >&2
  echo "  uv run --group packaging pyinstaller packaging/quickreply.spec --noconfirm" >&2
  exit 1
fi
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
dmg="${2:-dist/QuickReply-$version.dmg}"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# ditto keeps symlinks, extended attributes and the code signature intact.
ditto "$app" "$staging/QuickReply.app"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
# hdiutil now and then fails with "Resource busy" on CI machines (a disk-image
# daemon still holding the previous image): try again a few times.
for attempt in 1 2 3 4 5; do
  if hdiutil create -volname "QuickReply $version" -srcfolder "$staging" \
    -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$dmg"; then
    break
  fi
  if ((attempt == 5)); then
    echo "make_dmg: hdiutil create failed 5 times" >&2
    exit 1
  fi
  echo "make_dmg: hdiutil create failed, retrying in $((attempt * 5)) s" >&2
  sleep $((attempt * 5))
done

if [[ -n "${QUICKREPLY_CODESIGN_IDENTITY:-}" ]]; then
  codesign --force --timestamp --sign "$QUICKREPLY_CODESIGN_IDENTITY" "$dmg"
fi
hdiutil verify "$dmg" >/dev/null
echo "$dmg"
