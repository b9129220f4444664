package dev.restorestation.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Moments and durations in each language's words and date format; English unless a language is given. */
class WhenTextTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T15:30:00Z"), ZoneId.of("Europe/Berlin"));
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void withoutALanguageTheWordsStayEnglish() {
        WhenText when = new WhenText(CLOCK);
        assertThat(when.of(Instant.parse("2026-12-05T13:02:00Z"))).isEqualTo("today 14:02");
        assertThat(when.of(Instant.parse("2026-12-04T08:13:00Z"))).isEqualTo("yesterday 09:13");
        assertThat(when.of(Instant.parse("2026-11-01T10:00:00Z"))).isEqualTo("2026-11-01");
        assertThat(when.of(null)).isEqualTo("never");
    }

    @Test
    void eachLanguageHasItsWordsAndItsDates() {
        WhenText spanish = new WhenText(CLOCK, SPANISH);
        WhenText german = new WhenText(CLOCK, Locale.GERMAN);
        assertThat(spanish.of(Instant.parse("2026-12-05T13:02:00Z"))).isEqualTo("hoy 14:02");
        assertThat(german.of(Instant.parse("2026-12-04T08:13:00Z"))).isEqualTo("gestern 09:13");
        assertThat(spanish.of(Instant.parse("2026-11-01T10:00:00Z"))).isEqualTo("01/11/2026");
        assertThat(german.of(Instant.parse("2026-11-01T10:00:00Z"))).isEqualTo("01.11.2026");
        assertThat(german.of(null)).isEqualTo("nie");
    }

    @Test
    void durationsHaveTheLanguagesWordsAndNumbers() {
        assertThat(DurationText.of(Duration.ofDays(3), SPANISH)).isEqualTo("3 días");
        assertThat(DurationText.of(Duration.ofDays(3), Locale.GERMAN)).isEqualTo("3 Tage");
        assertThat(DurationText.of(Duration.ofDays(1500), Locale.ENGLISH)).isEqualTo("1500 days");
        assertThat(DurationText.of(Duration.ofMinutes(72), Locale.GERMAN)).isEqualTo("1 h 12 min");
    }

    @Test
    void sizesHaveTheLanguagesDecimalSeparatorOnlyWhenAsked() {
        long size = (long) (9.6 * 1024 * 1024 * 1024);
        assertThat(SizeText.bytes(size, Locale.GERMAN)).isEqualTo("9,6 GiB");
        assertThat(SizeText.bytes(size, SPANISH)).isEqualTo("9,6 GiB");
        assertThat(SizeText.bytes(size)).isEqualTo("9.6 GiB");
    }

    @Test
    void everyWordIsWrittenInEveryLanguage() {
        for (Locale language : StationLanguage.AVAILABLE) {
            assertThat(DurationText.WORDS.keysWrittenFor(language)).as(language.toString())
                    .isEqualTo(DurationText.WORDS.keysWrittenFor(Locale.ENGLISH));
        }
    }
}
