package dev.restorestation.core.device;

import java.util.function.Consumer;

/**
 * Port: something that watches the bench (USB, usbmuxd, or a simulation) and publishes a fresh
 * {@link BenchSnapshot} after every change. Listeners are called on the watcher's own thread.
 */
public interface DeviceWatcher extends AutoCloseable {

    /** Starts watching; {@code listener} receives the current bench at once and after every change. */
    void start(Consumer<BenchSnapshot> listener);

    /** The bench as last seen. */
    BenchSnapshot current();

    @Override
    void close();
}
