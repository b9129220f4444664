package dev.restorestation.devices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.ButtonGuide;
import dev.restorestation.core.text.StationLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DFU and Recovery steps reach a Spanish or German technician in their words, with the same timings. */
class ButtonGuideTranslationTest {

    private final BundledButtonGuides guides = BundledButtonGuides.load();

    @AfterEach
    void backToEnglish() {
        StationLanguage.choose("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "de"})
    void everyTextOfEveryGuideIsTranslatedAndNoKeyNamesATextTheGuidesLack(String tag) {
        Properties translation = ButtonGuideTranslation.read(Locale.forLanguageTag(tag));
        Set<String> needed = new TreeSet<>();
        for (BundledButtonGuides.Family family : guides.families()) {
            ButtonGuide guide = family.guide();
            needed.add("name." + guide.family());
            needed.add("release." + guide.family());
            needed.add("keep." + guide.family());
            for (int i = 1; i <= guide.dfu().steps().size(); i++) {
                needed.add("dfu." + guide.family() + "." + i);
            }
            for (int i = 1; guide.recovery() != null && i <= guide.recovery().steps().size(); i++) {
                needed.add("recovery." + guide.family() + "." + i);
            }
        }
        assertThat(new TreeSet<>(translation.stringPropertyNames())).as(ButtonGuideTranslation.resource(Locale.forLanguageTag(tag)))
                .isEqualTo(needed);
        assertThat(translation.stringPropertyNames()).allSatisfy(key -> assertThat(translation.getProperty(key)).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "de"})
    void aTranslatedGuideHasItsOwnWordsAndTheSameTimingsAndSources(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        List<String> untranslated = new ArrayList<>();
        for (int f = 0; f < guides.families().size(); f++) {
            ButtonGuide english = guides.families().get(f).guide();
            ButtonGuide translated = guides.families(language).get(f).guide();
            assertThat(translated.family()).isEqualTo(english.family());
            compare(english.dfu(), translated.dfu(), untranslated);
            if (english.recovery() != null) {
                compare(english.recovery(), translated.recovery(), untranslated);
            }
            if (translated.name().equals(english.name())) {
                untranslated.add(english.name());
            }
        }
        assertThat(untranslated).as("texts still in English").isEmpty();
    }

    private static void compare(ButtonGuide.Sequence english, ButtonGuide.Sequence translated, List<String> untranslated) {
        assertThat(translated.source()).isEqualTo(english.source());
        assertThat(translated.seconds()).isEqualTo(english.seconds());
        assertThat(translated.steps()).hasSameSizeAs(english.steps());
        for (int i = 0; i < english.steps().size(); i++) {
            assertThat(translated.steps().get(i).seconds()).isEqualTo(english.steps().get(i).seconds());
            if (translated.steps().get(i).action().equals(english.steps().get(i).action())) {
                untranslated.add(english.steps().get(i).action());
            }
        }
        if (!english.release().isEmpty() && translated.release().equals(english.release())) {
            untranslated.add(english.release());
        }
    }

    @Test
    void theGuideOfADeviceFollowsTheStationsLanguage() {
        StationLanguage.choose("de");
        ButtonGuide german = guides.forProductType("iPhone14,2").orElseThrow();
        assertThat(german.name()).isEqualTo("iPhone X und neuer (ohne Home-Taste)");
        assertThat(german.dfu().steps().get(0).action()).isEqualTo("Lauter-Taste drücken und sofort loslassen");
        assertThat(german.dfu().release()).isEqualTo("Seitentaste");
        StationLanguage.choose("es");
        assertThat(guides.forProductType("iPhone9,3").orElseThrow().dfu().keep()).isEqualTo("botón de bajar volumen");
        StationLanguage.choose("en");
        assertThat(guides.forProductType("iPhone14,2").orElseThrow().dfu().steps().get(0).action())
                .isEqualTo("Press and quickly release volume up");
    }
}
