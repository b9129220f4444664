package dev.restorestation.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.SettingsFile;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.settings.WindowBounds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path temp;

    @Test
    void noFileMeansDefaults() {
        assertThat(new SettingsFile(temp.resolve("settings.json")).load()).isEqualTo(StationSettings.defaults());
    }

    @Test
    void whatIsSavedIsLoaded() {
        SettingsFile file = new SettingsFile(temp.resolve("settings.json"));
        StationSettings changed = StationSettings.defaults()
                .withTheme(Theme.DARK)
                .withWindow(new WindowBounds(10, 20, 1400, 900, true));

        file.save(changed);

        assertThat(file.load()).isEqualTo(changed);
        assertThat(temp.resolve("settings.json.tmp")).doesNotExist();
    }

    @Test
    void versionOneIsUpgradedKeepingWhatItKnew() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, """
                {"version": 1, "darkMode": true, "windowWidth": 1600, "windowHeight": 1000,
                 "technician": "Sam", "cacheCapGb": 200}
                """);

        StationSettings upgraded = new SettingsFile(path).load();

        assertThat(upgraded.version()).isEqualTo(StationSettings.CURRENT_VERSION);
        assertThat(upgraded.theme()).isEqualTo(Theme.DARK);
        assertThat(upgraded.window()).isEqualTo(new WindowBounds(-1, -1, 1600, 1000, false));
        assertThat(upgraded.technician()).isEqualTo("Sam");
        assertThat(upgraded.cacheCapBytes()).isEqualTo(200L * 1024 * 1024 * 1024);
        assertThat(upgraded.parallelRestores()).isEqualTo(StationSettings.defaults().parallelRestores());
    }

    @Test
    void fieldsMissingFromAnOlderFileTakeTheirDefaults() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "{\"version\": 2, \"technician\": \"Ana\"}");

        StationSettings loaded = new SettingsFile(path).load();

        assertThat(loaded.technician()).isEqualTo("Ana");
        assertThat(loaded.theme()).isEqualTo(Theme.SYSTEM);
    }

    @Test
    void anUnreadableFileIsSetAsideNotLost() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "{\"version\": 2, \"theme\": ");

        assertThat(new SettingsFile(path).load()).isEqualTo(StationSettings.defaults());
        assertThat(temp.resolve("settings.json.unreadable")).hasContent("{\"version\": 2, \"theme\": ");
    }

    @Test
    void aFileFromANewerStationIsNotMisread() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "{\"version\": 99}");

        assertThat(new SettingsFile(path).load()).isEqualTo(StationSettings.defaults());
        assertThat(temp.resolve("settings.json.unreadable")).exists();
    }
}
