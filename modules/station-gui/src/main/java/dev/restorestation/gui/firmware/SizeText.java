package dev.restorestation.gui.firmware;

import java.time.Duration;
import java.util.Locale;

/** Sizes and durations as a technician reads them: {@code 9.6 GiB}, {@code 2 min 5 s}. */
public final class SizeText {

    private static final String UNITS = "KMGTP";

    private SizeText() {
    }

    /** Binary units with one decimal: {@code 512 B}, {@code 1.5 KiB}, {@code 9.6 GiB}. */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length() - 1) {
            value /= 1024;
            unit++;
        }
        if (value >= 1023.95 && unit < UNITS.length() - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %siB", value, UNITS.charAt(unit));
    }

    /** {@code 45 s}, {@code 2 min 5 s}, {@code 1 h 12 min}, {@code 3 days}: two units at most, never zero-padded noise. */
    public static String duration(Duration duration) {
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
