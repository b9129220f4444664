package dev.restorestation.gui;

import java.awt.EventQueue;

/** Guards for the rule that Swing code runs on the EDT and I/O never does. */
public final class UiThread {

    private UiThread() {
    }

    /** For code that touches components. */
    public static void requireEdt() {
        if (!EventQueue.isDispatchThread()) {
            throw new IllegalStateException("must run on the event dispatch thread, not " + Thread.currentThread().getName());
        }
    }

    /** For code that blocks (files, processes, sockets, the database). */
    public static void requireBackground() {
        if (EventQueue.isDispatchThread()) {
            throw new IllegalStateException("blocking work on the event dispatch thread");
        }
    }

    /** Runs {@code action} on the EDT: now if already there, else soon. */
    public static void run(Runnable action) {
        if (EventQueue.isDispatchThread()) {
            action.run();
        } else {
            EventQueue.invokeLater(action);
        }
    }
}
