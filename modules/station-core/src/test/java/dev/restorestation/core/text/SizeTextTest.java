package dev.restorestation.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
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
        assertThat(SizeText.bytes((1L << 20) - 1)).isEqualTo("1.0 MiB");
        assertThat(SizeText.bytes((1L << 20) - 10)).isEqualTo("1.0 MiB");
        assertThat(SizeText.bytes((1L << 30) - 1)).isEqualTo("1.0 GiB");
        assertThat(SizeText.bytes((1L << 20) - 52)).isEqualTo("1023.9 KiB");
    }

    @Test
    void parsesWhatATechnicianTypes() {
        assertThat(SizeText.parse("200G")).isEqualTo(200L << 30);
        assertThat(SizeText.parse("500 MiB")).isEqualTo(500L << 20);
        assertThat(SizeText.parse("1.5t")).isEqualTo(3L << 39);
        assertThat(SizeText.parse("4096")).isEqualTo(4096);
        assertThatThrownBy(() -> SizeText.parse("lots")).hasMessage("not a size: 'lots' (use e.g. 200G, 500M or a byte count)");
    }

    @Test
    void whatItPrintsItReadsBack() {
        for (long size : new long[] {1536, 300L << 30, 5L << 40}) {
            assertThat(SizeText.parse(SizeText.bytes(size))).isEqualTo(size);
            assertThat(SizeText.parse(SizeText.bytes(size, Locale.GERMAN))).isEqualTo(size);
        }
    }

    @Test
    void aTechnicianReadsSizesWithTheStationLanguagesDecimalSeparator() {
        try {
            StationLanguage.choose("de");
            assertThat(SizeText.shown(10_307_921_510L)).isEqualTo("9,6 GiB");
            StationLanguage.choose("es");
            assertThat(SizeText.shown(1536)).isEqualTo("1,5 KiB");
            StationLanguage.choose("en");
            assertThat(SizeText.shown(1536)).isEqualTo("1.5 KiB");
        } finally {
            StationLanguage.choose("en");
        }
        assertThat(SizeText.bytes(1536)).as("JSON, CSV and logs keep the point").isEqualTo("1.5 KiB");
    }
}
