package dev.restorestation.app.assembly;

import dev.restorestation.app.report.TicketReportWriter;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.files.FileAccess;
import dev.restorestation.core.firmware.SigningAnswer;
import dev.restorestation.core.restore.EngineProbe;
import dev.restorestation.core.restore.EngineStatus;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.DeviceModel;
import dev.restorestation.devices.SimulatedBench;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import dev.restorestation.restore.engine.SimulatedEngine;
import dev.restorestation.restore.engine.SimulatedOutcome;
import dev.restorestation.restore.job.DevicePresence;
import dev.restorestation.restore.job.DeviceReturn;
import dev.restorestation.restore.job.RestoreJobs;
import dev.restorestation.restore.job.RestoreLimits;
import dev.restorestation.restore.job.RetryPolicy;
import dev.restorestation.restore.job.SigningPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The demo bench: twelve simulated phones, the simulated engine, and real H2 history and firmware
 * cache under {@code <data dir>/demo}, so demo attempts never mix with the shop's own. Some
 * first attempts fail the way phones do (4013, 14, 3194, a cable pulled mid-restore); every retry
 * succeeds.
 */
public final class DemoStation {

    static final int DEVICES = 12;
    static final String STATION_NAME = "demo bench";
    private static final String BUILD = "23B85";
    private static final String VERSION = "26.1";
    /** What the first attempt on the device in each slot does; the slots not named succeed. */
    private static final Map<Integer, SimulatedOutcome> FIRST_ATTEMPTS = Map.of(
            2, new SimulatedOutcome.AppleError(4013),
            5, new SimulatedOutcome.AppleError(14),
            7, new SimulatedOutcome.AppleError(3194),
            9, new SimulatedOutcome.Unplugged());
    private static final Duration REPLUG_AFTER = Duration.ofSeconds(8);
    /** How long a restored demo phone takes to start and come back in Normal mode. */
    private static final Duration RESTART_TAKES = Duration.ofSeconds(3);

    private DemoStation() {
    }

    /** The demo's own IPSW, made by {@link #open} on first use. */
    public static FirmwareChoice firmwareChoice(DataDirectory data) {
        return new FirmwareChoice.LocalFile(ipswPath(data));
    }

    private static Path ipswPath(DataDirectory data) {
        return data.root().resolve("demo").resolve("demo-firmware-" + BUILD + ".ipsw");
    }

    public static StationServices open(DataDirectory data) throws IOException {
        Path root = FileAccess.OWNER_ONLY.folder(data.root().resolve("demo"));
        DeviceCatalog catalog = DeviceCatalog.bundled();
        SimulatedBench bench = SimulatedBench.demo(catalog, DEVICES);
        firmwareFor(bench, catalog, ipswPath(data));
        StationFirmwareCache firmware = StationFirmwareCache.open(root.resolve("firmware"), root.resolve("firmware-seals.json"), null, 0);
        HistoryDatabase history = StationAssembly.open(new HistorySource.EmbeddedFile(root.resolve("history")), STATION_NAME);
        ScheduledExecutorService replug = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-replug");
            thread.setDaemon(true);
            return thread;
        });
        SimulatedEngine engine = new SimulatedEngine(script(bench), Duration.ofMillis(200),
                ecid -> pullCable(bench, ecid, replug), request -> replug.schedule(() -> bench.cameBack(request.ecid(),
                        request.build(), request.kind() == RestoreKind.ERASE ? "Unactivated" : "Activated"),
                        RESTART_TAKES.toMillis(), TimeUnit.MILLISECONDS));
        RestoreJobs jobs = StationAssembly.restoreJobs(engine, firmware, history, DevicePresence.onBench(bench),
                DeviceReturn.onBench(bench, bench), root.resolve("engine-cache"), STATION_NAME, RestoreLimits.bench(),
                StationSettings.DEFAULT_VERIFY_WAIT_MINUTES,
                new SigningPolicy((productType, build) -> new SigningAnswer(SigningAnswer.State.SIGNED, Instant.now(), false),
                        Duration.ofHours(StationSettings.DEFAULT_SIGNING_MAX_AGE_HOURS), Clock.systemUTC()),
                RetryPolicy.none());
        EngineProbe probe = () -> new EngineStatus("simulated engine", "", ServiceState.SIMULATED,
                "--demo: the engine is simulated and no device is touched");
        TicketReportWriter reports = new TicketReportWriter(history, root.resolve("firmware"),
                root.resolve("firmware-seals.json"), () -> new SettingsFile(data.settingsFile()).load(),
                StationVersion.get());
        return new StationServices(bench, bench.slotLabels(), jobs, history, firmware, probe, 0,
                reports, replug::shutdownNow);
    }

    /** First attempt per slot as scripted, every later attempt a success. */
    private static java.util.function.Function<Ecid, SimulatedOutcome> script(SimulatedBench bench) {
        Set<Ecid> tried = ConcurrentHashMap.newKeySet();
        return ecid -> {
            boolean first = tried.add(ecid);
            int slot = slotNumber(bench, ecid);
            return first ? FIRST_ATTEMPTS.getOrDefault(slot, new SimulatedOutcome.Success())
                    : new SimulatedOutcome.Success();
        };
    }

    /** The cable comes out; a few seconds later the technician plugs the phone back in, in Recovery. */
    private static void pullCable(SimulatedBench bench, Ecid ecid, ScheduledExecutorService replug) {
        bench.devices().stream().filter(device -> ecid.equals(device.ecid())).findFirst().ifPresent(device -> {
            bench.detach(device.slot());
            replug.schedule(() -> bench.attach(device.withMode(DeviceMode.RECOVERY)), REPLUG_AFTER.toMillis(),
                    TimeUnit.MILLISECONDS);
        });
    }

    private static int slotNumber(SimulatedBench bench, Ecid ecid) {
        for (int n = 1; n <= DEVICES; n++) {
            if (SimulatedBench.demoEcid(n).equals(ecid)) {
                return n;
            }
        }
        return 0;
    }

    /** The demo's own IPSW, made once: a real-shaped file the cache verifies like any other. */
    private static Path firmwareFor(SimulatedBench bench, DeviceCatalog catalog, Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return file;
        }
        String[] types = bench.devices().stream().map(DeviceSnapshot::productType).distinct().toArray(String[]::new);
        SyntheticIpsw ipsw = SyntheticIpsw.of(BUILD, VERSION, types);
        for (String type : types) {
            DeviceModel model = catalog.findByProductType(type).orElseThrow();
            ipsw.identity(model.chipId(), model.boardId(), model.hardwareModel());
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        ipsw.im4p("Firmware/all_flash/sep-firmware.im4p", 64 * 1024)
                .im4p("kernelcache.release.im4p", 256 * 1024)
                .diskImage("090-00001-001.dmg", 8L << 20)
                .write(temporary);
        Files.move(temporary, file);
        return file;
    }
}
