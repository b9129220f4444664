package dev.restorestation.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void durationsShowAtMostTwoUnitsAndRoundUpToTheSecond() {
        assertThat(DurationText.of(Duration.ZERO)).isEqualTo("0 s");
        assertThat(DurationText.of(Duration.ofMillis(44_100))).isEqualTo("45 s");
        assertThat(DurationText.of(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
        assertThat(DurationText.of(Duration.ofMinutes(3))).isEqualTo("3 min");
        assertThat(DurationText.of(Duration.ofMinutes(72))).isEqualTo("1 h 12 min");
        assertThat(DurationText.of(Duration.ofHours(5))).isEqualTo("5 h");
        assertThat(DurationText.of(Duration.ofDays(3).plusHours(5))).isEqualTo("3 days");
        assertThat(DurationText.of(Duration.ofSeconds(-5))).isEqualTo("0 s");
    }
}
