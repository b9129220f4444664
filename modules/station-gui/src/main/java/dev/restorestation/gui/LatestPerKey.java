package dev.restorestation.gui;

import java.awt.EventQueue;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands keyed values from any thread to the EDT, merging bursts: the EDT gets, in one hop, the
 * newest value of every key that changed since its last hop. Sixty-four devices reporting ten
 * times a second cost the EDT a handful of hops, not 640 events.
 */
public final class LatestPerKey<K, V> {

    private final Map<K, V> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<Map<K, V>> apply;

    public LatestPerKey(Consumer<Map<K, V>> apply) {
        this.apply = apply;
    }

    public void offer(K key, V value) {
        pending.put(key, value);
        if (scheduled.compareAndSet(false, true)) {
            EventQueue.invokeLater(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        Map<K, V> batch = new HashMap<>();
        for (K key : pending.keySet()) {
            V value = pending.remove(key);
            if (value != null) {
                batch.put(key, value);
            }
        }
        if (!batch.isEmpty()) {
            apply.accept(batch);
        }
    }
}
