package dev.restorestation.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.restorestation.app.OtherUser;
import dev.restorestation.app.StationRun;
import dev.restorestation.app.assembly.SettingsFile;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.text.StationLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the warning about an unusable settings file says: the setting and why, in words, in the station's language. */
class SettingsWarningTest {

    private static final Clock AT_NOON = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @AfterEach
    void backToTheSystemsLanguage() {
        StationLanguage.choose("");
    }

    @Test
    void aSettingOutOfRangeIsNamedInEachLanguageWithoutTheReadersWords() throws Exception {
        List<String> said = new ArrayList<>();
        for (String language : List.of("en", "es", "de")) {
            StationLanguage.choose(language);
            said.add(warningFor("{\"version\": 7, \"verifyWaitMinutes\": 500}"));
        }

        assertThat(said.get(0)).contains("(the wait for a restored device must be 1 to 120 minutes, not 500)");
        assertThat(said.get(1)).contains("(la espera de un dispositivo restaurado debe ser de 1 a 120 minutos, no 500)");
        assertThat(said.get(2)).contains("(die Wartezeit auf ein wiederhergestelltes Gerät muss 1 bis 120 Minuten betragen, nicht 500)");
        assertThat(said).allSatisfy(warning -> assertThat(warning)
                .doesNotContain("Cannot construct", "dev.restorestation", "line -1", "column -1", "`", "\n"));
    }

    @Test
    void aValueOfTheWrongKindNamesItsSetting() throws Exception {
        StationLanguage.choose("en");

        assertThat(warningFor("{\"version\": 7, \"parallelRestores\": \"many\"}"))
                .contains("(the setting 'parallelRestores' has a value of the wrong kind)")
                .doesNotContain("Cannot deserialize", "java.lang", "`");
        assertThat(warningFor("{\"version\": 7,")).contains("(it is not JSON (line 1, column 15))");
        assertThat(warningFor("{\"version\": 7, \"autoRetry\": [\"nonsense\"]}"))
                .contains("(there is no error category 'nonsense' to retry automatically)");
    }

    @Test
    void aSettingsFileThatIsAPipeIsSetAsideAtOnceNotWaitedOn() throws Exception {
        StationLanguage.choose("en");
        Path path = temp.resolve("settings.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
        } catch (java.io.IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "needs mkfifo");

        String warning = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> warningAbout(path));

        assertThat(warning).contains("(it is not a file (a folder, a pipe or a device))",
                "kept as settings.json.unreadable-20261205T120000Z");
        assertThat(path).doesNotExist();
    }

    @Test
    void aSettingsFileThatIsAFolderIsSetAside() throws Exception {
        StationLanguage.choose("en");
        Path path = Files.createDirectory(temp.resolve("settings.json"));

        assertThat(warningAbout(path)).contains("(it is not a file (a folder, a pipe or a device))");
        assertThat(temp.resolve("settings.json.unreadable-20261205T120000Z")).isDirectory();
    }

    @Test
    void aSettingsFileThisUserMayNotReadIsSaidInWords() throws Exception {
        OtherUser nobody = OtherUser.in(temp);
        Path dataDir = Files.createDirectory(temp.resolve("data"));
        Files.writeString(dataDir.resolve("settings.json"), "{\"version\": 7}");
        Files.setPosixFilePermissions(dataDir.resolve("settings.json"), PosixFilePermissions.fromString("rw-------"));
        Files.setOwner(dataDir, dataDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));

        StationRun run = nobody.station(dataDir, "es", List.of("history", "--all"));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("station: aviso: no se puede leer el archivo de ajustes " + dataDir.resolve("settings.json")
                        + " (permiso denegado); se guarda como settings.json.unreadable-");
    }

    private String warningFor(String content) throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, content);
        String warning = warningAbout(path);
        try (var kept = Files.list(temp)) {
            for (Path each : (Iterable<Path>) kept::iterator) {
                Files.delete(each);
            }
        }
        return warning;
    }

    private static String warningAbout(Path path) {
        List<String> warnings = new ArrayList<>();
        assertThat(new SettingsFile(path, AT_NOON).load(warnings::add)).isEqualTo(StationSettings.defaults());
        assertThat(warnings).hasSize(1);
        return warnings.get(0);
    }
}
