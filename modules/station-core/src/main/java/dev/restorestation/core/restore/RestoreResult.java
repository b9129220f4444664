package dev.restorestation.core.restore;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.restore.Verification;
import java.util.Objects;

/** How a restore job ended. */
public sealed interface RestoreResult {

    /** The engine reported success; {@code verification} is null when the device was not checked. */
    record Succeeded(long attemptId, Verification verification) implements RestoreResult {
    }

    /** The engine ran and failed; the attempt carries the diagnosis, the advice says what to try. */
    record Failed(long attemptId, Diagnosis diagnosis, Advice advice) implements RestoreResult {
        public Failed {
            Objects.requireNonNull(diagnosis, "diagnosis");
            Objects.requireNonNull(advice, "advice");
        }
    }

    /** Stopped by the technician (or the station closing) while the engine ran. */
    record Cancelled(long attemptId) implements RestoreResult {
    }

    /**
     * Nothing was done to the device, so no attempt was recorded: no usable firmware, a build
     * that does not fit the device or is no longer signed, or cancelled while still waiting.
     * {@code advice} is null when there is nothing to advise (a cancel).
     */
    record NotStarted(Diagnosis diagnosis, Advice advice) implements RestoreResult {
        public NotStarted {
            Objects.requireNonNull(diagnosis, "diagnosis");
        }

        public NotStarted(Diagnosis diagnosis) {
            this(diagnosis, null);
        }
    }

    /**
     * Nothing was done to the device: the station could not vouch that the build is still signed
     * (catalog offline, too old, or silent on the build) and an erase needs the technician's word
     * first. Asked again with the signing check off, the restore goes ahead.
     */
    record Unconfirmed(Diagnosis diagnosis) implements RestoreResult {
        public Unconfirmed {
            Objects.requireNonNull(diagnosis, "diagnosis");
        }
    }
}
