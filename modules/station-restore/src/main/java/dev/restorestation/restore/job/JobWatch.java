package dev.restorestation.restore.job;

import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.restore.log.EngineVerdict;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Watches one engine run for silence (a stall) and for its device leaving the bench. While the
 * engine waits for the device to come back in another mode, it may be gone longer.
 */
final class JobWatch {

    private final RestoreTimeouts timeouts;
    private final String slotLabel;
    private long lastActivity;
    private long absentSince = -1;
    private boolean expectingReconnect;
    private Diagnosis abort;

    JobWatch(RestoreTimeouts timeouts, String slotLabel, long now) {
        this.timeouts = timeouts;
        this.slotLabel = slotLabel;
        this.lastActivity = now;
    }

    synchronized void saw(EngineEvent event, long now) {
        lastActivity = now;
        if (event instanceof EngineEvent.LogLine line) {
            String text = line.text().toLowerCase(Locale.ROOT);
            if (text.startsWith("waiting for device to") || text.contains("rebooting")) {
                expectingReconnect = true;
            }
        } else if (event instanceof EngineEvent.StepProgress || event instanceof EngineEvent.DeviceOperation) {
            expectingReconnect = false;
        }
    }

    /** The reason to stop the engine, once, at the first tick that finds one; else null. */
    synchronized Diagnosis check(long now, boolean devicePresent, Supplier<EngineVerdict> verdictSoFar) {
        if (abort != null) {
            return null;
        }
        if (devicePresent) {
            absentSince = -1;
        } else if (absentSince < 0) {
            absentSince = now;
        }
        Duration allowed = expectingReconnect ? timeouts.reconnect() : timeouts.unplugged();
        if (absentSince >= 0 && now - absentSince > allowed.toNanos()) {
            abort = new Diagnosis(ErrorCategory.USB_CONNECTION, null, null,
                    "The device left slot " + slotLabel + " during the restore (cable pulled or link lost)");
        } else if (now - lastActivity > timeouts.stall().toNanos()) {
            abort = stalled(verdictSoFar.get());
        }
        return abort;
    }

    synchronized Diagnosis abortReason() {
        return abort;
    }

    private Diagnosis stalled(EngineVerdict soFar) {
        if (soFar instanceof EngineVerdict.Failure failure && failure.diagnosis().category() != ErrorCategory.UNKNOWN) {
            return failure.diagnosis();
        }
        return new Diagnosis(ErrorCategory.UNKNOWN, null, null,
                "The engine made no progress for " + describe(timeouts.stall()) + " and was stopped");
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 120 ? seconds / 60 + " minutes" : Math.max(seconds, 1) + " seconds";
    }
}
