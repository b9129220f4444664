package dev.restorestation.devices.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.testing.BundleAudit;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.text.Wording;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The device layer's words: complete in every language, all used, English for programs and the station's language for a person. */
class DeviceTextsTest {

    private static final BundleAudit AUDIT = new BundleAudit("dev.restorestation.devices.texts", DeviceTexts.class);

    @AfterEach
    void backToEnglish() {
        StationLanguage.choose("en");
    }

    @Test
    void everyLanguageHasTheEnglishKeysAndPatternsThatFormatAlike() {
        assertThat(AUDIT.englishKeys()).isNotEmpty();
        assertThat(AUDIT.keyProblems()).isEmpty();
        assertThat(AUDIT.patternProblems()).isEmpty();
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyHasAText() {
        assertThat(AUDIT.usageProblems(Path.of("src/main/java"), Pattern.compile("wording\\(\\s*"), Set.of())).isEmpty();
    }

    @Test
    void aWordingIsEnglishForProgramsAndTheStationsLanguageForAPerson() {
        StationLanguage.choose("es");
        Wording problem = DeviceTexts.wording("problem.usbmuxdNotRunning");

        assertThat(problem.english()).isEqualTo("usbmuxd is not running: start it to see this device's details");
        assertThat(problem.text()).startsWith("usbmuxd no está en marcha");
        assertThat(problem.text(Locale.GERMAN)).startsWith("usbmuxd läuft nicht");
    }
}
