package dev.restorestation.core.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Moments in the shop's time zone: {@code today 14:02}, {@code yesterday 09:13}, {@code 2026-11-01};
 * in Spanish {@code hoy 14:02}, {@code 01/11/2026}, in German {@code gestern 09:13}, {@code 01.11.2026}.
 */
public final class WhenText {

    private final Clock clock;
    private final Locale language;
    private final DateTimeFormatter time;
    private final DateTimeFormatter date;

    /** In English, as JSON, CSV and logs keep them. */
    public WhenText(Clock clock) {
        this(clock, Locale.ENGLISH);
    }

    public WhenText(Clock clock, Locale language) {
        this.clock = clock;
        this.language = language;
        this.time = DateTimeFormatter.ofPattern(DurationText.WORDS.text(language, "when.time"), language);
        this.date = DateTimeFormatter.ofPattern(DurationText.WORDS.text(language, "when.date"), language);
    }

    public String of(Instant when) {
        if (when == null) {
            return DurationText.WORDS.text(language, "when.never");
        }
        ZonedDateTime local = when.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = local.toLocalDate();
        if (day.equals(today)) {
            return DurationText.WORDS.text(language, "when.today", time.format(local));
        }
        if (day.equals(today.minusDays(1))) {
            return DurationText.WORDS.text(language, "when.yesterday", time.format(local));
        }
        return date.format(day);
    }
}
