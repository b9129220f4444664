package dev.restorestation.devices;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceFacts;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceReadBack;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.PortSpeed;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.core.device.Slot;
import dev.restorestation.devices.usb.UsbSighting;
import dev.restorestation.devices.usbmux.MuxDevice;
import dev.restorestation.devices.usbmux.UsbmuxWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * A bench of phones that are not there: for {@code --demo} and tests. The phones show themselves
 * the way real ones do (serial strings on the USB bus in DFU and Recovery, usbmuxd devices with a
 * UDID in Normal and Restore, a new USB address on every mode change), and the same
 * {@link BenchAssembler} as the real bench turns that into tiles. Snapshots are published on the
 * bench's own thread after every scripted attach, detach or mode change.
 */
public final class SimulatedBench implements DeviceWatcher, DeviceReadBack {

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

    private final DeviceCatalog catalog;
    private final SlotMap slots = SlotMap.inMemory();
    private final BenchAssembler assembler;
    private final Map<String, SimulatedPhone> phones = new LinkedHashMap<>();
    private final Map<Integer, Integer> nextAddress = new HashMap<>();
    private int nextMuxId = 1;
    private final ExecutorService publisher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulated-bench");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Consumer<BenchSnapshot> listener = bench -> { };
    private volatile BenchSnapshot current = BenchSnapshot.empty(ServiceState.SIMULATED);

    public SimulatedBench() {
        this(DeviceCatalog.bundled());
    }

    public SimulatedBench(DeviceCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog);
        this.assembler = new BenchAssembler(catalog, slots);
    }

    /** The demo bench: {@code count} devices of mixed models and modes in slots 1..count. */
    public static SimulatedBench demo(DeviceCatalog catalog, int count) {
        SimulatedBench bench = new SimulatedBench(catalog);
        for (int i = 0; i < count; i++) {
            String productType = DEMO_MODELS[i % DEMO_MODELS.length];
            DeviceModel model = catalog.findByProductType(productType).orElseThrow();
            // the last slot hangs off an old USB 1.1 hub, so the demo shows the warning such a slot gets
            PortSpeed speed = i == count - 1 && count > 1 ? PortSpeed.FULL : PortSpeed.HIGH;
            bench.attach(new DeviceSnapshot(slot(i + 1), DEMO_MODES[i % DEMO_MODES.length], demoEcid(i + 1), null,
                    null, productType, model.name(), null, null, speed));
        }
        return bench;
    }

    /** A distinct, made-up ECID for demo device number {@code n}. */
    public static Ecid demoEcid(int n) {
        return new Ecid(0x000A_1B2C_0000_0000L + 0x9E37_79B9L * n);
    }

    /** Slot N of the simulated hubs: slots 1–7 on bus 1, then 7-port hubs on buses 2, 3, … */
    public static Slot slot(int number) {
        int bus = number <= 7 ? 1 : 2 + (number - 8) / 7;
        int port = number <= 7 ? number : (number - 8) % 7 + 1;
        return new Slot(bus + "-1." + port, Integer.toString(number));
    }

    /** The simulated hubs' slot labels, as the window's slot port. */
    public SlotMapLabels slotLabels() {
        return new SlotMapLabels(slots);
    }

    @Override
    public void start(Consumer<BenchSnapshot> newListener) {
        synchronized (phones) {
            this.listener = Objects.requireNonNull(newListener);
            publish();
        }
    }

    @Override
    public BenchSnapshot current() {
        return current;
    }

    /**
     * Plugs in a phone: its slot, mode, ECID, product type and port speed are used; the name and UDID come out
     * of the bench as they would for a real one. A {@code problem} makes its serial string unreadable.
     */
    public void attach(DeviceSnapshot device) {
        synchronized (phones) {
            String path = device.slot().portPath();
            if (!phones.containsKey(path) && phones.size() >= MAX_DEVICES) {
                throw new IllegalStateException("a USB bus holds at most " + MAX_DEVICES + " devices");
            }
            label(device.slot());
            DeviceModel model = device.productType() == null ? null
                    : catalog.findByProductType(device.productType()).orElse(null);
            SimulatedPhone phone = new SimulatedPhone(device.slot(), model, device.ecid(), device.mode(),
                    device.problem(), 0, 0, null, null, device.portSpeed());
            phones.put(path, enumerate(phone, device.mode()));
            publish();
        }
    }

    public void detach(Slot slot) {
        synchronized (phones) {
            phones.remove(slot.portPath());
            publish();
        }
    }

    /** The device in {@code slot} re-enumerates in another mode, as a real one does on a mode change. */
    public void changeMode(Slot slot, DeviceMode mode) {
        synchronized (phones) {
            SimulatedPhone phone = phones.get(slot.portPath());
            if (phone == null) {
                throw new IllegalArgumentException("no simulated device in slot " + slot.label());
            }
            phones.put(slot.portPath(), enumerate(phone, mode));
            publish();
        }
    }

    /**
     * The device with this ECID restarts after its restore and comes back in Normal mode in its
     * slot, running {@code build}; nothing happens when it is not on the bench.
     */
    public void cameBack(Ecid ecid, String build, String activationState) {
        synchronized (phones) {
            phones.values().stream().filter(phone -> ecid.equals(phone.ecid())).findFirst().ifPresent(phone -> {
                phones.put(phone.slot().portPath(), enumerate(phone.running(build, activationState), DeviceMode.NORMAL));
                publish();
            });
        }
    }

    /** What the phone in the device's slot answers without pairing, as lockdownd would. */
    @Override
    public DeviceFacts read(DeviceSnapshot device) throws IOException {
        SimulatedPhone phone;
        synchronized (phones) {
            phone = phones.get(device.slot().portPath());
        }
        if (phone == null) {
            throw new IOException("no device in slot " + device.slot().label());
        }
        return phone.facts();
    }

    public List<DeviceSnapshot> devices() {
        return current.devices();
    }

    private SimulatedPhone enumerate(SimulatedPhone phone, DeviceMode mode) {
        int bus = phone.bus();
        int address = nextAddress.getOrDefault(bus, 1) % MAX_DEVICES + 1;
        nextAddress.put(bus, address);
        return phone.reenumerated(mode, address, nextMuxId++);
    }

    private void label(Slot slot) {
        try {
            slots.assign(slot.portPath(), slot.label());
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory slot map does not write", e);
        }
    }

    private void publish() {
        List<UsbSighting> usb = new ArrayList<>();
        List<UsbmuxWatcher.SeenDevice> usbmuxd = new ArrayList<>();
        for (SimulatedPhone phone : phones.values()) {
            usb.add(phone.usbSighting());
            if (phone.onUsbmuxd()) {
                usbmuxd.add(seen(phone));
            }
        }
        UsbmuxWatcher.View view = new UsbmuxWatcher.View(ServiceState.AVAILABLE, usbmuxd, null);
        BenchSnapshot bench = new BenchSnapshot(assembler.assemble(usb, view), ServiceState.SIMULATED, Instant.now());
        current = bench;
        Consumer<BenchSnapshot> target = listener;
        try {
            publisher.execute(() -> target.accept(bench));
        } catch (RejectedExecutionException closed) {
            // closed benches keep their last snapshot and tell nobody
        }
    }

    private static UsbmuxWatcher.SeenDevice seen(SimulatedPhone phone) {
        MuxDevice device = new MuxDevice(phone.muxId(), phone.udid(), ((long) phone.bus() << 16) | phone.address(),
                phone.productId(), "USB");
        DeviceModel model = phone.model();
        return new UsbmuxWatcher.SeenDevice(device, phone.mode(),
                phone.mode() == DeviceMode.NORMAL && model != null ? model.productType() : null,
                phone.mode() == DeviceMode.RESTORE && model != null ? model.hardwareModel().toUpperCase(Locale.ROOT) : null);
    }

    @Override
    public void close() {
        publisher.shutdownNow();
    }
}
