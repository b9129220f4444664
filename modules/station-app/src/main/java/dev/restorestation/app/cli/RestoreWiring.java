package dev.restorestation.app.cli;

import dev.restorestation.advisor.EmptyShopHistory;
import dev.restorestation.advisor.KnowledgeBase;
import dev.restorestation.advisor.ShopAdvisor;
import dev.restorestation.app.DataDirectory;
import dev.restorestation.app.SettingsFile;
import dev.restorestation.app.StationLinks;
import dev.restorestation.app.StationServices;
import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Advisor;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.firmware.FirmwareCache;
import dev.restorestation.core.restore.Diagnosis;
import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.core.restore.RestoreEngine;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.store.FirmwareStore;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistoryException;
import dev.restorestation.history.HistorySource;
import dev.restorestation.restore.IdevicerestoreProbe;
import dev.restorestation.restore.engine.IdevicerestoreEngine;
import dev.restorestation.restore.job.DevicePresence;
import dev.restorestation.restore.job.DeviceReturn;
import dev.restorestation.restore.job.EngineCache;
import dev.restorestation.restore.job.RestoreJobs;
import dev.restorestation.restore.job.RestoreLimits;
import dev.restorestation.restore.job.RestoreSetup;
import dev.restorestation.restore.job.RestoreTimeouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Puts the restore side together for the command line: the history database, the firmware
 * cache, the advisor and the restore jobs, all from the data directory and its settings.
 */
final class RestoreWiring implements AutoCloseable {

    private final HistoryDatabase history;
    private final FirmwareCache firmware;
    private final RestoreJobs jobs;
    private final StationLinks links;

    private RestoreWiring(HistoryDatabase history, FirmwareCache firmware, RestoreJobs jobs, StationLinks links) {
        this.history = history;
        this.firmware = firmware;
        this.jobs = jobs;
        this.links = links;
    }

    /** Opens (and creates) the history and starts restore jobs with this engine. */
    static RestoreWiring open(DataDirectory data, RestoreEngine engine, DevicePresence presence, DeviceReturn comeBack) {
        StationSettings settings = settings(data);
        FirmwareCache firmware;
        try {
            firmware = new RestoreFirmwareCache(new FirmwareStore(data.firmware(), data.firmwareSeals(), new IpswVerifier(),
                    Clock.systemUTC()));
        } catch (IOException e) {
            throw new StationException("cannot open the firmware cache: " + e.getMessage());
        }
        HistoryDatabase history = StationServices.openHistory(settings.databaseUrl(), data.database(), StationServices.stationName());
        Advisor advisor = new ShopAdvisor(KnowledgeBase.bundled(), history.shopHistory(), Clock.systemUTC());
        RestoreSetup setup = new RestoreSetup(engine, firmware, history.attemptLog(), advisor, presence, comeBack,
                new EngineCache(data.engineCache()), StationServices.stationName(), RestoreLimits.bench(),
                RestoreTimeouts.bench(settings.verifyWaitMinutes()));
        // while this restore holds the history, other commands ask it, and its events go out as they happen
        return new RestoreWiring(history, firmware, new RestoreJobs(setup), StationLinks.start(data, history));
    }

    RestoreJobs jobs() {
        return jobs;
    }

    FirmwareCache firmware() {
        return firmware;
    }

    /** The real engine as the settings or the PATH name it; a clear error when it is not there. */
    static RestoreEngine idevicerestore(DataDirectory data) {
        IdevicerestoreProbe probe = new IdevicerestoreProbe(settings(data).enginePath(), System.getenv("PATH"));
        EngineStatus status = probe.probe();
        Optional<Path> program = probe.locate();
        if (status.state() != ServiceState.AVAILABLE || program.isEmpty()) {
            throw new StationException(status.detail().isEmpty() ? status.describe() : status.detail());
        }
        return new IdevicerestoreEngine(program.get(), status.version());
    }

    /**
     * Advice for a diagnosis from the bundled knowledge base and this shop's history when there is
     * one (never created here); without it when it cannot be opened, saying so through {@code warn}.
     */
    static Advice advise(DataDirectory data, Diagnosis diagnosis, Consumer<String> warn) {
        HistorySource source = HistorySource.choose(new SettingsFile(data.settingsFile()).load(warn).databaseUrl(),
                data.database());
        if (!(source instanceof HistorySource.EmbeddedFile file) || Files.exists(file.databaseFile())) {
            try (HistoryDatabase history = HistoryDatabase.open(source, StationServices.stationName(), Clock.systemUTC())) {
                return new ShopAdvisor(KnowledgeBase.bundled(), history.shopHistory(), Clock.systemUTC())
                        .advise(diagnosis, null, null);
            } catch (HistoryException e) {
                warn.accept("advice without this shop's history: " + e.getMessage());
            }
        }
        return new ShopAdvisor(KnowledgeBase.bundled(), new EmptyShopHistory(), Clock.systemUTC()).advise(diagnosis, null, null);
    }

    private static StationSettings settings(DataDirectory data) {
        return new SettingsFile(data.settingsFile()).load();
    }

    @Override
    public void close() {
        links.close();
        jobs.close();
        history.close();
    }
}
