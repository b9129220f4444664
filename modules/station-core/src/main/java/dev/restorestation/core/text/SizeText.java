package dev.restorestation.core.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as a technician reads and types them, in the window and on the command line: {@code 9.6 GiB}, {@code 200G}. */
public final class SizeText {

    private static final String UNITS = "KMGTP";
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*([KMGTP]?)(?:i?B)?", Pattern.CASE_INSENSITIVE);

    private SizeText() {
    }

    /**
     * Binary units with one decimal: {@code 512 B}, {@code 1.5 KiB}, {@code 9.6 GiB}; a value that
     * would round to 1024 of one unit is one of the next ({@code 1.0 MiB}, never {@code 1024.0 KiB}).
     * The decimal point is always a point, as JSON, CSV and logs keep it.
     */
    public static String bytes(long bytes) {
        return bytes(bytes, Locale.ROOT);
    }

    /** As a technician reads it in the station's language: {@code 9,6 GiB} in German and Spanish. */
    public static String shown(long bytes) {
        return bytes(bytes, StationLanguage.current());
    }

    /** The same with {@code language}'s decimal separator: {@code 9,6 GiB} in German and Spanish. */
    public static String bytes(long bytes, Locale language) {
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
        return String.format(language, "%.1f %siB", value, UNITS.charAt(unit));
    }

    /** Parses {@code 500M}, {@code 200G}, {@code 1.5T}, {@code 9.6 GiB}, {@code 9,6 GiB} or a plain byte count (binary units). */
    public static long parse(String text) {
        Matcher matcher = SIZE.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (use e.g. 200G, 500M or a byte count)");
        }
        double number = Double.parseDouble(matcher.group(1).replace(',', '.'));
        String unit = matcher.group(2).toUpperCase(Locale.ROOT);
        int power = unit.isEmpty() ? 0 : UNITS.indexOf(unit) + 1;
        return (long) (number * Math.pow(1024, power));
    }
}
