package dev.restorestation.gui.history;

import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.text.DurationText;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** "3 attempts: 1 succeeded, 1 failed, 1 cancelled": every outcome that occurs, none left out. */
    static String summary(List<RestoreAttempt> attempts) {
        String count = attempts.size() + (attempts.size() == 1 ? " attempt" : " attempts");
        List<String> parts = new ArrayList<>();
        for (AttemptOutcome outcome : List.of(AttemptOutcome.SUCCEEDED, AttemptOutcome.FAILED, AttemptOutcome.CANCELLED,
                AttemptOutcome.INTERRUPTED, AttemptOutcome.RUNNING)) {
            long n = attempts.stream().filter(attempt -> attempt.outcome() == outcome).count();
            if (n > 0 || outcome == AttemptOutcome.SUCCEEDED || outcome == AttemptOutcome.FAILED) {
                parts.add(n + " " + outcome(outcome).toLowerCase(Locale.ROOT));
            }
        }
        return attempts.isEmpty() ? count : count + ": " + String.join(", ", parts);
    }

    /** {@code USB connection (4013)}; empty when the attempt did not fail. */
    static String error(RestoreAttempt attempt) {
        if (attempt.category() == null && attempt.appleCode() == null) {
            return "";
        }
        String words = attempt.category() == null ? "Error" : attempt.category().label();
        return attempt.appleCode() == null ? words : words + " (" + attempt.appleCode() + ")";
    }

    static String fixes(RestoreAttempt attempt, FixNames names) {
        return names.list(attempt.fixesApplied());
    }

    /** How long it ran; empty while it runs. */
    static String took(RestoreAttempt attempt) {
        return attempt.endedAt() == null ? "" : DurationText.of(Duration.between(attempt.startedAt(), attempt.endedAt()));
    }
}
