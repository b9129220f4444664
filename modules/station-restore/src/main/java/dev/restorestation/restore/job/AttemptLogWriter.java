package dev.restorestation.restore.job;

import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineLogLevel;
import dev.restorestation.core.restore.RestoreStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects an attempt's engine lines and hands them to the attempt log in batches (one database
 * write per watch tick, not per line), and records each step the engine reaches once. Lines keep an old-style level prefix, so a stored log reads
 * back through the same classifier.
 */
final class AttemptLogWriter {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptLogWriter.class);
    private static final int FLUSH_AT_CHARS = 64 * 1024;

    private final AttemptLog attempts;
    private final long attemptId;
    private final StringBuilder pending = new StringBuilder();
    private boolean failed;
    private RestoreStep lastStep;

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

    synchronized void flush() {
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
