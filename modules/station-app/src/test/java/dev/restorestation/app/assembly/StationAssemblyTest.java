package dev.restorestation.app.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.app.assembly.StationAssembly.HistoryMode;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.firmware.FirmwareCache;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import dev.restorestation.firmware.store.CachedBuild;
import dev.restorestation.firmware.store.FirmwareStore;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.restore.engine.SimulatedEngine;
import dev.restorestation.restore.engine.SimulatedOutcome;
import dev.restorestation.restore.job.DevicePresence;
import dev.restorestation.restore.job.DeviceReturn;
import dev.restorestation.restore.job.RestoreJobs;
import dev.restorestation.restore.job.SigningPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one assembly every front end uses: settings read once, one history policy, the cache's cap everywhere. */
class StationAssemblyTest {

    private static final TaskContext QUIET = TaskContext.quiet();

    @TempDir
    Path root;

    @TempDir
    Path files;

    private final List<String> warnings = new ArrayList<>();

    @AfterEach
    void backToTheSystemsLanguage() {
        StationLanguage.choose("");
    }

    @Test
    void theStationSpeaksTheLanguageTheSettingsChoose() throws Exception {
        withSettings("{\"version\": 7, \"language\": \"de\"}");
        assertThat(StationLanguage.current()).isEqualTo(Locale.GERMAN);

        withSettings("{\"version\": 7, \"language\": \"\"}");
        assertThat(StationLanguage.current()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anUnreadableSettingsFileIsSaidOnceHoweverMuchIsBuilt() throws Exception {
        Files.writeString(root.resolve("settings.json"), "{ not json");
        StationAssembly station = StationAssembly.of(new DataDirectory(root), warnings::add);

        try (HistoryDatabase history = station.history(HistoryMode.CREATE).orElseThrow();
             RestoreJobs jobs = station.restoreJobs(new SimulatedEngine(ecid -> new SimulatedOutcome.Success(),
                     Duration.ofMillis(1), ecid -> { }, request -> { }), station.commandLineFirmware(), history,
                     DevicePresence.unwatched(), DeviceReturn.unwatched(), SigningPolicy.withoutCatalog(),
                     station.retryPolicy())) {
            assertThat(jobs).isNotNull();
        }
        station.withAdvisor(advisor -> advisor);

        assertThat(warnings).singleElement().asString().contains("settings.json");
    }

    @Test
    void aDatabaseUrlTheStationCannotUseIsOneLineInEitherMode() throws Exception {
        StationAssembly station = withSettings("{\"version\": 2, \"databaseUrl\": \"jdbc:mysql://shop/history\"}");

        for (HistoryMode mode : HistoryMode.values()) {
            assertThatThrownBy(() -> station.history(mode))
                    .isInstanceOf(StationException.class)
                    .hasMessageStartingWith("the settings name a history database this station cannot use: ")
                    .hasMessageContaining("jdbc:postgresql:")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void theWindowStopsOnThatLineBeforeItTouchesTheBench() throws Exception {
        StationAssembly station = withSettings("{\"version\": 2, \"databaseUrl\": \"jdbc:mysql://shop/history\"}");

        assertThatThrownBy(() -> StationServices.shop(station))
                .isInstanceOf(StationException.class)
                .hasMessageStartingWith("the settings name a history database this station cannot use: ");
    }

    @Test
    void adviceGoesOnWithoutTheHistoryAndSaysWhy() throws Exception {
        StationAssembly station = withSettings("{\"version\": 2, \"databaseUrl\": \"jdbc:mysql://shop/history\"}");

        List<Fix> fixes = station.withAdvisor(advisor -> advisor.advise(
                new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, null, ""), null, null).fixes());

        assertThat(fixes).isNotEmpty();
        assertThat(warnings).singleElement().asString()
                .startsWith("advice without this shop's history: the settings name a history database");
    }

    @Test
    void onlyIfItExistsNeverMakesAHistoryAndCreateDoes() {
        StationAssembly station = StationAssembly.of(new DataDirectory(root), warnings::add);

        assertThat(station.history(HistoryMode.IF_EXISTS)).isEmpty();
        assertThat(station.withExistingHistory(history -> "read", "none")).isEqualTo("none");
        assertThat(root.resolve("history")).doesNotExist();

        station.history(HistoryMode.CREATE).orElseThrow().close();
        assertThat(station.withExistingHistory(history -> "read", "none")).isEqualTo("read");
        assertThat(warnings).isEmpty();
    }

    @Test
    void theCommandLineCacheKeepsTheSettingsCap() throws Exception {
        Path first = SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1").identity(0x8015, 0x02, "d20ap")
                .write(files.resolve("first.ipsw"));
        Path second = SyntheticIpsw.of("20H360", "16.7.11", "iPhone10,1").identity(0x8015, 0x02, "d20ap")
                .write(files.resolve("second.ipsw"));
        long cap = Math.max(Files.size(first), Files.size(second)) + 1;
        FirmwareCache cache = withSettings("{\"version\": 2, \"cacheCapBytes\": " + cap + "}").commandLineFirmware();

        cache.acquireFile(first, QUIET).close();
        try (FirmwareLease lease = cache.acquireFile(second, QUIET)) {
            assertThat(lease.build().build()).isEqualTo("20H360");
        }

        List<CachedBuild> kept = new FirmwareStore(root.resolve("firmware"), root.resolve("firmware-seals.json"),
                new IpswVerifier(), Clock.systemUTC()).builds();
        assertThat(kept).extracting(CachedBuild::build).containsExactly("20H360");
    }

    private StationAssembly withSettings(String json) throws Exception {
        Files.writeString(root.resolve("settings.json"), json);
        return StationAssembly.of(new DataDirectory(root), warnings::add);
    }
}
