#!/usr/bin/env bash
# Completes the .deb that jpackage built. It replaces jpackage's native launcher with
# restore-station.sh (the native one queries rpm and dpkg on every start). jpackage packs only
# /opt/restore-station; this adds what belongs elsewhere as files the package owns, so dpkg
# removes them again on uninstall:
#   /usr/bin/restore-station                          link to /opt/restore-station/bin/restore-station
#   /usr/lib/udev/rules.d/39-restore-station.rules    DFU and Recovery devices for plugdev, 0660
#   /usr/share/applications/restore-station.desktop  the desktop entry
#   /usr/share/icons/hicolor/*/apps/restore-station.* its icon
# then writes md5sums, corrects Installed-Size and rebuilds the package in place.
# Usage: complete-deb.sh PACKAGE.deb        Needs dpkg-deb.
set -euo pipefail
umask 022

[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: complete-deb.sh PACKAGE.deb" >&2; exit 2; }
deb=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
icons="$here/../../resources/icons"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"

dpkg-deb --raw-extract "$deb" "$root"
package=$(dpkg-deb --field "$deb" Package)
launcher="/opt/$package/bin/$package"
if [ ! -x "$root$launcher" ]; then
    echo "complete-deb: $deb has no launcher $launcher" >&2
    exit 1
fi

if [ -e "$root/usr/bin/$package" ] || [ -L "$root/usr/bin/$package" ]; then
    echo "complete-deb: $deb is already completed" >&2
    exit 1
fi
install -m 0755 "$here/restore-station.sh" "$root$launcher"
install -d "$root/usr/bin"
ln -s "$launcher" "$root/usr/bin/$package"
install -D -m 0644 "$here/39-restore-station.rules" "$root/usr/lib/udev/rules.d/39-restore-station.rules"
install -D -m 0644 "$here/restore-station.desktop" "$root/usr/share/applications/restore-station.desktop"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 0644 "$icons/restore-station-$size.png" \
        "$root/usr/share/icons/hicolor/${size}x${size}/apps/restore-station.png"
done
install -D -m 0644 "$icons/restore-station.svg" "$root/usr/share/icons/hicolor/scalable/apps/restore-station.svg"

(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
    > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/md5sums"
installed_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i -e "s/^Installed-Size: .*/Installed-Size: $installed_kib/" -e '/^Depends:/s/ ,/,/g' "$root/DEBIAN/control"

dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
echo "completed $deb"
