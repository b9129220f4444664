package dev.restorestation.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.app.assembly.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void theOptionWinsOverTheEnvironmentAndTheHome() {
        Path option = temp.resolve("option");
        DataDirectory dir = DataDirectory.resolve(option, Map.of("RESTORE_STATION_HOME", "/elsewhere"), temp);
        assertThat(dir.root()).isEqualTo(option);
    }

    @Test
    void theEnvironmentWinsOverTheHome() {
        DataDirectory dir = DataDirectory.resolve(null, Map.of("RESTORE_STATION_HOME", temp.resolve("env").toString()), temp);
        assertThat(dir.root()).isEqualTo(temp.resolve("env"));
    }

    @Test
    void theHomeIsTheDefault() {
        DataDirectory dir = DataDirectory.resolve(null, Map.of("RESTORE_STATION_HOME", " "), temp);
        assertThat(dir.root()).isEqualTo(temp.resolve(".restore-station"));
    }

    @Test
    void createdOnFirstUseForTheOwnerOnly() throws Exception {
        DataDirectory dir = DataDirectory.resolve(temp.resolve("a/b"), Map.of(), temp);
        assertThat(dir.root()).doesNotExist();

        dir.open();

        assertThat(dir.root()).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.root()))).isEqualTo("rwx------");
    }

    @Test
    void anExistingDirectoryIsMadeOwnerOnlyWithWhatTheStationKeepsInIt() throws Exception {
        Path root = Files.createDirectories(temp.resolve("station"));
        for (String folder : List.of("logs", "firmware", "engine-cache")) {
            Files.createDirectories(root.resolve(folder));
        }
        Files.writeString(root.resolve("settings.json"), "{}");
        Files.writeString(root.resolve("logs/station.2026-11-30.0.log.gz"), "old log");
        for (Path path : List.of(root, root.resolve("logs"), root.resolve("firmware"), root.resolve("engine-cache"))) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Files.setPosixFilePermissions(root.resolve("settings.json"), PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setPosixFilePermissions(root.resolve("logs/station.2026-11-30.0.log.gz"),
                PosixFilePermissions.fromString("rw-r--r--"));

        new DataDirectory(root).open();

        try (Stream<Path> everything = Files.walk(root)) {
            assertThat(everything).isNotEmpty().allSatisfy(path -> assertThat(mode(path)).as(path.toString())
                    .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------"));
        }
    }

    @Test
    void aSharedFirmwareFolderKeepsTheShopsGroupBitsAndLosesOthers() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("share/firmware"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxr-x"));
        Path root = Files.createDirectories(temp.resolve("station"));
        Files.createSymbolicLink(root.resolve("firmware"), shared);
        DataDirectory data = new DataDirectory(root);

        data.open();

        assertThat(data.firmwareShared()).isTrue();
        assertThat(mode(shared)).isEqualTo("rwxrwx---");
        assertThat(mode(root)).isEqualTo("rwx------");
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFileInTheWayIsAClearError() throws Exception {
        Path file = Files.writeString(temp.resolve("taken"), "not a folder");
        assertThatThrownBy(() -> new DataDirectory(file).open()).hasMessageContaining("exists but is not a folder");
    }
}
