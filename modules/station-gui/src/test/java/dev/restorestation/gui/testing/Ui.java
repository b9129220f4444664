package dev.restorestation.gui.testing;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** Reaching into a panel the way a test robot would: components by name, reads on the EDT, waiting for the background. */
public final class Ui {

    public interface Read<T> {
        T get() throws Exception;
    }

    private Ui() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends Component> T find(Container root, String name) {
        Component found = search(root, name);
        if (found == null) {
            throw new AssertionError("no component named " + name);
        }
        return (T) found;
    }

    public static <T> T onEdt(Read<T> read) throws Exception {
        if (EventQueue.isDispatchThread()) {
            return read.get();
        }
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                value.set(read.get());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return value.get();
    }

    public static void run(Runnable action) throws Exception {
        EventQueue.invokeAndWait(action);
    }

    /** Waits up to {@code seconds} for {@code read} (on the EDT) to satisfy {@code done}; the last value either way. */
    public static <T> T await(Read<T> read, Predicate<T> done, int seconds) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(seconds));
        T value = onEdt(read);
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            Thread.sleep(25);
            value = onEdt(read);
        }
        return value;
    }

    /** The component named {@code name}, or null when the window has none (yet). */
    public static Component findOrNull(Container root, String name) {
        return search(root, name);
    }

    /** Whether a component of that name is on screen, read on the EDT. */
    public static boolean showing(Container root, String name) throws Exception {
        return onEdt(() -> {
            Component component = search(root, name);
            return component != null && component.isShowing();
        });
    }

    private static Component search(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = search(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
