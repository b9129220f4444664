package dev.restorestation.devices;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A bench of phones that are not there: for {@code --demo} and tests. It implements the same
 * port as the real watchers and publishes the same snapshots, on its own thread, after every
 * scripted attach, detach or mode change.
 */
public final class SimulatedBench implements DeviceWatcher {

    /** Apple's USB device addresses stop at 127 per bus; the simulation keeps the same limit. */
    public static final int MAX_DEVICES = 127;

    private static final String[] DEMO_MODELS = {
        "iPhone14,2", "iPhone9,4", "iPhone15,4", "iPad13,16", "iPhone10,3", "iPhone13,2",
        "iPhone10,1", "iPhone12,1", "iPhone16,1", "iPad7,5", "iPhone11,8", "iPhone14,5",
    };
    private static final DeviceMode[] DEMO_MODES = {
        DeviceMode.RESTORE, DeviceMode.RECOVERY, DeviceMode.DFU, DeviceMode.NORMAL,
        DeviceMode.DFU, DeviceMode.RESTORE, DeviceMode.RECOVERY, DeviceMode.DFU,
    };

    private final Map<String, DeviceSnapshot> devices = new LinkedHashMap<>();
    private final ExecutorService publisher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulated-bench");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Consumer<BenchSnapshot> listener = bench -> { };
    private volatile BenchSnapshot current = BenchSnapshot.empty(ServiceState.SIMULATED);

    /** The demo bench: {@code count} devices of mixed models and modes in slots 1..count, two hubs. */
    public static SimulatedBench demo(DeviceCatalog catalog, int count) {
        SimulatedBench bench = new SimulatedBench();
        for (int i = 0; i < count; i++) {
            String productType = DEMO_MODELS[i % DEMO_MODELS.length];
            DeviceModel model = catalog.findByProductType(productType).orElseThrow();
            DeviceMode mode = DEMO_MODES[i % DEMO_MODES.length];
            Ecid ecid = new Ecid(0x000A_1B2C_0000_0000L + 0x9E37_79B9L * (i + 1));
            String udid = mode == DeviceMode.NORMAL ? String.format("%08X-%s", model.chipId(), ecid.hex()) : null;
            bench.attach(new DeviceSnapshot(slot(i + 1), mode, ecid, udid, productType, model.name(), null));
        }
        return bench;
    }

    /** Slot N of the simulated hubs: slots 1–7 on bus 1, the rest on bus 2, as a 7-port hub each. */
    public static Slot slot(int number) {
        int bus = number <= 7 ? 1 : 2 + (number - 8) / 7;
        int port = number <= 7 ? number : (number - 8) % 7 + 1;
        return new Slot(bus + "-1." + port, Integer.toString(number));
    }

    @Override
    public void start(Consumer<BenchSnapshot> newListener) {
        synchronized (devices) {
            this.listener = Objects.requireNonNull(newListener);
        }
        publish();
    }

    @Override
    public BenchSnapshot current() {
        return current;
    }

    public void attach(DeviceSnapshot device) {
        synchronized (devices) {
            if (!devices.containsKey(device.slot().portPath()) && devices.size() >= MAX_DEVICES) {
                throw new IllegalStateException("a USB bus holds at most " + MAX_DEVICES + " devices");
            }
            devices.put(device.slot().portPath(), device);
        }
        publish();
    }

    public void detach(Slot slot) {
        synchronized (devices) {
            devices.remove(slot.portPath());
        }
        publish();
    }

    /** The device in {@code slot} re-enumerates in another mode, as a real one does on a mode change. */
    public void changeMode(Slot slot, DeviceMode mode) {
        synchronized (devices) {
            DeviceSnapshot device = devices.get(slot.portPath());
            if (device == null) {
                throw new IllegalArgumentException("no simulated device in slot " + slot.label());
            }
            devices.put(slot.portPath(), device.withMode(mode));
        }
        publish();
    }

    private void publish() {
        synchronized (devices) {
            BenchSnapshot bench = new BenchSnapshot(new ArrayList<>(devices.values()), ServiceState.SIMULATED,
                    Instant.now());
            current = bench;
            Consumer<BenchSnapshot> target = listener;
            if (!publisher.isShutdown()) {
                publisher.execute(() -> target.accept(bench));
            }
        }
    }

    public List<DeviceSnapshot> devices() {
        return current.devices();
    }

    @Override
    public void close() {
        publisher.shutdownNow();
    }
}
