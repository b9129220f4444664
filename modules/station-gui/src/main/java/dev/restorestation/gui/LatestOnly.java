package dev.restorestation.gui;

import java.awt.EventQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from any thread to the EDT, merging bursts: however many arrive before the EDT
 * gets to them, it applies only the newest, in one hop.
 */
public final class LatestOnly<T> {

    private final AtomicReference<T> pending = new AtomicReference<>();
    private final Consumer<T> apply;

    public LatestOnly(Consumer<T> apply) {
        this.apply = apply;
    }

    public void offer(T value) {
        if (pending.getAndSet(value) == null) {
            EventQueue.invokeLater(this::drain);
        }
    }

    private void drain() {
        T value = pending.getAndSet(null);
        if (value != null) {
            apply.accept(value);
        }
    }
}
