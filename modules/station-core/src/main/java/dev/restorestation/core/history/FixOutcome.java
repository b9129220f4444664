package dev.restorestation.core.history;

/**
 * How a fix fared in this shop: of the {@code applied} times it was applied after a failure and
 * before the next attempt on the same device, that next attempt {@code succeeded} times.
 */
public record FixOutcome(String fixId, int applied, int succeeded) {

    public FixOutcome {
        if (applied < 0 || succeeded < 0 || succeeded > applied) {
            throw new IllegalArgumentException("fix " + fixId + ": succeeded " + succeeded + " of " + applied);
        }
    }
}
