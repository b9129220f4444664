package dev.restorestation.core.text;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as a technician reads them: {@code 45 s}, {@code 2 min 5 s}, {@code 1 h 12 min}, {@code 3 days}.
 * Without a language they are in English, as JSON, CSV and logs keep them.
 */
public final class DurationText {

    static final Messages WORDS = new Messages("dev.restorestation.core.text.words", DurationText.class);

    private DurationText() {
    }

    /** Two units at most, rounded up to the second, never negative; in English. */
    public static String of(Duration duration) {
        return of(duration, Locale.ENGLISH);
    }

    /** The same in {@code language}'s words and numbers. */
    public static String of(Duration duration, Locale language) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return WORDS.text(language, "duration.seconds", seconds);
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            long rest = seconds % 60;
            return rest == 0 ? WORDS.text(language, "duration.minutes", minutes)
                    : WORDS.text(language, "duration.minutesSeconds", minutes, rest);
        }
        long hours = minutes / 60;
        if (hours >= 48) {
            return WORDS.text(language, "duration.days", hours / 24);
        }
        long rest = minutes % 60;
        return rest == 0 ? WORDS.text(language, "duration.hours", hours)
                : WORDS.text(language, "duration.hoursMinutes", hours, rest);
    }
}
