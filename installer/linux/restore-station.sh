#!/bin/sh
# The station's command in the Linux package, in place of jpackage's native launcher, which asks
# rpm and dpkg which package owns it on every start: half a second here, more on a desktop with
# many packages. Starts the package's own runtime from the class-data archive postinst made
# (docs/decisions/0006); without that archive the runtime starts without it, silently. The opened
# package names the windows after the desktop entry (DesktopIdentity in the window module).
app=$(dirname "$(dirname "$(readlink -f "$0")")")
exec "$app/lib/runtime/bin/java" -Dfile.encoding=UTF-8 --add-opens=java.desktop/sun.awt.X11=ALL-UNNAMED \
    -XX:SharedArchiveFile="$app/lib/app/restore-station.jsa" '-Xlog:cds*=off' \
    -cp "$app/lib/app/restore-station.jar" dev.restorestation.app.Station "$@"
