package dev.restorestation.devices.usb;

import dev.restorestation.devices.usb.UsbSighting;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the USB bus on its own thread: a scan at start, then a scan after every hotplug event
 * (or every second where libusb has no hotplug). Publishes the sightings when they changed.
 */
public final class UsbWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UsbWatcher.class);
    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    /** With hotplug a scan follows every event; this slower rescan only guards against a missed one. */
    static final Duration HOTPLUG_RESCAN = Duration.ofSeconds(10);

    private final LibUsbBus bus;
    private final Consumer<List<UsbSighting>> listener;
    private final Thread thread;
    private volatile boolean closed;
    private boolean started;

    public UsbWatcher(LibUsbBus bus, Consumer<List<UsbSighting>> listener) {
        this.bus = Objects.requireNonNull(bus);
        this.listener = Objects.requireNonNull(listener);
        this.thread = new Thread(this::run, "usb-watcher");
        thread.setDaemon(true);
    }

    public synchronized void start() {
        started = true;
        thread.start();
    }

    public boolean hotplug() {
        return bus.hotplug();
    }

    private void run() {
        List<UsbSighting> last = null;
        try {
            while (!closed) {
                List<UsbSighting> now = bus.scan();
                if (!now.equals(last)) {
                    last = now;
                    listener.accept(now);
                }
                bus.awaitChange(bus.hotplug() ? HOTPLUG_RESCAN : POLL_INTERVAL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("USB watching stopped", e);
        } finally {
            bus.close();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (started) {
            thread.interrupt();
        } else {
            bus.close();
        }
    }
}
