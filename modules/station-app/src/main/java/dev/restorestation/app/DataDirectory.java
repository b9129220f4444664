package dev.restorestation.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The station's own folder: database, firmware cache, attempt logs, settings, logs. Chosen by
 * {@code --data-dir}, else {@code $RESTORE_STATION_HOME}, else {@code ~/.restore-station}.
 */
public record DataDirectory(Path root) {

    public static final String ENVIRONMENT_VARIABLE = "RESTORE_STATION_HOME";

    public static DataDirectory resolve(Path option, Map<String, String> environment, Path userHome) {
        if (option != null) {
            return new DataDirectory(option.toAbsolutePath().normalize());
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DataDirectory(Path.of(fromEnvironment).toAbsolutePath().normalize());
        }
        return new DataDirectory(userHome.resolve(".restore-station").toAbsolutePath().normalize());
    }

    /** Creates the folder (owner-only where the file system knows permissions) and returns it. */
    public DataDirectory open() throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IOException("data directory " + root + " exists but is not a folder");
        }
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
            }
        }
        if (!Files.isWritable(root)) {
            throw new IOException("data directory " + root + " is not writable");
        }
        return this;
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path firmware() {
        return root.resolve("firmware");
    }

    /** This station's own seals of the firmware it verified: never in the firmware folder, which others may write. */
    public Path firmwareSeals() {
        return root.resolve("firmware-seals.json");
    }

    public Path database() {
        return root.resolve("history");
    }

    /** The restore engine's extraction cache, one folder per IPSW. */
    public Path engineCache() {
        return root.resolve("engine-cache");
    }

    public Path attemptLogs() {
        return root.resolve("attempt-logs");
    }
}
