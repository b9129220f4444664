package dev.restorestation.app.cli;

import dev.restorestation.app.DataDirectory;
import dev.restorestation.app.SettingsFile;
import dev.restorestation.core.settings.StationSettings;
import java.io.PrintWriter;

/** The settings as a command reads them: the log goes to the file only, so an unreadable settings file is also one warning line on stderr. */
final class CommandSettings {

    private CommandSettings() {
    }

    static StationSettings load(DataDirectory data, PrintWriter err) {
        return new SettingsFile(data.settingsFile()).load(warning -> err.println("station: warning: " + ErrorLine.of(warning)));
    }
}
