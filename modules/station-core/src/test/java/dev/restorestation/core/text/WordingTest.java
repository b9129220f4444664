package dev.restorestation.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A wording is English for programs and logs, and the station's language for a person. */
class WordingTest {

    private final Messages messages = new Messages("dev.restorestation.core.text.sample", WordingTest.class);

    @AfterEach
    void backToEnglish() {
        StationLanguage.choose("en");
    }

    @Test
    void englishStaysEnglishWhateverTheStationSpeaks() {
        StationLanguage.choose("es");
        Wording ready = Wording.of(messages, "greeting", "4");

        assertThat(ready.text()).isEqualTo("El puerto 4 está listo");
        assertThat(ready.english()).isEqualTo("Slot 4 is ready");
        assertThat(ready).hasToString("Slot 4 is ready").isEqualTo(Wording.of(messages, "greeting", "4"));
    }

    @Test
    void aWordedFailureIsLoggedInEnglishAndShownInTheStationsLanguage() {
        StationLanguage.choose("es");
        IOException failure = new WordedIOException(Wording.of(messages, "quote", "2"));

        assertThat(failure.getMessage()).isEqualTo("Don't unplug slot 2");
        assertThat(failure.getLocalizedMessage()).isEqualTo("No desconectes el puerto 2");
        assertThat(failure.toString()).endsWith("WordedIOException: Don't unplug slot 2");
    }
}
