package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.app.assembly.DataDirectory;
import dev.restorestation.app.assembly.StationAssembly;
import java.io.PrintWriter;

/**
 * The station as a command puts it together: the log goes to the file only, so what is wrong with
 * the settings is also one warning line on stderr.
 */
final class CommandAssembly {

    private CommandAssembly() {
    }

    /** For a command that only reads: the data directory is not created. */
    static StationAssembly reading(StationContext station, PrintWriter err) {
        return of(new DataDirectory(station.dataDirectoryPath()), err);
    }

    static StationAssembly of(DataDirectory data, PrintWriter err) {
        return StationAssembly.of(data, warning -> err.println("station: " + text("station.warning", ErrorLine.of(warning))));
    }
}
