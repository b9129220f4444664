package dev.restorestation.app;

import dev.restorestation.advisor.KnowledgeBase;
import dev.restorestation.advisor.ShopAdvisor;
import dev.restorestation.app.cli.StationException;
import dev.restorestation.app.report.TicketReportWriter;
import dev.restorestation.app.window.FirmwareLibraryAdapter;
import dev.restorestation.app.window.SlotCheckAdapter;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.SlotLabels;
import dev.restorestation.core.history.TicketReports;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineProbe;
import dev.restorestation.core.restore.EngineRequest;
import dev.restorestation.core.restore.EngineRun;
import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.core.restore.ErrorCategory;
import dev.restorestation.core.restore.RestoreEngine;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.SlotMap;
import dev.restorestation.devices.SlotMapLabels;
import dev.restorestation.devices.UsbBench;
import dev.restorestation.devices.usbmux.UsbmuxSocket;
import dev.restorestation.devices.usbmux.UnpairedLockdown;
import dev.restorestation.devices.usbmux.UsbmuxWatcher;
import dev.restorestation.firmware.StationFirmwareCache;
import dev.restorestation.firmware.catalog.CatalogSigning;
import dev.restorestation.gui.ShopViews;
import dev.restorestation.history.DamagedHistoryException;
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
import dev.restorestation.restore.job.RetryPolicy;
import dev.restorestation.restore.job.SigningPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The station's parts for the window, opened from the data directory: the bench watcher, the
 * restore jobs, the history and the firmware cache. {@link #shop} is the real bench;
 * {@link DemoStation} builds the simulated one.
 */
public record StationServices(DeviceWatcher bench, SlotLabels slots, RestoreService restores, HistoryDatabase history,
                              StationFirmwareCache firmware, EngineProbe engine, long cacheCapBytes, TicketReports reports,
                              Runnable extraClose) implements AutoCloseable {

    /** What the Firmware, History and Dashboard areas read. */
    ShopViews shopViews() {
        return new ShopViews(new FirmwareLibraryAdapter(firmware, () -> cacheCapBytes), history.shopReport(),
                history.shopHistory(), new SlotCheckAdapter(history.shopHistory()), reports);
    }

    /** The real bench: USB and usbmuxd, idevicerestore, the shop's history and firmware cache. */
    static StationServices shop(DataDirectory data, StationSettings settings) throws IOException {
        DeviceCatalog catalog = DeviceCatalog.bundled();
        SlotMap slots = SlotMap.load(data.root());
        UsbBench bench = UsbBench.open(catalog, slots, UsbmuxSocket.system(), UsbmuxWatcher.Backoff.STANDARD);
        HistoryDatabase history = openHistory(settings.databaseUrl(), data.database(), stationName());
        StationFirmwareCache firmware = StationFirmwareCache.open(data.firmware(), data.firmwareSeals(), null,
                settings.cacheCapBytes());
        IdevicerestoreProbe probe = new IdevicerestoreProbe(settings.enginePath(), System.getenv("PATH"));
        RestoreEngine engine = new LazyEngine(probe);
        ShopAdvisor advisor = new ShopAdvisor(KnowledgeBase.bundled(), history.shopHistory(), Clock.systemUTC());
        RestoreSetup setup = new RestoreSetup(engine, firmware, history.attemptLog(), advisor,
                DevicePresence.onBench(bench), DeviceReturn.onBench(bench, new UnpairedLockdown(UsbmuxSocket.system(),
                        Duration.ofSeconds(5))), new EngineCache(data.engineCache()), stationName(),
                limits(settings), RestoreTimeouts.bench(settings.verifyWaitMinutes()),
                new SigningPolicy(new CatalogSigning(firmware.catalog(), Clock.systemUTC()),
                        Duration.ofHours(settings.signingMaxAgeHours()), Clock.systemUTC()),
                retryPolicy(settings));
        return new StationServices(bench, new SlotMapLabels(slots), new RestoreJobs(setup), history, firmware, probe,
                settings.cacheCapBytes(), new TicketReportWriter(history, data.firmware(), data.firmwareSeals(),
                        () -> new SettingsFile(data.settingsFile()).load(), StationVersion.get()), () -> { });
    }

    /** The failures the settings have the station retry by itself. */
    static RetryPolicy retryPolicy(StationSettings settings) {
        return new RetryPolicy(settings.autoRetry().stream().map(ErrorCategory::fromId).collect(Collectors.toSet()));
    }

    /** The settings' caps for the station, each root hub and each hub; two uploading per bus. */
    static RestoreLimits limits(StationSettings settings) {
        return new RestoreLimits(settings.parallelRestores(), settings.restoresPerRootHub(), settings.restoresPerHub(),
                RestoreLimits.bench().uploadsPerBus());
    }

    /** Opens the shop's history: the shared database of the settings, else the H2 file in {@code embedded}. */
    public static HistoryDatabase openHistory(String databaseUrl, Path embedded, String station) {
        try {
            return HistoryDatabase.open(HistorySource.choose(databaseUrl, embedded), station, Clock.systemUTC());
        } catch (HistoryException e) {
            throw new StationException("cannot open the history: " + describe(e));
        }
    }

    /** What a history that cannot be used says in one line; a damaged one says how to start anew. */
    public static String describe(HistoryException e) {
        return e.getMessage()
                + (e instanceof DamagedHistoryException ? "; to start a new, empty history: station history --start-new" : "");
    }

    /** This bench's name as recorded with every attempt: the computer's host name. */
    public static String stationName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "station";
        }
    }

    @Override
    public void close() {
        restores.close();
        bench.close();
        history.close();
        extraClose.run();
    }

    /**
     * idevicerestore as found when a restore starts, so the window opens (and says what is
     * missing) on a machine without it.
     */
    private record LazyEngine(IdevicerestoreProbe probe) implements RestoreEngine {

        @Override
        public String name() {
            return IdevicerestoreProbe.NAME;
        }

        @Override
        public String version() {
            return probe.probe().version();
        }

        @Override
        public EngineRun start(EngineRequest request, Consumer<EngineEvent> events) throws IOException {
            EngineStatus status = probe.probe();
            Path program = probe.locate().orElseThrow(() -> new IOException(status.detail()));
            return new IdevicerestoreEngine(program, status.version()).start(request, events);
        }
    }
}
