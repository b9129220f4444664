package dev.restorestation.core.settings;

import java.util.Objects;

/**
 * Everything the station remembers between runs, as one versioned object. A change of shape
 * bumps {@link #CURRENT_VERSION} and adds an upgrade step where the settings file is read.
 *
 * @param databaseUrl     empty for the embedded H2 database in the data directory
 * @param enginePath      empty to find {@code idevicerestore} on the PATH
 * @param cacheCapBytes   the firmware cache's size limit; 0 for no limit
 */
public record StationSettings(int version, Theme theme, WindowBounds window, String technician,
                              long cacheCapBytes, String databaseUrl, String enginePath,
                              int parallelRestores) {

    public static final int CURRENT_VERSION = 2;

    public StationSettings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(window, "window");
        technician = technician == null ? "" : technician.strip();
        databaseUrl = databaseUrl == null ? "" : databaseUrl.strip();
        enginePath = enginePath == null ? "" : enginePath.strip();
        if (cacheCapBytes < 0) {
            throw new IllegalArgumentException("cache size cap must not be negative");
        }
        if (parallelRestores < 1 || parallelRestores > 64) {
            throw new IllegalArgumentException("parallel restores must be between 1 and 64, not " + parallelRestores);
        }
    }

    public static StationSettings defaults() {
        return new StationSettings(CURRENT_VERSION, Theme.SYSTEM, WindowBounds.DEFAULT, "",
                300L * 1024 * 1024 * 1024, "", "", 16);
    }

    public StationSettings withWindow(WindowBounds bounds) {
        return new StationSettings(version, theme, bounds, technician, cacheCapBytes, databaseUrl, enginePath,
                parallelRestores);
    }

    public StationSettings withTheme(Theme newTheme) {
        return new StationSettings(version, newTheme, window, technician, cacheCapBytes, databaseUrl, enginePath,
                parallelRestores);
    }
}
