package dev.restorestation.app.assembly;

import dev.restorestation.core.files.FileAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * Creates the folder and gives it, and everything the station keeps in it, to its owner only,
     * whatever the umask or the modes it had before. A firmware folder that is a link to, or a mount
     * of, a folder elsewhere is the shop's shared cache: it keeps the group bits the shop gave it
     * and loses only other users' bits.
     */
    public DataDirectory open() throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IOException("data directory " + root + " exists but is not a folder");
        }
        FileAccess owner = FileAccess.OWNER_ONLY;
        owner.folder(root);
        if (!Files.isWritable(root)) {
            throw new IOException("data directory " + root + " is not writable");
        }
        owner.folder(logs());
        owner.applyToTree(logs());
        Path log = logs().resolve("station.log");
        if (!Files.exists(log)) {
            Files.createFile(log, owner.newFile());
        }
        owner.folder(engineCache());
        owner.folder(attemptLogs());
        for (Path file : List.of(settingsFile(), root.resolve("slots.properties"))) {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                owner.apply(file);
            }
        }
        openFirmwareFolder();
        return this;
    }

    /** Whether the firmware folder is shared: a link to, or a mount of, a folder outside the data directory. */
    public boolean firmwareShared() throws IOException {
        Path firmware = firmware();
        return Files.isSymbolicLink(firmware)
                || Files.isDirectory(firmware) && !Files.getFileStore(firmware).equals(Files.getFileStore(root));
    }

    private void openFirmwareFolder() throws IOException {
        if (!firmwareShared()) {
            FileAccess.OWNER_ONLY.folder(firmware());
            return;
        }
        FileAccess.of(firmware().toRealPath()).apply(firmware().toRealPath());
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
