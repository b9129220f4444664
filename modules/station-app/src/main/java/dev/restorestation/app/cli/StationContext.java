package dev.restorestation.app.cli;

import dev.restorestation.app.assembly.DataDirectory;
import java.nio.file.Path;

/** What every command can reach: the data directory, opened on first use. */
public interface StationContext {

    /** The data directory, created (owner-only) and logging to its log file. */
    DataDirectory dataDirectory();

    /** Where the data directory is, without creating it. */
    Path dataDirectoryPath();
}
