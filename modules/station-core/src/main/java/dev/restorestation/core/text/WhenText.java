package dev.restorestation.core.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Moments in the shop's time zone: {@code today 14:02}, {@code yesterday 09:13}, {@code 2026-11-01}. */
public final class WhenText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;

    public WhenText(Clock clock) {
        this.clock = clock;
    }

    public String of(Instant when) {
        if (when == null) {
            return "never";
        }
        ZonedDateTime local = when.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = local.toLocalDate();
        if (day.equals(today)) {
            return "today " + TIME.format(local);
        }
        if (day.equals(today.minusDays(1))) {
            return "yesterday " + TIME.format(local);
        }
        return DateTimeFormatter.ISO_LOCAL_DATE.format(day);
    }
}
