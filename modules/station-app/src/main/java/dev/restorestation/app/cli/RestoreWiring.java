package dev.restorestation.app.cli;

import dev.restorestation.app.assembly.StationAssembly;
import dev.restorestation.app.assembly.StationException;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.firmware.FirmwareCache;
import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.core.restore.RestoreEngine;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.restore.IdevicerestoreProbe;
import dev.restorestation.restore.engine.IdevicerestoreEngine;
import dev.restorestation.restore.job.DevicePresence;
import dev.restorestation.restore.job.DeviceReturn;
import dev.restorestation.restore.job.RestoreJobs;
import dev.restorestation.restore.job.RetryPolicy;
import dev.restorestation.restore.job.SigningPolicy;
import java.nio.file.Path;
import java.util.Optional;

/** The restore side of the command line as the station's assembly builds it, closed together. */
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
    static RestoreWiring open(StationAssembly station, RestoreEngine engine, DevicePresence presence,
                              DeviceReturn comeBack) {
        FirmwareCache firmware = station.commandLineFirmware();
        HistoryDatabase history = station.history(StationAssembly.HistoryMode.CREATE).orElseThrow();
        // the command line restores from the cache alone, with no catalog to ask about signing; while
        // it holds the history, other commands ask it, and its events go out as they happen
        RestoreJobs jobs = station.restoreJobs(engine, firmware, history, presence, comeBack,
                SigningPolicy.withoutCatalog(), RetryPolicy.none());
        return new RestoreWiring(history, firmware, jobs, StationLinks.start(station.data(), history, jobs.queue()));
    }

    RestoreJobs jobs() {
        return jobs;
    }

    FirmwareCache firmware() {
        return firmware;
    }

    /** The real engine as the settings or the PATH name it; a clear error when it is not there. */
    static RestoreEngine idevicerestore(StationAssembly station) {
        IdevicerestoreProbe probe = new IdevicerestoreProbe(station.settings().enginePath(), System.getenv("PATH"));
        EngineStatus status = probe.probe();
        Optional<Path> program = probe.locate();
        if (status.state() != ServiceState.AVAILABLE || program.isEmpty()) {
            throw new StationException(status.detail().isEmpty() ? status.describe() : status.detail());
        }
        return new IdevicerestoreEngine(program.get(), status.version());
    }

    @Override
    public void close() {
        links.close();
        jobs.close();
        history.close();
    }
}
