package dev.restorestation.core.firmware;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the catalog said of one build for one device.
 *
 * @param state     signed, no longer signed, or not in the catalog at all
 * @param checkedAt when the catalog was read from its source
 * @param offline   true when the source could not be reached and a saved copy answered
 */
public record SigningAnswer(State state, Instant checkedAt, boolean offline) {

    public enum State { SIGNED, NOT_SIGNED, NOT_LISTED }

    public SigningAnswer {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** Whether the answer may be trusted at {@code now}: read from the source, no older than {@code maxAge}. */
    public boolean fresh(Instant now, Duration maxAge) {
        return !offline && !checkedAt.isBefore(now.minus(maxAge));
    }
}
