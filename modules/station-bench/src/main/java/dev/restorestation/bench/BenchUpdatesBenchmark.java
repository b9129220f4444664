package dev.restorestation.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.restore.FirmwareChoice;
import dev.restorestation.core.restore.RestoreHandle;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreRequest;
import dev.restorestation.core.restore.RestoreResult;
import dev.restorestation.core.restore.RestoreService;
import dev.restorestation.core.restore.RestoreStep;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.task.ThreadPoolTaskExecutor;
import dev.restorestation.gui.EdtWatchdog;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The bench under load: N restores each reporting progress R times a second for S seconds into
 * the real Bench area on a real display. Reports the EDT's longest and p99 event, process CPU
 * and heap. Args: {@code [devices=64] [updatesPerSecond=10] [seconds=60]}. Needs DISPLAY.
 */
final class BenchUpdatesBenchmark implements Benchmark {

    @Override
    public void run(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        EdtWatchdog watchdog = EdtWatchdog.install();
        FloodRestores restores = new FloodRestores(rate, seconds);
        BenchHarness harness = BenchHarness.open(restores, new NoHistory(), new ThreadPoolTaskExecutor("bench-task", 4),
                new FirmwareChoice.LocalFile(Path.of("bench.ipsw")), bench(devices));
        harness.assignTickets("B-64");
        Thread.sleep(1000); // the tickets' notes are read in the background; their answers are not this measure's
        watchdog.reset(); // opening the window is first-frame's business, not this measure's
        harness.updateAll();
        System.out.printf("selecting all and starting %d restores held the EDT %.1f ms at most%n", devices,
                watchdog.maxMillis());
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        watchdog.reset();
        long eventsBefore = 0;
        long start = System.nanoTime();
        restores.finished.get(seconds + 30L, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heap = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("%d devices × %d updates/s × %d s = %d progress reports%n", devices, rate, seconds,
                restores.reports.get());
        System.out.printf("EDT events: %d (%.0f/s); longest %.1f ms; p99 %d ms; p99.9 %d ms; stalls over %d ms: %d%n",
                watchdog.events() - eventsBefore, (watchdog.events() - eventsBefore) / wall, watchdog.maxMillis(),
                watchdog.quantileMillis(0.99), watchdog.quantileMillis(0.999), EdtWatchdog.STALL_MILLIS,
                watchdog.stalls());
        System.out.printf("process CPU: %.1f %% of one core over %.0f s; heap after GC: %.1f MiB%n",
                100 * cpu / wall, wall, heap / 1048576.0);
        System.exit(0);
    }

    private static BenchSnapshot bench(int devices) {
        List<DeviceSnapshot> list = new ArrayList<>();
        for (int i = 1; i <= devices; i++) {
            int bus = 1 + (i - 1) / 7;
            list.add(new DeviceSnapshot(new Slot(bus + "-1." + ((i - 1) % 7 + 1), Integer.toString(i)),
                    DeviceMode.RECOVERY, new Ecid(0x00A1_0000_0000L + i), null, "iPhone14,2", "iPhone 13 Pro", null));
        }
        return new BenchSnapshot(list, ServiceState.SIMULATED, Instant.now());
    }

    /** Every job reports progress {@code rate} times a second for {@code seconds}, then succeeds. */
    private static final class FloodRestores implements RestoreService {

        private final int rate;
        private final int seconds;
        private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        private final AtomicLong reports = new AtomicLong();
        private final AtomicLong running = new AtomicLong();
        private final CompletableFuture<Void> finished = new CompletableFuture<>();

        FloodRestores(int rate, int seconds) {
            this.rate = rate;
            this.seconds = seconds;
        }

        @Override
        public RestoreHandle submit(RestoreRequest request, Consumer<RestoreUpdate> updates) {
            CompletableFuture<RestoreResult> result = new CompletableFuture<>();
            running.incrementAndGet();
            long total = (long) rate * seconds;
            AtomicLong sent = new AtomicLong();
            clock.scheduleAtFixedRate(() -> {
                long n = sent.incrementAndGet();
                if (n > total) {
                    if (result.complete(new RestoreResult.Succeeded(n, null)) && running.decrementAndGet() == 0) {
                        finished.complete(null);
                    }
                    throw new IllegalStateException("done");
                }
                reports.incrementAndGet();
                updates.accept(new RestoreUpdate(request.ecid(), RestorePhase.RESTORING, RestoreStep.UPLOAD_FILESYSTEM,
                        n / (double) total, "Sending filesystem"));
            }, 0, 1000 / rate, TimeUnit.MILLISECONDS);
            return new RestoreHandle() {
                @Override
                public RestoreRequest request() {
                    return request;
                }

                @Override
                public CompletableFuture<RestoreResult> result() {
                    return result;
                }

                @Override
                public void cancel() {
                    result.complete(new RestoreResult.Cancelled(0));
                }
            };
        }

        @Override
        public void close() {
            clock.shutdownNow();
        }
    }
}
