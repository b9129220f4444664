package dev.restorestation.app.assembly;

import dev.restorestation.app.report.LabelPrinter;
import dev.restorestation.app.report.TicketReportWriter;
import dev.restorestation.app.text.KnowledgeFixNames;
import dev.restorestation.app.window.FirmwareLibraryAdapter;
import dev.restorestation.app.window.SlotCheckAdapter;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.SlotLabels;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.history.TicketReports;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineProbe;
import dev.restorestation.core.restore.EngineRequest;
import dev.restorestation.core.restore.EngineRun;
import dev.restorestation.core.restore.RestoreEngine;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.text.WordedIOException;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.SlotMap;
import dev.restorestation.devices.SlotMapLabels;
import dev.restorestation.devices.UsbBench;
import dev.restorestation.devices.usbmux.UnpairedLockdown;
import dev.restorestation.devices.usbmux.UsbmuxSocket;
import dev.restorestation.devices.usbmux.UsbmuxWatcher;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import dev.restorestation.firmware.catalog.CatalogSigning;
import dev.restorestation.gui.ShopViews;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.restore.IdevicerestoreProbe;
import dev.restorestation.restore.engine.IdevicerestoreEngine;
import dev.restorestation.restore.job.DevicePresence;
import dev.restorestation.restore.job.DeviceReturn;
import dev.restorestation.restore.job.RestoreJobs;
import dev.restorestation.restore.job.SigningPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The station's parts for the window, opened from the data directory: the bench watcher, the
 * restore jobs, the history and the firmware cache. {@link #shop} is the real bench;
 * {@link DemoStation} builds the simulated one.
 */
public record StationServices(DeviceWatcher bench, SlotLabels slots, RestoreService restores, HistoryDatabase history,
                              StationFirmwareCache firmware, EngineProbe engine, long cacheCapBytes, TicketReports reports,
                              Runnable extraClose) implements AutoCloseable {

    /** What the Firmware, History, Dashboard and Settings areas read; {@code webhooks} from the running station's links. */
    public ShopViews shopViews(ShopWebhooks webhooks) {
        ShopHistory shop = history.shopHistory(StationAssembly.deviceFaults());
        return new ShopViews(new FirmwareLibraryAdapter(firmware, () -> cacheCapBytes), history.shopReport(),
                shop, new SlotCheckAdapter(shop), reports, new LabelPrinter(), KnowledgeFixNames.bundled(), webhooks);
    }

    /** The real bench: USB and usbmuxd, idevicerestore, the shop's history and firmware cache. */
    public static StationServices shop(StationAssembly station) throws IOException {
        DataDirectory data = station.data();
        StationSettings settings = station.settings();
        // the history first: a history that cannot be used stops the station before it touches USB
        HistoryDatabase history = station.history(StationAssembly.HistoryMode.CREATE).orElseThrow();
        DeviceCatalog catalog = DeviceCatalog.bundled();
        SlotMap slots = SlotMap.load(data.root());
        UsbBench bench = UsbBench.open(catalog, slots, UsbmuxSocket.system(), UsbmuxWatcher.Backoff.STANDARD);
        StationFirmwareCache firmware = station.windowFirmware();
        IdevicerestoreProbe probe = new IdevicerestoreProbe(settings.enginePath(), System.getenv("PATH"));
        RestoreJobs jobs = station.restoreJobs(new LazyEngine(probe), firmware, history, DevicePresence.onBench(bench),
                DeviceReturn.onBench(bench, new UnpairedLockdown(UsbmuxSocket.system(), Duration.ofSeconds(5))),
                new SigningPolicy(new CatalogSigning(firmware.catalog(), Clock.systemUTC()),
                        Duration.ofHours(settings.signingMaxAgeHours()), Clock.systemUTC()),
                station.retryPolicy());
        return new StationServices(bench, new SlotMapLabels(slots), jobs, history, firmware, probe,
                settings.cacheCapBytes(), new TicketReportWriter(history, data.firmware(), data.firmwareSeals(),
                        () -> new SettingsFile(data.settingsFile()).load(), StationVersion.get()), () -> { });
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
            // the reason becomes the attempt's summary, which the history keeps in English, and a tile's detail in words
            Path program = probe.locate().orElseThrow(() -> new WordedIOException(probe.missing()));
            return new IdevicerestoreEngine(program, probe.probe(Locale.ENGLISH).version()).start(request, events);
        }
    }
}
