package dev.restorestation.restore.engine;

import dev.restorestation.core.restore.EngineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps every event an engine delivered, for a test to look at. */
final class EventRecorder implements Consumer<EngineEvent> {

    private final List<EngineEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(EngineEvent event) {
        events.add(event);
    }

    synchronized List<EngineEvent> events() {
        return List.copyOf(events);
    }

    synchronized List<String> lines() {
        return events.stream()
                .filter(EngineEvent.LogLine.class::isInstance)
                .map(e -> ((EngineEvent.LogLine) e).text())
                .toList();
    }

    /** Waits until a line starting with {@code prefix} arrived. */
    void awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
        awaitLines(prefix, 1, timeoutMillis);
    }

    void awaitLines(String prefix, int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (lines().stream().filter(line -> line.startsWith(prefix)).count() < count) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(count + " lines '" + prefix + "…' not seen within " + timeoutMillis + " ms; got "
                        + lines());
            }
            Thread.sleep(10);
        }
    }
}
