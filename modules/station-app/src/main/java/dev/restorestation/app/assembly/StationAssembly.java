package dev.restorestation.app.assembly;

import dev.restorestation.advisor.EmptyShopHistory;
import dev.restorestation.app.text.AppText;
import dev.restorestation.advisor.KnowledgeBase;
import dev.restorestation.advisor.ShopAdvisor;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.firmware.FirmwareCache;
import dev.restorestation.core.history.DeviceFault;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.restore.RestoreEngine;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.store.FirmwareStore;
import dev.restorestation.history.DamagedHistoryException;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistoryException;
import dev.restorestation.history.HistorySource;
import dev.restorestation.restore.job.DevicePresence;
import dev.restorestation.restore.job.DeviceReturn;
import dev.restorestation.restore.job.EngineCache;
import dev.restorestation.restore.job.RestoreJobs;
import dev.restorestation.restore.job.RestoreLimits;
import dev.restorestation.restore.job.RestoreSetup;
import dev.restorestation.restore.job.RestoreTimeouts;
import dev.restorestation.restore.job.RetryPolicy;
import dev.restorestation.restore.job.SigningPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The station put together the same way for the window, the demo and every command: the settings
 * read once, the shop's history opened by one policy, the advisor, the firmware cache and the
 * restore jobs built from them.
 *
 * <p>The history policy (decision 14): a database URL the station cannot use and a history that
 * cannot be opened are each one {@link StationException} line, wherever the history is asked for.
 * Only advice, which is still worth giving without the shop's own counts, goes on without it and
 * says why through the warnings.
 */
public final class StationAssembly {

    /** How a front end wants the shop's history. */
    public enum HistoryMode {
        /** Made when it is not there yet: the window and restores, which record attempts. */
        CREATE,
        /** Read only when an H2 file is there already (or was set aside as damaged): reports and advice never make one. */
        IF_EXISTS
    }

    private final DataDirectory data;
    private final StationSettings settings;
    private final Consumer<String> warnings;
    private final String stationName;

    StationAssembly(DataDirectory data, StationSettings settings, Consumer<String> warnings, String stationName) {
        this.data = data;
        this.settings = settings;
        this.warnings = warnings;
        this.stationName = stationName;
    }

    /** Reads the settings of {@code data} once; what is wrong with them goes to {@code warnings}. */
    public static StationAssembly of(DataDirectory data, Consumer<String> warnings) {
        return of(data, settings(data, warnings), warnings);
    }

    /** With the settings already read by {@link #settings(DataDirectory, Consumer)}. */
    public static StationAssembly of(DataDirectory data, StationSettings settings, Consumer<String> warnings) {
        return new StationAssembly(data, settings, warnings, stationName());
    }

    /**
     * Reads the settings of {@code data} and puts the station in their language, before any text
     * is shown; the window reads them this way before it opens, so its first frame already speaks it.
     */
    public static StationSettings settings(DataDirectory data, Consumer<String> warnings) {
        if (Files.exists(data.root()) && !Files.isDirectory(data.root())) {
            throw new StationException(AppText.text("station.dataDirNotFolder", data.root().toString()));
        }
        StationSettings settings = new SettingsFile(data.settingsFile()).load(warnings);
        StationLanguage.choose(settings.language());
        return settings;
    }

    public DataDirectory data() {
        return data;
    }

    public StationSettings settings() {
        return settings;
    }

    public String station() {
        return stationName;
    }

    /** Where the settings put the history; a URL this station cannot use is a {@link StationException}. */
    public HistorySource historySource() {
        try {
            return HistorySource.choose(settings.databaseUrl(), data.database());
        } catch (IllegalArgumentException e) {
            throw new StationException(AppText.text("station.historyUnusable", e.getMessage()));
        }
    }

    /** The shop's history; empty only in {@link HistoryMode#IF_EXISTS} when there is none yet. */
    public Optional<HistoryDatabase> history(HistoryMode mode) {
        HistorySource source = historySource();
        if (mode == HistoryMode.IF_EXISTS && source instanceof HistorySource.EmbeddedFile file
                && !HistoryPresence.exists(file, data.root())) {
            return Optional.empty();
        }
        return Optional.of(open(source, stationName));
    }

    /**
     * Whether the history this station would read is there: always for a shared database; for the
     * H2 file, false only when it is not there yet. One that cannot be looked at is a {@link StationException}.
     */
    public boolean historyExists() {
        return !(historySource() instanceof HistorySource.EmbeddedFile file) || HistoryPresence.exists(file, data.root());
    }

    /** Runs {@code work} on the existing history and closes it; {@code none} when there is no history yet. */
    public <T> T withExistingHistory(Function<HistoryDatabase, T> work, T none) {
        Optional<HistoryDatabase> history = history(HistoryMode.IF_EXISTS);
        if (history.isEmpty()) {
            return none;
        }
        try (HistoryDatabase database = history.get()) {
            return work.apply(database);
        }
    }

    /**
     * Runs {@code work} on an advisor with the shop's history when there is one and it opens;
     * otherwise on the bundled knowledge alone, saying why through the warnings.
     */
    public <T> T withAdvisor(Function<ShopAdvisor, T> work) {
        Optional<HistoryDatabase> history;
        try {
            history = history(HistoryMode.IF_EXISTS);
        } catch (StationException e) {
            warnings.accept(AppText.text("station.adviceWithoutHistory", e.getMessage()));
            history = Optional.empty();
        }
        try {
            return work.apply(advisor(history.<ShopHistory>map(HistoryDatabase::shopHistory).orElseGet(EmptyShopHistory::new)));
        } finally {
            history.ifPresent(HistoryDatabase::close);
        }
    }

    /** Opens a history by the station's one policy: any failure is one line. */
    static HistoryDatabase open(HistorySource source, String station) {
        try {
            return HistoryDatabase.open(source, station, Clock.systemUTC());
        } catch (HistoryException e) {
            throw new StationException(describe(e));
        }
    }

    /** What a history that cannot be used says in one line; a damaged one says how to start anew. */
    public static String describe(HistoryException e) {
        return e.getMessage()
                + (e instanceof DamagedHistoryException ? "; " + AppText.text("station.startNewHistory") : "");
    }

    /** Failures the bundled knowledge base puts down to the model's own hardware: they never count against a slot. */
    public static List<DeviceFault> deviceFaults() {
        return KnowledgeBase.bundled().deviceFaults();
    }

    /** The advisor on the bundled knowledge base and {@code history}. */
    public static ShopAdvisor advisor(ShopHistory history) {
        return new ShopAdvisor(KnowledgeBase.bundled(), history, Clock.systemUTC());
    }

    /** The window's firmware cache: catalogs and downloads, under the settings' cap. */
    public StationFirmwareCache windowFirmware() throws IOException {
        return StationFirmwareCache.open(data.firmware(), data.firmwareSeals(), null, settings.cacheCapBytes());
    }

    /** The command line's firmware cache: no download, the same cap as the window's. */
    public FirmwareCache commandLineFirmware() {
        try {
            return new CommandLineFirmwareCache(new FirmwareStore(data.firmware(), data.firmwareSeals(),
                    new IpswVerifier(), Clock.systemUTC()), settings.cacheCapBytes());
        } catch (IOException e) {
            throw new StationException(AppText.text("station.firmwareCacheUnusable", e.getMessage()));
        }
    }

    /**
     * Restore jobs recording into {@code history}, run by {@code engine} within the settings' caps,
     * checking signing by {@code signing} and retrying what {@code retry} names.
     */
    public RestoreJobs restoreJobs(RestoreEngine engine, FirmwareCache firmware, HistoryDatabase history,
                                   DevicePresence presence, DeviceReturn comeBack, SigningPolicy signing,
                                   RetryPolicy retry) {
        return restoreJobs(engine, firmware, history, presence, comeBack, data.engineCache(), stationName,
                limits(settings), settings.verifyWaitMinutes(), signing, retry);
    }

    static RestoreJobs restoreJobs(RestoreEngine engine, FirmwareCache firmware, HistoryDatabase history,
                                   DevicePresence presence, DeviceReturn comeBack, Path engineCache, String station,
                                   RestoreLimits limits, int verifyWaitMinutes, SigningPolicy signing,
                                   RetryPolicy retry) {
        RestoreSetup setup = new RestoreSetup(engine, firmware, history.attemptLog(), advisor(history.shopHistory(deviceFaults())),
                presence, comeBack, new EngineCache(engineCache), station, limits,
                RestoreTimeouts.bench(verifyWaitMinutes), signing, retry);
        return new RestoreJobs(setup);
    }

    /** The failures the settings have the station retry by itself. */
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(settings.autoRetry().stream().map(ErrorCategory::fromId).collect(Collectors.toSet()));
    }

    /** The settings' caps for the station, each root hub and each hub; two uploading per bus. */
    static RestoreLimits limits(StationSettings settings) {
        return new RestoreLimits(settings.parallelRestores(), settings.restoresPerRootHub(), settings.restoresPerHub(),
                RestoreLimits.bench().uploadsPerBus());
    }

    /** This bench's name as recorded with every attempt: the computer's host name. */
    static String stationName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "station";
        }
    }
}
