package dev.restorestation.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.restorestation.app.assembly.SettingsFile;
import dev.restorestation.core.settings.LabelPrinting;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.settings.Theme;
import dev.restorestation.core.settings.WindowBounds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class SettingsFileTest {

    private static final Clock AT_NOON = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);

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
    void versionTwoIsUpgradedWithAnEmptyShopAndTheDefaultWait() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "{\"version\": 2, \"technician\": \"Ana\", \"parallelRestores\": 8}");

        StationSettings upgraded = new SettingsFile(path).load();

        assertThat(upgraded.version()).isEqualTo(StationSettings.CURRENT_VERSION);
        assertThat(upgraded.technician()).isEqualTo("Ana");
        assertThat(upgraded.parallelRestores()).isEqualTo(8);
        assertThat(upgraded.shopName()).isEmpty();
        assertThat(upgraded.shopLocation()).isEmpty();
        assertThat(upgraded.verifyWaitMinutes()).isEqualTo(10);
    }

    @Test
    void versionThreeIsUpgradedWithTheDefaultAgeOfASigningStatus() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "{\"version\": 3, \"technician\": \"Ana\", \"verifyWaitMinutes\": 20, \"parallelRestores\": 16}");

        StationSettings upgraded = new SettingsFile(path).load();

        assertThat(upgraded.version()).isEqualTo(StationSettings.CURRENT_VERSION);
        assertThat(upgraded.verifyWaitMinutes()).isEqualTo(20);
        assertThat(upgraded.signingMaxAgeHours()).isEqualTo(24);
        assertThat(upgraded.parallelRestores()).as("the shop's own cap is kept").isEqualTo(16);
        assertThat(upgraded.restoresPerRootHub()).isEqualTo(8);
        assertThat(upgraded.restoresPerHub()).isEqualTo(4);
        assertThat(upgraded.maxHubDepth()).isEqualTo(2);
        assertThat(upgraded.autoRetry()).containsExactly("usb-connection");
    }

    @Test
    void versionFourIsUpgradedWithFinishAlertsOn() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "{\"version\": 4, \"technician\": \"Ana\", \"maxHubDepth\": 3}");

        StationSettings upgraded = new SettingsFile(path).load();

        assertThat(upgraded.version()).isEqualTo(StationSettings.CURRENT_VERSION);
        assertThat(upgraded.finishAlerts()).isTrue();
        assertThat(upgraded.maxHubDepth()).isEqualTo(3);
    }

    @Test
    void versionFiveIsUpgradedAskingForTheLabelPrinterEachTime() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "{\"version\": 5, \"technician\": \"Ana\", \"finishAlerts\": false}");

        StationSettings upgraded = new SettingsFile(path).load();

        assertThat(upgraded.version()).isEqualTo(StationSettings.CURRENT_VERSION);
        assertThat(upgraded.labels()).isEqualTo(new LabelPrinting("", "62x29", false));
        assertThat(upgraded.finishAlerts()).isFalse();
        assertThat(upgraded.language()).isEmpty();
    }

    @Test
    void versionSixIsUpgradedToTheSystemsLanguage() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "{\"version\": 6, \"technician\": \"Ana\", \"finishAlerts\": false}");

        StationSettings upgraded = new SettingsFile(path).load();

        assertThat(upgraded.version()).isEqualTo(7);
        assertThat(upgraded.language()).isEmpty();
        assertThat(upgraded.finishAlerts()).isFalse();
        assertThat(upgraded.technician()).isEqualTo("Ana");
    }

    @Test
    void aChosenLanguageIsKept() {
        SettingsFile file = new SettingsFile(temp.resolve("settings.json"));
        StationSettings d = StationSettings.defaults();
        StationSettings german = new StationSettings(d.version(), d.theme(), d.window(), d.technician(),
                d.cacheCapBytes(), d.databaseUrl(), d.enginePath(), d.parallelRestores(), d.shopName(), d.shopLocation(),
                d.verifyWaitMinutes(), d.signingMaxAgeHours(), d.restoresPerRootHub(), d.restoresPerHub(),
                d.maxHubDepth(), d.autoRetry(), d.finishAlerts(), d.labels(), "de");
        file.save(german);

        assertThat(file.load().language()).isEqualTo("de");
    }

    @Test
    void labelSettingsSurviveASaveAndALoad() {
        Path path = temp.resolve("settings.json");
        StationSettings d = StationSettings.defaults();
        StationSettings labelled = new StationSettings(d.version(), d.theme(), d.window(), "Ana", d.cacheCapBytes(), "",
                "", 4, "", "", 10, 24, 8, 4, 2, List.of(), true, new LabelPrinting("Brother QL-820NWB", "57x32", true), "es");

        new SettingsFile(path).save(labelled);

        assertThat(new SettingsFile(path).load()).isEqualTo(labelled);
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
    void aFileWrittenByHandWithoutAVersionIsReadInTodaysFields() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "{\"shopName\": \"Fix-It Phones\", \"language\": \"de\"}");

        StationSettings loaded = new SettingsFile(path, AT_NOON).load();

        assertThat(loaded.shopName()).isEqualTo("Fix-It Phones");
        assertThat(loaded.language()).isEqualTo("de");
        assertThat(loaded.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(path).as("not set aside").exists();
    }

    @Test
    void aFileFarLargerThanSettingsIsSetAsideUnread() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "{\"version\": 7, \"shopName\": \"" + "x".repeat(1024 * 1024) + "\"}");
        List<String> warnings = new ArrayList<>();

        assertThat(new SettingsFile(path, AT_NOON).load(warnings::add)).isEqualTo(StationSettings.defaults());

        assertThat(warnings).singleElement().asString().contains("it is larger than 1024 KiB, far more than settings take");
        assertThat(temp.resolve("settings.json.unreadable-20261205T120000Z")).exists();
    }

    @Test
    void anUnreadableFileIsSetAsideNotLost() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "{\"version\": 2, \"theme\": ");

        assertThat(new SettingsFile(path, AT_NOON).load()).isEqualTo(StationSettings.defaults());
        assertThat(temp.resolve("settings.json.unreadable-20261205T120000Z")).hasContent("{\"version\": 2, \"theme\": ");
        assertThat(path).doesNotExist();
    }

    @Test
    void aFileFromANewerStationIsNotMisread() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "{\"version\": 99}");

        assertThat(new SettingsFile(path, AT_NOON).load()).isEqualTo(StationSettings.defaults());
        assertThat(temp.resolve("settings.json.unreadable-20261205T120000Z")).hasContent("{\"version\": 99}");
    }

    @Test
    void everyUnreadableVersionIsKeptUnderItsOwnName() throws Exception {
        Path path = temp.resolve("settings.json");
        List<String> versions = List.of("{", "[1, 2]", "\"text\"", "{\"version\": 0}", "{\"version\": \"two\"}",
                "{\"version\": 2, \"theme\": \"PURPLE\"}", "\u0000\u0001", "{\"version\": 99}", "null");
        for (String version : versions) {
            Files.writeString(path, version);
            assertThat(new SettingsFile(path, AT_NOON).load()).isEqualTo(StationSettings.defaults());
        }

        try (Stream<Path> kept = Files.list(temp)) {
            assertThat(kept.map(file -> {
                try {
                    return Files.readString(file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).containsExactlyInAnyOrderElementsOf(versions);
        }
    }

    @Test
    void theWarningIsOnePlainLine() throws Exception {
        Path path = temp.resolve("settings.json");
        Files.writeString(path, "[\"not\", \"an object\"]");
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(SettingsFile.class);
        warnings.start();
        logger.addAppender(warnings);
        try {
            new SettingsFile(path, AT_NOON).load();
        } finally {
            logger.detachAppender(warnings);
        }

        assertThat(warnings.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                .doesNotContain("\n", "Exception", "class ")
                .contains("it holds no JSON object", "settings.json.unreadable-20261205T120000Z"));
    }
}
