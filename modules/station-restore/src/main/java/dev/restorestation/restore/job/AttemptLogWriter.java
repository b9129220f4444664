package dev.restorestation.restore.job;

import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineLogLevel;
import dev.restorestation.core.restore.RestoreStep;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects an attempt's engine lines and hands them to the attempt log in batches (at most one
 * database write every {@link #FLUSH_EVERY}, and at the end), and records each step the engine
 * reaches once. Lines keep an old-style level prefix, so a stored log reads back through the same
 * classifier. A station killed mid-restore loses at most that much of the log's tail; writing
 * every line or every watch tick instead grew the H2 file several times faster (decision 22).
 */
final class AttemptLogWriter {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptLogWriter.class);
    private static final int FLUSH_AT_CHARS = 64 * 1024;
    static final Duration FLUSH_EVERY = Duration.ofSeconds(5);

    private final AttemptLog attempts;
    private final long attemptId;
    private final StringBuilder pending = new StringBuilder();
    private boolean failed;
    private RestoreStep lastStep;
    private long lastFlush = System.nanoTime();

    AttemptLogWriter(AttemptLog attempts, long attemptId) {
        this.attempts = attempts;
        this.attemptId = attemptId;
    }

    void add(EngineEvent event) {
        if (event instanceof EngineEvent.StepProgress progress) {
            stepReached(progress);
            return;
        }
        if (!(event instanceof EngineEvent.LogLine line)) {
            return;
        }
        boolean full;
        synchronized (this) {
            pending.append(prefix(line.level())).append(line.text()).append('\n');
            full = pending.length() >= FLUSH_AT_CHARS;
        }
        if (full) {
            flush();
        }
    }

    /** Records each step the engine reaches once, when it is first reported (the milestones other systems hear of). */
    private void stepReached(EngineEvent.StepProgress progress) {
        synchronized (this) {
            if (progress.step() == lastStep || progress.step() == RestoreStep.UNKNOWN) {
                return;
            }
            lastStep = progress.step();
        }
        try {
            attempts.progress(attemptId, progress.step().label(), (int) Math.round(progress.fraction() * 100));
        } catch (RuntimeException e) {
            LOG.warn("cannot record step '{}' of attempt {}: {}", progress.step().label(), attemptId, e.getMessage());
        }
    }

    /** Writes what was collected once {@link #FLUSH_EVERY} has passed since the last write. */
    synchronized void flushIfDue(long nanoTime) {
        if (nanoTime - lastFlush >= FLUSH_EVERY.toNanos()) {
            flush();
        }
    }

    synchronized void flush() {
        lastFlush = System.nanoTime();
        if (pending.length() == 0) {
            return;
        }
        String text = pending.toString();
        pending.setLength(0);
        try {
            attempts.appendLog(attemptId, text);
        } catch (RuntimeException e) {
            if (!failed) {
                LOG.warn("cannot store the engine log of attempt {}: {}", attemptId, e.getMessage());
                failed = true;
            }
        }
    }

    private static String prefix(EngineLogLevel level) {
        return switch (level) {
            case ERROR -> "ERROR: ";
            case WARNING -> "WARNING: ";
            case NOTICE -> "NOTE: ";
            default -> "";
        };
    }
}
