package dev.restorestation.core.history;

import java.time.Instant;
import java.util.Objects;

/**
 * A step the engine reported during an attempt.
 *
 * @param step    the engine's words for the step ("Sending filesystem now...")
 * @param percent 0 to 100 within that step
 */
public record ProgressEvent(Instant at, String step, int percent) {

    public ProgressEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(step, "step");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("progress must be 0 to 100 percent, not " + percent);
        }
    }
}
