package dev.restorestation.gui;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times every event the EDT handles and logs each one that holds it longer than the limit, so a
 * stall in development shows up in the log with what caused it. Keeps a histogram (1 ms buckets
 * up to 10 s) for the stall numbers the bench benchmark reports.
 */
public final class EdtWatchdog extends EventQueue {

    public static final long STALL_MILLIS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(EdtWatchdog.class);
    private static final int BUCKETS = 10_000;

    private final AtomicLongArray histogram = new AtomicLongArray(BUCKETS + 1);
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong stalls = new AtomicLong();
    private final AtomicLong maxNanos = new AtomicLong();
    /** Events begun so far; read and written on the EDT only. */
    private long dispatching;

    /** Puts a watchdog in front of the system event queue and returns it. */
    public static EdtWatchdog install() {
        EdtWatchdog watchdog = new EdtWatchdog();
        Toolkit.getDefaultToolkit().getSystemEventQueue().push(watchdog);
        return watchdog;
    }

    @Override
    protected void dispatchEvent(AWTEvent event) {
        long start = System.nanoTime();
        long mine = ++dispatching;
        try {
            super.dispatchEvent(event);
        } finally {
            if (dispatching != mine) {
                // a modal dialog (or another secondary loop) kept handling events while this one
                // waited for the person: the EDT was free, and each nested event is timed on its own
                return;
            }
            long nanos = System.nanoTime() - start;
            events.incrementAndGet();
            maxNanos.accumulateAndGet(nanos, Math::max);
            histogram.incrementAndGet((int) Math.min(BUCKETS, nanos / 1_000_000));
            if (nanos / 1_000_000 > STALL_MILLIS) {
                stalls.incrementAndGet();
                LOG.warn("the event dispatch thread was held {} ms by {}", nanos / 1_000_000, describe(event));
            }
        }
    }

    /** Starts the numbers afresh, e.g. after start-up, to measure a steady state. */
    public void reset() {
        for (int i = 0; i <= BUCKETS; i++) {
            histogram.set(i, 0);
        }
        events.set(0);
        stalls.set(0);
        maxNanos.set(0);
    }

    public long events() {
        return events.get();
    }

    public long stalls() {
        return stalls.get();
    }

    public double maxMillis() {
        return maxNanos.get() / 1e6;
    }

    /** The time under which {@code quantile} (e.g. 0.99) of the events were handled, in whole ms. */
    public long quantileMillis(double quantile) {
        // the histogram's own total: a reset from another thread can leave it apart from the event count
        long total = 0;
        for (int ms = 0; ms <= BUCKETS; ms++) {
            total += histogram.get(ms);
        }
        long wanted = (long) Math.ceil(total * quantile);
        long seen = 0;
        for (int ms = 0; ms <= BUCKETS; ms++) {
            seen += histogram.get(ms);
            if (seen >= wanted) {
                return ms;
            }
        }
        return BUCKETS;
    }

    private static String describe(AWTEvent event) {
        String text = event.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
