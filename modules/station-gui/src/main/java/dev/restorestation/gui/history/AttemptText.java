package dev.restorestation.gui.history;

import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.text.DurationText;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.gui.Texts;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/** An attempt's fields in the words the history shows. */
final class AttemptText {

        private AttemptText() {
    }

    static String started(RestoreAttempt attempt, ZoneId zone) {
        return started(attempt.startedAt().atZone(zone));
    }

    static String started(TemporalAccessor moment) {
        return DateTimeFormatter.ofPattern(Texts.text("history.started.format"), StationLanguage.current()).format(moment);
    }

    static String device(RestoreAttempt attempt) {
        String type = attempt.productType() == null || attempt.productType().isBlank() ? Texts.text("history.model.unknown")
                : attempt.productType();
        return type + " " + attempt.ecid().shortForm();
    }

    static String kind(RestoreAttempt attempt) {
        return kind(attempt.kind());
    }

    static String kind(RestoreKind kind) {
        return Texts.text("kind." + kind.name());
    }

    static String outcome(AttemptOutcome outcome) {
        return Texts.text("outcome." + outcome.name());
    }

    /** "3 attempts: 1 succeeded, 1 failed, 1 cancelled": every outcome that occurs, none left out. */
    static String summary(List<RestoreAttempt> attempts) {
        String count = Texts.text("history.attempts", attempts.size());
        List<String> parts = new ArrayList<>();
        for (AttemptOutcome outcome : List.of(AttemptOutcome.SUCCEEDED, AttemptOutcome.FAILED, AttemptOutcome.CANCELLED,
                AttemptOutcome.INTERRUPTED, AttemptOutcome.RUNNING)) {
            long n = attempts.stream().filter(attempt -> attempt.outcome() == outcome).count();
            if (n > 0 || outcome == AttemptOutcome.SUCCEEDED || outcome == AttemptOutcome.FAILED) {
                parts.add(Texts.text("history.outcomeCount." + outcome.name(), n));
            }
        }
        return attempts.isEmpty() ? count : count + ": " + String.join(", ", parts);
    }

    /** {@code USB connection (4013)}; empty when the attempt did not fail. */
    static String error(RestoreAttempt attempt) {
        if (attempt.category() == null && attempt.appleCode() == null) {
            return "";
        }
        String words = attempt.category() == null ? Texts.text("history.error") : Texts.text("category." + attempt.category().id());
        return attempt.appleCode() == null ? words : words + " (" + attempt.appleCode() + ")";
    }

    static String fixes(RestoreAttempt attempt, FixNames names) {
        return names.list(attempt.fixesApplied());
    }

    /** How long it ran; empty while it runs. */
    static String took(RestoreAttempt attempt) {
        Duration took = duration(attempt);
        return took == null ? "" : DurationText.of(took, StationLanguage.current());
    }

    /** How long the attempt took; null while it has not ended. */
    static Duration duration(RestoreAttempt attempt) {
        return attempt.endedAt() == null ? null : Duration.between(attempt.startedAt(), attempt.endedAt());
    }
}
