package dev.restorestation.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.app.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
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
    void aFileInTheWayIsAClearError() throws Exception {
        Path file = Files.writeString(temp.resolve("taken"), "not a folder");
        assertThatThrownBy(() -> new DataDirectory(file).open()).hasMessageContaining("exists but is not a folder");
    }
}
