package dev.restorestation.core.text;

import java.time.Duration;

/** Durations as a technician reads them: {@code 45 s}, {@code 2 min 5 s}, {@code 1 h 12 min}, {@code 3 days}. */
public final class DurationText {

    private DurationText() {
    }

    /** Two units at most, rounded up to the second, never negative. */
    public static String of(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            long rest = seconds % 60;
            return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
        }
        long hours = minutes / 60;
        if (hours >= 48) {
            return hours / 24 + " days";
        }
        long rest = minutes % 60;
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
}
