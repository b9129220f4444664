package dev.restorestation.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages("dev.restorestation.core.text.sample", MessagesTest.class);

    @AfterEach
    void backToTheSystemLanguage() {
        StationLanguage.choose("");
    }

    @Test
    void aTextIsInTheChosenLanguageWithItsArguments() {
        StationLanguage.choose("es");

        assertThat(messages.text("greeting", 4)).isEqualTo("El puerto 4 está listo");
    }

    @Test
    void aDoubledApostropheComesOutAsOne() {
        assertThat(messages.text(Locale.ENGLISH, "quote", 3)).isEqualTo("Don't unplug slot 3");
    }

    @Test
    void numbersFollowTheLanguage() {
        assertThat(messages.text(Locale.GERMAN, "greeting", 1234)).isEqualTo("Slot 1.234 is ready");
        assertThat(messages.text(Locale.ENGLISH, "greeting", 1234)).isEqualTo("Slot 1,234 is ready");
    }

    @Test
    void aKeyMissingFromATranslationFallsBackToEnglishAndIsToldApart() {
        Locale spanish = Locale.forLanguageTag("es");

        assertThat(messages.text(spanish, "only.english")).isEqualTo("Only here");
        assertThat(messages.keysWrittenFor(spanish)).containsExactlyInAnyOrder("greeting", "quote");
        assertThat(messages.keysWrittenFor(Locale.ENGLISH)).contains("only.english");
    }

    @Test
    void anUnknownKeyIsAnError() {
        assertThatThrownBy(() -> messages.text("no.such.key")).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void aLanguageTheStationLacksBecomesEnglishAndAnEmptyChoiceTheSystemOne() {
        StationLanguage.choose("fr");
        assertThat(StationLanguage.current()).isEqualTo(Locale.ENGLISH);

        StationLanguage.choose("de-AT");
        assertThat(StationLanguage.current()).isEqualTo(Locale.GERMAN);

        StationLanguage.choose("");
        assertThat(StationLanguage.current()).isEqualTo(StationLanguage.supported(Locale.getDefault(Locale.Category.DISPLAY)));
    }
}
