package dev.restorestation.gui.bench;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.restore.RestorePhase;
import dev.restorestation.core.restore.RestoreUpdate;
import dev.restorestation.core.restore.Verification;
import java.time.Duration;
import java.time.Instant;

/** Where the restore of one slot's device stands, as the tile shows it. */
public sealed interface JobState {

    /** Nothing asked yet, or the technician cleared the last result. */
    record Idle() implements JobState {
    }

    /**
     * Submitted; {@code update} is the latest report (queued, getting firmware, restoring…).
     *
     * @param doneBy when it should end, estimated from earlier restores of the model and build; null when unknown
     */
    record Running(RestoreKind kind, Instant startedAt, RestoreUpdate update, Instant doneBy) implements JobState {
        public Running(RestoreKind kind, Instant startedAt, RestoreUpdate update) {
            this(kind, startedAt, update, null);
        }

        /** Still waiting in line: its clock has not started. */
        public boolean queued() {
            return update.phase() == RestorePhase.QUEUED;
        }
    }

    /** The engine succeeded; {@code verification} is what the device said after, null when not checked. */
    record Succeeded(long attemptId, Duration took, Verification verification) implements JobState {
    }

    record Failed(long attemptId, RestoreKind kind, Diagnosis diagnosis, Advice advice) implements JobState {
    }

    record Cancelled(long attemptId) implements JobState {
    }

    /**
     * Refused before the engine ran (no firmware, a build that does not fit or is not signed):
     * nothing was done to the device. {@code advice} is null when there is none.
     */
    /** @param signingUnchecked an erase held back because Apple's signing could not be checked, not refused */
    record NotStarted(Diagnosis diagnosis, Advice advice, boolean signingUnchecked) implements JobState {
        public NotStarted(Diagnosis diagnosis, Advice advice) {
            this(diagnosis, advice, false);
        }

        public NotStarted(Diagnosis diagnosis) {
            this(diagnosis, null);
        }
    }

    default boolean active() {
        return this instanceof Running;
    }
}
