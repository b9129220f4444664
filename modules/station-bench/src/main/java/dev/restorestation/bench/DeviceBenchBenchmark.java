package dev.restorestation.bench;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Slot;
import dev.restorestation.devices.DeviceCatalog;
import dev.restorestation.devices.DeviceModel;
import dev.restorestation.devices.SimulatedBench;
import dev.restorestation.devices.SlotMap;
import dev.restorestation.devices.UsbBench;
import dev.restorestation.devices.usbmux.UsbmuxSocket;
import dev.restorestation.devices.usbmux.UsbmuxWatcher;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The device layer under load: 127 simulated phones attaching at once (time until one published
 * snapshot holds them all), the latency of a mode change from the call to the published snapshot
 * (p50/p99), and the CPU the real watcher (libusb + usbmuxd client) uses while nothing happens.
 * Args: {@code [attach runs] [mode changes] [idle seconds]}.
 */
final class DeviceBenchBenchmark implements Benchmark {

    private static final DeviceMode[] WALK = {DeviceMode.RECOVERY, DeviceMode.RESTORE, DeviceMode.NORMAL, DeviceMode.DFU};

    @Override
    public void run(String[] args) throws Exception {
        int attachRuns = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int modeChanges = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int idleSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        DeviceCatalog catalog = DeviceCatalog.bundled();

        attachAll(catalog, 5);
        List<Long> attach = attachAll(catalog, attachRuns);
        System.out.printf("127 devices attaching at once, until all are in one published snapshot, %d runs (ms):"
                + " min %.2f, median %.2f, max %.2f%n", attachRuns, ms(attach.get(0)), ms(median(attach)),
                ms(attach.get(attach.size() - 1)));

        modeChanges(catalog, modeChanges / 4);
        List<Long> latency = modeChanges(catalog, modeChanges);
        System.out.printf("mode change to published snapshot on a 127-device bench, %d changes (ms):"
                + " p50 %.3f, p99 %.3f, max %.3f%n", modeChanges, ms(percentile(latency, 50)),
                ms(percentile(latency, 99)), ms(latency.get(latency.size() - 1)));

        idleCpu(catalog, idleSeconds);
    }

    private static List<Long> attachAll(DeviceCatalog catalog, int runs) throws InterruptedException {
        List<DeviceSnapshot> phones = phones(catalog);
        List<Long> nanos = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (SimulatedBench bench = new SimulatedBench(catalog)) {
                BlockingQueue<BenchSnapshot> published = new LinkedBlockingQueue<>();
                bench.start(published::add);
                published.take();
                long start = System.nanoTime();
                phones.forEach(bench::attach);
                while (published.take().devices().size() < SimulatedBench.MAX_DEVICES) {
                    // earlier snapshots of the burst
                }
                nanos.add(System.nanoTime() - start);
            }
        }
        Collections.sort(nanos);
        return nanos;
    }

    private static List<Long> modeChanges(DeviceCatalog catalog, int count) throws InterruptedException {
        List<Long> nanos = new ArrayList<>();
        try (SimulatedBench bench = new SimulatedBench(catalog)) {
            phones(catalog).forEach(bench::attach);
            BlockingQueue<BenchSnapshot> published = new LinkedBlockingQueue<>();
            bench.start(published::add);
            published.take();
            for (int i = 0; i < count; i++) {
                Slot slot = SimulatedBench.slot(i % SimulatedBench.MAX_DEVICES + 1);
                DeviceMode mode = WALK[(i / SimulatedBench.MAX_DEVICES) % WALK.length];
                long start = System.nanoTime();
                bench.changeMode(slot, mode);
                while (!showsMode(published.take(), slot, mode)) {
                    // an older snapshot
                }
                nanos.add(System.nanoTime() - start);
            }
        }
        Collections.sort(nanos);
        return nanos;
    }

    private static boolean showsMode(BenchSnapshot bench, Slot slot, DeviceMode mode) {
        return bench.devices().stream().anyMatch(device -> device.slot().equals(slot) && device.mode() == mode);
    }

    private static void idleCpu(DeviceCatalog catalog, int seconds) throws Exception {
        Path slots = Files.createTempDirectory("device-bench");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (UsbBench bench = UsbBench.open(catalog, SlotMap.load(slots), UsbmuxSocket.system(),
                UsbmuxWatcher.Backoff.STANDARD)) {
            bench.start(snapshot -> { });
            bench.awaitFirstLook(Duration.ofSeconds(10));
            Thread.sleep(2000);
            long cpuBefore = os.getProcessCpuTime();
            long wallBefore = System.nanoTime();
            TimeUnit.SECONDS.sleep(seconds);
            double share = (os.getProcessCpuTime() - cpuBefore) / (double) (System.nanoTime() - wallBefore);
            System.out.printf("real watcher idle for %d s (libusb %s, usbmuxd %s, %d devices): %.3f %% of one core%n",
                    seconds, bench.usbHotplug() ? "hotplug" : "polling 1 s", bench.current().usbmuxd().label(),
                    bench.current().devices().size(), share * 100);
        }
    }

    private static List<DeviceSnapshot> phones(DeviceCatalog catalog) {
        List<DeviceModel> models = catalog.models().stream()
                .filter(model -> model.productType().startsWith("iPhone") || model.productType().startsWith("iPad"))
                .toList();
        List<DeviceSnapshot> phones = new ArrayList<>();
        for (int n = 1; n <= SimulatedBench.MAX_DEVICES; n++) {
            DeviceModel model = models.get(n % models.size());
            phones.add(new DeviceSnapshot(SimulatedBench.slot(n), n % 2 == 0 ? DeviceMode.DFU : DeviceMode.NORMAL,
                    SimulatedBench.demoEcid(n), null, model.productType(), model.name(), null));
        }
        return phones;
    }

    private static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
