#!/usr/bin/env bash
# Checks the Linux package end to end on this machine (needs root: it installs and removes it).
#
#   installer/ci-check-deb.sh                 builds the .deb twice (mvn -Pinstaller, the second
#                                             time with a higher --app-version), then checks
#   installer/ci-check-deb.sh OLD.deb NEW.deb checks two packages already built (NEW higher)
#
# Installs OLD with apt (Depends and Recommends resolved), checks the restore-station command
# (--version, devices --json as an ordinary user in plugdev), the udev rule, the desktop entry and
# dpkg's own file checksums; upgrades to NEW; removes; purges. The user's data directory
# (~/.restore-station) must come through the upgrade, the removal and the purge byte for byte.
# When no udev runs here, postinst and postrm are checked against a stand-in udevadm.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE=restore-station
TECHNICIAN=rs-bench-tech
RULE=/usr/lib/udev/rules.d/39-restore-station.rules
DESKTOP=/usr/share/applications/restore-station.desktop
failures=0
work=$(mktemp -d)
created_udev_control=false

pass() { echo "ok   - $*"; }
fail() { echo "FAIL - $*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    local description=$1
    shift
    if "$@" >"$work/check.out" 2>&1; then pass "$description"; else fail "$description"; sed 's/^/       /' "$work/check.out"; fi
}
absent() { [ ! -e "$1" ] && [ ! -L "$1" ]; }
status_of() { dpkg-query -W -f='${db:Status-Abbrev}' "$PACKAGE" 2>/dev/null | tr -d ' ' || true; }

cleanup() {
    if dpkg-query -W "$PACKAGE" >/dev/null 2>&1; then dpkg --purge "$PACKAGE" >/dev/null 2>&1 || true; fi
    if id "$TECHNICIAN" >/dev/null 2>&1; then userdel --remove "$TECHNICIAN" >/dev/null 2>&1 || true; fi
    if $created_udev_control; then rm -f /run/udev/control; rmdir /run/udev 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

[ "$(id -u)" -eq 0 ] || { echo "ci-check-deb: run as root (it installs and removes $PACKAGE)" >&2; exit 2; }
for tool in dpkg dpkg-deb apt-get useradd runuser desktop-file-validate python3; do
    command -v "$tool" >/dev/null || { echo "ci-check-deb: $tool is missing" >&2; exit 2; }
done

build() { mvn -B -ntp "$@" >"$work/build.log" 2>&1 || { tail -40 "$work/build.log"; exit 1; }; }

if [ $# -eq 2 ]; then
    old_deb=$(realpath "$1")
    new_deb=$(realpath "$2")
elif [ $# -eq 0 ]; then
    echo "== building the package (mvn -Pinstaller -DskipTests package)"
    build -Pinstaller -DskipTests package
    old_deb="$work/old.deb"
    cp installer/target/${PACKAGE}_*.deb "$old_deb"
    higher="$(dpkg-deb --field "$old_deb" Version | sed 's/-[^-]*$//').1"
    echo "== building it again as version $higher, to test the upgrade"
    build -Pinstaller -DskipTests package -pl installer -am -Dinstaller.appVersion="$higher"
    new_deb="$work/new.deb"
    cp installer/target/${PACKAGE}_"$higher"-*.deb "$new_deb"
else
    echo "usage: ci-check-deb.sh [OLD.deb NEW.deb]" >&2
    exit 2
fi
old_version=$(dpkg-deb --field "$old_deb" Version)
new_version=$(dpkg-deb --field "$new_deb" Version)
dpkg --compare-versions "$new_version" gt "$old_version" \
    || { echo "ci-check-deb: $new_version is not higher than $old_version" >&2; exit 2; }
if [ -n "$(status_of)" ] && [ "$(status_of)" != un ]; then
    echo "== purging the $PACKAGE left by an earlier run"
    dpkg --purge "$PACKAGE" >/dev/null
fi

# Without a running udev, postinst and postrm skip the reload; a stand-in udevadm records it.
udev_log="$work/udevadm.log"
if [ ! -e /run/udev/control ]; then
    mkdir -p /run/udev "$work/bin"
    touch /run/udev/control
    created_udev_control=true
    printf '#!/bin/sh\necho "$*" >> %s\n' "$udev_log" > "$work/bin/udevadm"
    chmod 755 "$work/bin/udevadm"
    export PATH="$work/bin:$PATH"
fi
: > "$udev_log"
check_udev_reload() { # check_udev_reload SCRIPT
    if $created_udev_control; then
        check "$1 reloaded the udev rules" grep -q -- 'control --reload-rules' "$udev_log"
    else
        echo "skip - $1 reloaded the real udev here; not observable from this script"
    fi
}

if id "$TECHNICIAN" >/dev/null 2>&1; then userdel --remove "$TECHNICIAN" >/dev/null 2>&1 || true; fi
useradd --create-home --shell /bin/sh --groups plugdev "$TECHNICIAN"
home=$(getent passwd "$TECHNICIAN" | cut -d: -f6)
data="$home/.restore-station"
as_technician() { runuser -u "$TECHNICIAN" -- env -i HOME="$home" PATH=/usr/local/bin:/usr/bin:/bin "$@"; }
data_snapshot() {
    (cd "$data" && find . -printf '%y %m %s %p\n' | LC_ALL=C sort && find . -type f -exec sha256sum {} + | LC_ALL=C sort) \
        | sha256sum | cut -d' ' -f1
}

# apt runs dpkg with its own PATH (DPkg::Path); pass ours so the stand-in udevadm is found.
apt_install() { apt-get install -y -qq -o DPkg::Path="$PATH" "$@"; }

check_installed() { # check_installed VERSION
    local version=$1
    check "dpkg lists $PACKAGE $version as installed" \
        test "$(dpkg-query -W -f='${Status} ${Version}' "$PACKAGE")" = "install ok installed $version"
    check "dpkg's checksums of the installed files hold" test -z "$(dpkg --verify "$PACKAGE")"
    check "Depends names usbmuxd" bash -c "dpkg-query -W -f='\${Depends}' $PACKAGE | grep -qw usbmuxd"
    check "Recommends names idevicerestore" bash -c "dpkg-query -W -f='\${Recommends}' $PACKAGE | grep -qw idevicerestore"
    check "restore-station on PATH is the package's launcher" \
        test "$(as_technician sh -c 'readlink -f "$(command -v restore-station)"')" = "/opt/$PACKAGE/bin/$PACKAGE"
    check "the package owns /usr/bin/restore-station" bash -c "dpkg -S /usr/bin/restore-station | grep -q '^$PACKAGE:'"
    check "the udev rule is the one in installer/linux" cmp "$RULE" installer/linux/39-restore-station.rules
    check "the udev rule is root's and mode 0644" test "$(stat -c '%U %a' "$RULE")" = "root 644"
    check "the udev rule gives plugdev 0660" grep -q 'GROUP="plugdev", MODE="0660"' "$RULE"
    check_udev_reload postinst
    check "the desktop entry is valid" desktop-file-validate "$DESKTOP"
    check "the desktop entry runs restore-station with its icon" \
        grep -qx 'Exec=restore-station' "$DESKTOP"
    check "the icon is installed" test -s /usr/share/icons/hicolor/256x256/apps/restore-station.png

    local out
    if out=$(as_technician restore-station --version 2>"$work/err"); then
        check "restore-station --version says 'Restore Station <version>'" grep -qE '^Restore Station [0-9]' <<<"$out"
    else
        fail "restore-station --version exited non-zero: $(head -1 "$work/err")"
    fi
    check "postinst made the class-data archive of the station's classes" test -s "/opt/$PACKAGE/lib/app/$PACKAGE.jsa"
    as_technician env JAVA_TOOL_OPTIONS=-Xlog:class+load=info restore-station --version >"$work/classes" 2>&1 || true
    check "restore-station starts from that archive" \
        grep -q 'dev.restorestation.app.Station source: shared objects file (top)' "$work/classes"
    as_technician restore-station --no-such-option >/dev/null 2>"$work/err" && status=0 || status=$?
    check "a usage mistake exits 2 with one line on stderr" \
        test "$status:$(wc -l <"$work/err"):$(cut -c1-8 "$work/err")" = "2:1:station:"
    if out=$(as_technician restore-station devices --json 2>"$work/err"); then
        echo "       devices --json: $(tr -d '\n' <<<"$out" | cut -c1-200)"
        check "restore-station devices --json prints a JSON array of devices" python3 -c '
import json, sys
devices = json.loads(sys.stdin.read())
assert isinstance(devices, list), "not an array"
fields = {"slot", "mode", "ecid", "udid", "productType", "name", "state"}
for device in devices:
    assert fields <= device.keys(), f"missing {fields - device.keys()}"
' <<<"$out"
    else
        fail "restore-station devices --json exited non-zero: $(head -1 "$work/err")"
    fi
}

check_window() { # the desktop entry's command opens the station window (only with a display)
    if [ -z "${DISPLAY:-}" ] || ! command -v xwininfo >/dev/null; then
        # as everywhere in this project: a missing host part skips locally and fails under CI
        if [ "${CI:-}" = true ]; then fail "no DISPLAY or xwininfo: the window cannot be checked"; else echo "skip - no DISPLAY or xwininfo here: the window is not opened"; fi
        return
    fi
    runuser -u "$TECHNICIAN" -- env -i HOME="$home" DISPLAY="$DISPLAY" PATH=/usr/bin:/bin \
        restore-station --demo >"$work/window.log" 2>&1 &
    local runner=$! shown=false tree
    for _ in $(seq 1 120); do
        # read the whole tree first: under pipefail, grep -q leaving early makes xwininfo die of SIGPIPE
        tree=$(xwininfo -root -tree 2>/dev/null || true)
        if grep -q '"Restore Station' <<<"$tree"; then shown=true; break; fi
        sleep 1
    done
    if $shown; then
        pass "restore-station --demo opens the station window"
        grep '"Restore Station' <<<"$tree" >"$work/window.line"
        echo "       window: $(sed 's/^ *//' "$work/window.line" | head -1)"
        check "the window's class is the desktop entry's, so a dock shows its name and icon" \
            grep -q '("restore-station" "restore-station")' "$work/window.line"
        check "the desktop entry names that class" grep -qx 'StartupWMClass=restore-station' "$DESKTOP"
    else
        fail "restore-station --demo opened no window"
        sed 's/^/       /' "$work/window.log"
    fi
    local launcher
    launcher=$(pgrep -P "$runner" || true)
    [ -n "$launcher" ] && kill "$launcher" 2>/dev/null
    wait "$runner" 2>/dev/null || true
}

check_gone() { # check_gone FILE-LIST
    local leftovers
    leftovers=$(while read -r path; do absent "$path" || echo "$path"; done <"$1")
    check "no file of the package is left" test -z "$leftovers"
    check "/opt/$PACKAGE is gone" absent "/opt/$PACKAGE"
    check "restore-station is no longer on PATH" absent /usr/bin/restore-station
    check "the data directory is untouched" test "$(data_snapshot)" = "$kept"
}

echo "== installing $PACKAGE $old_version with apt"
apt_install -o APT::Install-Recommends=true "$old_deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt-get install $old_deb"; exit 1; }
check_installed "$old_version"
check "the technician's first run made the data directory" test -d "$data"
check_window
echo "bench 3: cable replaced" | as_technician tee "$data/technician-notes.txt" >/dev/null
kept=$(data_snapshot)

echo "== upgrading to $new_version"
: > "$udev_log"
apt_install "$new_deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install $new_deb"; exit 1; }
check "the upgrade kept the data directory byte for byte" test "$(data_snapshot)" = "$kept"
check_installed "$new_version"
check "the technician's notes are still there" grep -q 'cable replaced' "$data/technician-notes.txt"
kept=$(data_snapshot)
dpkg -L "$PACKAGE" | while read -r path; do [ -d "$path" ] && [ ! -L "$path" ] || echo "$path"; done >"$work/files"

echo "== removing (dpkg -r)"
: > "$udev_log"
dpkg -r "$PACKAGE" >/dev/null
check "after remove dpkg keeps only the package's configuration state (rc)" test "$(status_of)" = rc
check_udev_reload postrm
check_gone "$work/files"

echo "== purging (dpkg -P)"
dpkg -P "$PACKAGE" >/dev/null
check "after purge dpkg knows nothing of the package" test -z "$(status_of | grep -v '^un$' || true)"
check_gone "$work/files"
check "the technician's notes survived the purge" grep -q 'cable replaced' "$data/technician-notes.txt"

if [ "$failures" -gt 0 ]; then
    echo "ci-check-deb: $failures check(s) failed"
    exit 1
fi
echo "ci-check-deb: the package installs, upgrades, removes and purges as it should"
