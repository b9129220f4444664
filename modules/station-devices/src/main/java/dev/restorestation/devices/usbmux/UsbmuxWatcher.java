package dev.restorestation.devices.usbmux;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.ServiceState;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows usbmuxd: lists the devices, listens for Attached/Detached, asks each device's lockdown
 * port whether it is in Normal or Restore mode, and when the daemon goes away says "not running"
 * and reconnects with a growing pause until it is back. Publishes a new {@link View} on every change.
 */
public final class UsbmuxWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UsbmuxWatcher.class);
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);

    /** A usbmuxd device and what its port 62078 said (UNKNOWN and nulls until it answered). */
    public record SeenDevice(MuxDevice device, DeviceMode mode, String productType, String hardwareModel) {

        public static SeenDevice unasked(MuxDevice device) {
            return new SeenDevice(device, DeviceMode.UNKNOWN, null, null);
        }
    }

    /** usbmuxd's state and its USB devices; {@code problem} says why it is unavailable. */
    public record View(ServiceState state, List<SeenDevice> devices, String problem) {
    }

    /** Pause after a failed connection: starts at {@code first}, doubles up to {@code longest}. */
    public record Backoff(Duration first, Duration longest) {
        public static final Backoff STANDARD = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));
    }

    private final UsbmuxSocket socket;
    private final Backoff backoff;
    private final Consumer<View> listener;
    private final Map<Integer, SeenDevice> devices = new LinkedHashMap<>();
    private final ExecutorService queries;
    private final ScheduledExecutorService timeouts;
    private final Thread thread;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile View current = new View(ServiceState.UNKNOWN, List.of(), null);
    private volatile UsbmuxConnection listening;
    private volatile boolean closed;

    public UsbmuxWatcher(UsbmuxSocket socket, Backoff backoff, Consumer<View> listener) {
        this.socket = Objects.requireNonNull(socket);
        this.backoff = Objects.requireNonNull(backoff);
        this.listener = Objects.requireNonNull(listener);
        this.queries = Executors.newFixedThreadPool(4, daemon("lockdown-query"));
        this.timeouts = Executors.newSingleThreadScheduledExecutor(daemon("lockdown-timeout"));
        this.thread = daemon("usbmuxd-watcher").newThread(this::run);
    }

    public void start() {
        thread.start();
    }

    public View current() {
        return current;
    }

    /** How many times a Listen connection was established; tests see reconnects through it. */
    public int connectionCount() {
        return connections.get();
    }

    private void run() {
        long pause = backoff.first().toMillis();
        while (!closed) {
            try (UsbmuxConnection events = UsbmuxConnection.open(socket)) {
                listening = events;
                List<MuxDevice> present;
                try (UsbmuxConnection lister = UsbmuxConnection.open(socket)) {
                    present = lister.listDevices().devices();
                }
                events.listen();
                connections.incrementAndGet();
                synchronized (devices) {
                    devices.clear();
                    present.forEach(this::add);
                    publish(ServiceState.AVAILABLE, null);
                }
                pause = backoff.first().toMillis();
                follow(events);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                LOG.debug("usbmuxd at {} unavailable: {}", socket, e.getMessage());
                synchronized (devices) {
                    devices.clear();
                    publish(ServiceState.UNAVAILABLE, "usbmuxd is not running (no answer on " + socket
                            + "); Normal and Restore mode devices cannot be seen");
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(pause * 2, backoff.longest().toMillis());
            }
        }
    }

    private void follow(UsbmuxConnection events) throws IOException {
        while (!closed) {
            UsbmuxMessage event = events.nextEvent();
            synchronized (devices) {
                if (event instanceof UsbmuxMessage.Attached attached) {
                    add(attached.device());
                } else if (event instanceof UsbmuxMessage.Detached detached) {
                    devices.remove(detached.deviceId());
                } else {
                    continue;
                }
                publish(ServiceState.AVAILABLE, null);
            }
        }
    }

    private void add(MuxDevice device) {
        if (!device.onUsb() || devices.containsKey(device.deviceId())) {
            return;
        }
        devices.put(device.deviceId(), SeenDevice.unasked(device));
        queries.execute(() -> askLockdown(device));
    }

    private void askLockdown(MuxDevice device) {
        LockdownQuery.Answer answer;
        try (LockdownQuery query = new LockdownQuery(socket, device.deviceId())) {
            var timeout = timeouts.schedule(() -> {
                query.close();
                return null;
            }, QUERY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            answer = query.ask();
            timeout.cancel(false);
        } catch (IOException e) {
            LOG.info("device {} did not say whether it is in Normal or Restore mode: {}", device.udid(), e.getMessage());
            return;
        }
        synchronized (devices) {
            if (devices.containsKey(device.deviceId())) {
                devices.put(device.deviceId(), new SeenDevice(device, answer.mode(), answer.productType(), answer.hardwareModel()));
                publish(ServiceState.AVAILABLE, null);
            }
        }
    }

    private void publish(ServiceState state, String problem) {
        View view = new View(state, List.copyOf(devices.values()), problem);
        if (view.equals(current)) {
            return;
        }
        current = view;
        listener.accept(view);
    }

    @Override
    public void close() {
        closed = true;
        UsbmuxConnection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                LOG.debug("closing the usbmuxd connection", e);
            }
        }
        thread.interrupt();
        queries.shutdownNow();
        timeouts.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
