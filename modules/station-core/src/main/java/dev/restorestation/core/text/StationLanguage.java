package dev.restorestation.core.text;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The language the station speaks to the technician: the system's when it is one the station
 * has, else English; Settings may choose another. JSON, CSV and log output never follow it.
 */
public final class StationLanguage {

    /** The languages with complete texts; English is the source every other is checked against. */
    public static final List<Locale> AVAILABLE = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.GERMAN);

    private static volatile Locale current = fromSystem();

    private StationLanguage() {
    }

    public static Locale current() {
        return current;
    }

    /** Sets the language from a Settings value: a language tag such as {@code de}, or empty for the system's. */
    public static void choose(String tag) {
        current = tag == null || tag.isBlank() ? fromSystem() : supported(Locale.forLanguageTag(tag.strip()));
    }

    static Locale fromSystem() {
        return supported(Locale.getDefault(Locale.Category.DISPLAY));
    }

    static Locale supported(Locale wanted) {
        Objects.requireNonNull(wanted, "wanted");
        return AVAILABLE.stream()
                .filter(locale -> locale.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
