package dev.restorestation.gui.history;

import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.text.DurationText;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** An attempt's fields in the words the history shows. */
final class AttemptText {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AttemptText() {
    }

    static String started(RestoreAttempt attempt, ZoneId zone) {
        return STARTED.format(attempt.startedAt().atZone(zone));
    }

    static String device(RestoreAttempt attempt) {
        String type = attempt.productType() == null || attempt.productType().isBlank() ? "Unknown model" : attempt.productType();
        return type + " " + attempt.ecid().shortForm();
    }

    static String kind(RestoreAttempt attempt) {
        return switch (attempt.kind()) {
            case UPDATE -> "Update";
            case ERASE -> "Erase";
        };
    }

    static String outcome(AttemptOutcome outcome) {
        return switch (outcome) {
            case RUNNING -> "Running";
            case SUCCEEDED -> "Succeeded";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
            case INTERRUPTED -> "Interrupted";
        };
    }

    /** {@code USB connection (4013)}; empty when the attempt did not fail. */
    static String error(RestoreAttempt attempt) {
        if (attempt.category() == null && attempt.appleCode() == null) {
            return "";
        }
        String words = attempt.category() == null ? "Error" : attempt.category().label();
        return attempt.appleCode() == null ? words : words + " (" + attempt.appleCode() + ")";
    }

    static String fixes(RestoreAttempt attempt) {
        return String.join(", ", attempt.fixesApplied());
    }

    /** How long it ran; empty while it runs. */
    static String took(RestoreAttempt attempt) {
        return attempt.endedAt() == null ? "" : DurationText.of(Duration.between(attempt.startedAt(), attempt.endedAt()));
    }
}
