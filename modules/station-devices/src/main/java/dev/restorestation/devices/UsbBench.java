package dev.restorestation.devices;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.DeviceWatcher;
import dev.restorestation.core.device.ServiceState;
import dev.restorestation.devices.usb.LibUsbBus;
import dev.restorestation.devices.usb.UsbSighting;
import dev.restorestation.devices.usb.UsbUnavailableException;
import dev.restorestation.devices.usb.UsbWatcher;
import dev.restorestation.devices.usbmux.UsbmuxSocket;
import dev.restorestation.devices.usbmux.UsbmuxWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real bench: DFU and Recovery devices from the USB bus, Normal and Restore devices from
 * usbmuxd, merged into one {@link BenchSnapshot} stream on its own thread. Bursts of changes are
 * merged into one snapshot. Without USB access (no libusb for this host) it still follows usbmuxd
 * and says why in {@link #usbProblem()}.
 */
public final class UsbBench implements DeviceWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(UsbBench.class);

    private final BenchAssembler assembler;
    private final UsbWatcher usb;
    private final String usbProblem;
    private final UsbmuxWatcher usbmuxd;
    private final ExecutorService publisher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "usb-bench");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean assemblyPending = new AtomicBoolean();
    private final CountDownLatch usbSeen;
    private final CountDownLatch usbmuxdSeen = new CountDownLatch(1);
    private volatile List<UsbSighting> sightings = List.of();
    private volatile UsbmuxWatcher.View muxView = new UsbmuxWatcher.View(ServiceState.UNKNOWN, List.of(), null);
    private volatile Consumer<BenchSnapshot> listener = bench -> { };
    private volatile BenchSnapshot current = BenchSnapshot.empty(ServiceState.UNKNOWN);
    private boolean started;

    UsbBench(BenchAssembler assembler, Optional<LibUsbBus> bus, String usbProblem, UsbmuxSocket socket,
             UsbmuxWatcher.Backoff backoff) {
        this.assembler = assembler;
        this.usbProblem = usbProblem;
        this.usb = bus.map(open -> new UsbWatcher(open, this::usbChanged)).orElse(null);
        this.usbSeen = new CountDownLatch(usb == null ? 0 : 1);
        this.usbmuxd = new UsbmuxWatcher(socket, backoff, this::usbmuxdChanged);
    }

    /**
     * The bench of this computer: libusb for DFU/Recovery, the system's usbmuxd for Normal/Restore,
     * slot labels from {@value SlotMap#FILE_NAME} in {@code slotMapDirectory}.
     */
    public static UsbBench open(DeviceCatalog catalog, Path slotMapDirectory) throws IOException {
        return open(catalog, SlotMap.load(slotMapDirectory), UsbmuxSocket.system(), UsbmuxWatcher.Backoff.STANDARD);
    }

    public static UsbBench open(DeviceCatalog catalog, SlotMap slots, UsbmuxSocket socket,
                                UsbmuxWatcher.Backoff backoff) {
        Optional<LibUsbBus> bus;
        String problem = null;
        try {
            bus = Optional.of(LibUsbBus.open());
        } catch (UsbUnavailableException e) {
            LOG.warn("DFU and Recovery devices cannot be seen: {}", e.getMessage());
            bus = Optional.empty();
            problem = e.getMessage();
        }
        return new UsbBench(new BenchAssembler(catalog, slots), bus, problem, socket, backoff);
    }

    @Override
    public synchronized void start(Consumer<BenchSnapshot> newListener) {
        listener = Objects.requireNonNull(newListener);
        if (!started) {
            started = true;
            if (usb != null) {
                usb.start();
            }
            usbmuxd.start();
        }
        BenchSnapshot now = current;
        submit(() -> newListener.accept(now));
    }

    @Override
    public BenchSnapshot current() {
        return current;
    }

    /**
     * Whether the bench knows the USB port {@code device} is on: only then is it in the same slot
     * after a reboot (usbmuxd alone names a device by a number that changes when it reconnects).
     */
    public static boolean placed(DeviceSnapshot device) {
        return !device.slot().portPath().startsWith(BenchAssembler.UNPLACED_PREFIX);
    }

    /** Why DFU and Recovery devices cannot be seen, when libusb did not start. */
    public Optional<String> usbProblem() {
        return Optional.ofNullable(usbProblem);
    }

    /** Whether libusb tells about arrivals at once (else the bus is polled every second). */
    public boolean usbHotplug() {
        return usb != null && usb.hotplug();
    }

    /** Waits until both the USB bus and usbmuxd have been looked at once; false on timeout. */
    public boolean awaitFirstLook(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean usbDone = usbSeen.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        boolean muxDone = usbmuxdSeen.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (!usbDone || !muxDone) {
            return false;
        }
        CountDownLatch published = new CountDownLatch(1);
        submit(published::countDown);
        return published.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private void usbChanged(List<UsbSighting> now) {
        sightings = now;
        scheduleAssembly();
        usbSeen.countDown();
    }

    private void usbmuxdChanged(UsbmuxWatcher.View view) {
        muxView = view;
        scheduleAssembly();
        usbmuxdSeen.countDown();
    }

    private void scheduleAssembly() {
        if (assemblyPending.compareAndSet(false, true)) {
            submit(this::assemble);
        }
    }

    private void submit(Runnable work) {
        try {
            publisher.execute(work);
        } catch (RejectedExecutionException closed) {
            LOG.debug("bench closed; change not published");
        }
    }

    private void assemble() {
        assemblyPending.set(false);
        UsbmuxWatcher.View view = muxView;
        BenchSnapshot bench = new BenchSnapshot(assembler.assemble(sightings, view), view.state(), Instant.now());
        current = bench;
        listener.accept(bench);
    }

    @Override
    public void close() {
        if (usb != null) {
            usb.close();
        }
        usbmuxd.close();
        publisher.shutdownNow();
    }
}
