package dev.restorestation.core.restore;

import dev.restorestation.core.diagnosis.ErrorCategory;
import java.util.Locale;
import java.util.Objects;

/**
 * How a finished restore ended, as the queue lists it. Values, not words: the window and the
 * command line word it in the station's language, the channel's JSON names it by {@link #id()}.
 *
 * @param category what stopped it; null unless the ending is FAILED or NOT_STARTED
 */
public record QueueOutcome(Ending ending, ErrorCategory category) {

    public enum Ending { RESTORED, FAILED, CANCELLED, NOT_STARTED, SIGNING_NOT_CHECKED }

    public QueueOutcome {
        Objects.requireNonNull(ending, "ending");
        boolean needsCategory = ending == Ending.FAILED || ending == Ending.NOT_STARTED;
        if (needsCategory != (category != null)) {
            throw new IllegalArgumentException(ending + (needsCategory ? " needs" : " has no") + " category");
        }
    }

    public static QueueOutcome of(RestoreResult result) {
        if (result instanceof RestoreResult.Succeeded) {
            return new QueueOutcome(Ending.RESTORED, null);
        }
        if (result instanceof RestoreResult.Failed failed) {
            return new QueueOutcome(Ending.FAILED, failed.diagnosis().category());
        }
        if (result instanceof RestoreResult.Cancelled) {
            return new QueueOutcome(Ending.CANCELLED, null);
        }
        if (result instanceof RestoreResult.NotStarted notStarted) {
            return new QueueOutcome(Ending.NOT_STARTED, notStarted.diagnosis().category());
        }
        if (result instanceof RestoreResult.Unconfirmed) {
            return new QueueOutcome(Ending.SIGNING_NOT_CHECKED, null);
        }
        throw new IllegalArgumentException("no queue outcome for " + result);
    }

    /** "restored", "not-started"…: stable, for JSON. */
    public String id() {
        return ending.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
