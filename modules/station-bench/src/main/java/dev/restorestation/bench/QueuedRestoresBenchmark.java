package dev.restorestation.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.restorestation.app.assembly.StationAssembly;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.PortSpeed;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.firmware.SigningAnswer;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestoreQueue;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.settings.StationSettings;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.DeviceModel;
import dev.restorestation.devices.SimulatedBench;
import dev.restorestation.firmware.cache.StationFirmwareCache;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import dev.restorestation.gui.EdtWatchdog;
import dev.restorestation.history.HistoryDatabase;
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
import java.awt.EventQueue;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;

/**
 * The whole station under a full queue: N restores queued at once in the real Bench area on a
 * real display, run by the real restore jobs within the bench's caps (10 at once, 8 per root
 * hub, 4 per hub, 2 uploads per bus) into a real H2 history, each replaying a recorded
 * idevicerestore log of an update restore (850 lines over 11.6 minutes) at its own pace, sped up
 * {@code timeScale} times. Reports station CPU per running restore, how long events wait for
 * the event thread and how long they hold it (p99), and the history's growth per attempt.
 * Args: {@code [restores=64] [timeScale=20] [seconds=0: until every restore has ended]}. Needs DISPLAY.
 */
final class QueuedRestoresBenchmark implements Benchmark {

    private static final String BUILD = "23B85";
    private static final String PRODUCT = "iPhone14,2";
    private static final long PROBE_MILLIS = 20;

    @Override
    public void run(String[] args) throws Exception {
        int restores = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        double timeScale = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        // "cached": the build is in the shop's cache already, as after its first download; "file": every job imports a local IPSW
        boolean eachImports = args.length > 3 && args[3].equals("file");
        ReplayLog log = ReplayLog.updateRestore();
        Path root = Files.createTempDirectory("station-queue-bench");
        DeviceCatalog catalog = DeviceCatalog.bundled();
        SimulatedBench bench = bench(catalog, restores);
        Path ipsw = ipsw(catalog, root.resolve("firmware-" + BUILD + ".ipsw"));
        StationFirmwareCache firmware = StationFirmwareCache.open(root.resolve("firmware"), root.resolve("seals.json"), null, 0);
        HistorySource.EmbeddedFile historyFile = new HistorySource.EmbeddedFile(root.resolve("history"));
        HistoryDatabase history = HistoryDatabase.open(historyFile, "queue bench", Clock.systemUTC());
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "queue-bench clock");
            thread.setDaemon(true);
            return thread;
        });
        long restart = (long) (3000 / timeScale);
        ReplayEngine engine = new ReplayEngine(log, timeScale, request -> clock.schedule(
                () -> bench.cameBack(request.ecid(), request.build(), "Activated"), restart, TimeUnit.MILLISECONDS));
        RestoreJobs jobs = new RestoreJobs(new RestoreSetup(engine, firmware, history.attemptLog(),
                StationAssembly.advisor(history.shopHistory()), DevicePresence.onBench(bench),
                DeviceReturn.onBench(bench, bench), new EngineCache(root.resolve("engine-cache")), "queue bench",
                RestoreLimits.bench(), RestoreTimeouts.bench(StationSettings.DEFAULT_VERIFY_WAIT_MINUTES),
                new SigningPolicy((type, build) -> new SigningAnswer(SigningAnswer.State.SIGNED, Instant.now(), false),
                        Duration.ofHours(StationSettings.DEFAULT_SIGNING_MAX_AGE_HOURS), Clock.systemUTC()),
                RetryPolicy.none()));
        Counted counted = new Counted(jobs);

        EdtWatchdog watchdog = EdtWatchdog.install();
        BenchHarness harness = BenchHarness.open(counted, history.attemptLog(), new ThreadPoolTaskExecutor("bench-task", 4),
                eachImports ? new FirmwareChoice.LocalFile(ipsw) : cached(firmware, ipsw), bench.current());
        harness.follow(bench);
        harness.assignTickets("Q");
        Thread.sleep(2000);
        long historyBefore = Files.size(historyFile.databaseFile());
        Probe probe = new Probe();
        AtomicLong runningSamples = new AtomicLong();
        AtomicLong samples = new AtomicLong();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        watchdog.reset();
        long cpuBefore = os.getProcessCpuTime();
        long linesBefore = engine.lines.get();
        long start = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            runningSamples.addAndGet(jobs.running());
            samples.incrementAndGet();
        }, 0, 100, TimeUnit.MILLISECONDS);
        clock.scheduleAtFixedRate(probe::post, 0, PROBE_MILLIS, TimeUnit.MILLISECONDS);
        harness.updateAll();
        long limit = seconds > 0 ? start + TimeUnit.SECONDS.toNanos(seconds) : Long.MAX_VALUE;
        while (counted.ended.get() < restores && System.nanoTime() < limit) {
            Thread.sleep(200);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        int ended = counted.ended.get();
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        long lines = engine.lines.get() - linesBefore;
        double running = runningSamples.get() / (double) Math.max(1, samples.get());
        clock.shutdownNow();
        int attempts = history.attemptLog().all().size();
        jobs.close();
        history.close();
        long historyAfter = Files.size(historyFile.databaseFile());
        HistoryDatabase.open(historyFile, "queue bench", Clock.systemUTC()).close(); // the opening rewrites a file grown much
        long historyReopened = Files.size(historyFile.databaseFile());

        System.out.printf("log: %d lines over %.1f s (%.2f lines/s); time scale %.0f×: one restore replays in %.1f s%n",
                log.lines().size(), log.lengthMillis() / 1000.0, log.lines().size() * 1000.0 / log.lengthMillis(),
                timeScale, log.lengthMillis() / 1000.0 / timeScale);
        System.out.printf("%d restores queued, %d ended in %.0f s; %.1f running on average; %d engine lines (%.1f/s)%n",
                restores, ended, wall, running, lines, lines / wall);
        System.out.printf("station CPU: %.2f %% of a core in all, %.3f %% per running restore (%.4f %% per restore at real pace, scaled down)%n",
                100 * cpu / wall, 100 * cpu / wall / running, 100 * cpu / wall / running / timeScale);
        System.out.printf("event thread: %d events, holds p99 %d ms, longest %.1f ms; probe waits p99 %d ms, longest %d ms (%d probes)%n",
                watchdog.events(), watchdog.quantileMillis(0.99), watchdog.maxMillis(), probe.quantileMillis(0.99),
                probe.maxMillis(), probe.count());
        double restoreMinutes = running * wall / 60;
        System.out.printf("history: %d attempts; H2 file %d → %d bytes: %.0f bytes per attempt, %.0f per minute of a"
                        + " running restore; after its next opening %d bytes: %.0f per attempt%n", attempts, historyBefore,
                historyAfter, (historyAfter - historyBefore) / (double) Math.max(1, attempts),
                (historyAfter - historyBefore) / Math.max(0.001, restoreMinutes), historyReopened,
                (historyReopened - historyBefore) / (double) Math.max(1, attempts));
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        System.exit(0);
    }

    /** {@code count} iPhones in Recovery mode, in the simulated hubs' slots 1..count. */
    private static SimulatedBench bench(DeviceCatalog catalog, int count) {
        SimulatedBench bench = new SimulatedBench(catalog);
        DeviceModel model = catalog.findByProductType(PRODUCT).orElseThrow();
        for (int n = 1; n <= count; n++) {
            bench.attach(new DeviceSnapshot(SimulatedBench.slot(n), DeviceMode.RECOVERY, SimulatedBench.demoEcid(n), null,
                    null, PRODUCT, model.name(), null, null, PortSpeed.HIGH));
        }
        return bench;
    }

    /** Puts the build into the cache once, verified and sealed, as its first download would. */
    private static FirmwareChoice cached(StationFirmwareCache firmware, Path ipsw) throws Exception {
        try (FirmwareLease imported = firmware.acquireFile(ipsw, TaskContext.quiet())) {
            return new FirmwareChoice.Build(BUILD);
        }
    }

    private static Path ipsw(DeviceCatalog catalog, Path file) throws Exception {
        DeviceModel model = catalog.findByProductType(PRODUCT).orElseThrow();
        SyntheticIpsw.of(BUILD, "26.1", PRODUCT)
                .identity(model.chipId(), model.boardId(), model.hardwareModel())
                .im4p("Firmware/all_flash/sep-firmware.im4p", 64 * 1024)
                .im4p("kernelcache.release.im4p", 256 * 1024)
                .diskImage("090-00001-001.dmg", 8L << 20)
                .write(file);
        return file;
    }

    /** How long an event posted from outside waits until the event thread runs it: what a click feels. */
    private static final class Probe {
        private final AtomicLongArray histogram = new AtomicLongArray(10_001);
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong max = new AtomicLong();

        void post() {
            long posted = System.nanoTime();
            EventQueue.invokeLater(() -> {
                long millis = (System.nanoTime() - posted) / 1_000_000;
                histogram.incrementAndGet((int) Math.min(10_000, millis));
                count.incrementAndGet();
                max.accumulateAndGet(millis, Math::max);
            });
        }

        long count() {
            return count.get();
        }

        long maxMillis() {
            return max.get();
        }

        long quantileMillis(double quantile) {
            long wanted = (long) Math.ceil(count.get() * quantile);
            long seen = 0;
            for (int ms = 0; ms < histogram.length(); ms++) {
                seen += histogram.get(ms);
                if (seen >= wanted) {
                    return ms;
                }
            }
            return histogram.length() - 1;
        }
    }

    /** The restore jobs, counting the restores that have ended. */
    private static final class Counted implements RestoreService {
        private final RestoreJobs jobs;
        final AtomicInteger ended = new AtomicInteger();

        Counted(RestoreJobs jobs) {
            this.jobs = jobs;
        }

        @Override
        public RestoreHandle submit(RestoreRequest request, Consumer<RestoreUpdate> updates) {
            RestoreHandle handle = jobs.submit(request, updates);
            handle.result().whenComplete((result, failure) -> ended.incrementAndGet());
            return handle;
        }

        @Override
        public RestoreQueue queue() {
            return jobs.queue();
        }

        @Override
        public void close() {
            jobs.close();
        }
    }
}
