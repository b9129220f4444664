package dev.restorestation.gui.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SizeTextTest {

    @Test
    void bytesUseBinaryUnitsWithOneDecimal() {
        assertThat(SizeText.bytes(0)).isEqualTo("0 B");
        assertThat(SizeText.bytes(1023)).isEqualTo("1023 B");
        assertThat(SizeText.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(SizeText.bytes(10_307_921_510L)).isEqualTo("9.6 GiB");
        assertThat(SizeText.bytes(300L << 30)).isEqualTo("300.0 GiB");
    }

    @Test
    void aValueThatWouldRoundTo1024MovesToTheNextUnit() {
        assertThat(SizeText.bytes((1L << 30) - 1)).isEqualTo("1.0 GiB");
        assertThat(SizeText.bytes((1L << 20) - 10)).isEqualTo("1.0 MiB");
    }

    @Test
    void durationsShowAtMostTwoUnitsAndRoundUpToTheSecond() {
        assertThat(SizeText.duration(Duration.ZERO)).isEqualTo("0 s");
        assertThat(SizeText.duration(Duration.ofMillis(44_100))).isEqualTo("45 s");
        assertThat(SizeText.duration(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
        assertThat(SizeText.duration(Duration.ofMinutes(3))).isEqualTo("3 min");
        assertThat(SizeText.duration(Duration.ofMinutes(72))).isEqualTo("1 h 12 min");
        assertThat(SizeText.duration(Duration.ofHours(5))).isEqualTo("5 h");
        assertThat(SizeText.duration(Duration.ofDays(3).plusHours(5))).isEqualTo("3 days");
        assertThat(SizeText.duration(Duration.ofSeconds(-5))).isEqualTo("0 s");
    }
}
