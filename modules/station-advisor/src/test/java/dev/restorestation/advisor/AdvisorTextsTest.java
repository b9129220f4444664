package dev.restorestation.advisor;

import static dev.restorestation.core.diagnosis.ErrorCategory.USB_CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.testing.BundleAudit;
import dev.restorestation.core.text.StationLanguage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The advisor's own sentences: complete in every language, all used, and what the advice says in the station's language. */
class AdvisorTextsTest {

    private static final BundleAudit AUDIT = new BundleAudit("dev.restorestation.advisor.advice", AdvisorTexts.class);
    private static final Ecid PHONE = new Ecid(0x1A2B3C4D5E6F01L);

    @AfterEach
    void backToEnglish() {
        StationLanguage.choose("en");
    }

    @Test
    void everyLanguageHasTheEnglishKeysAndPatternsThatFormatAlike() {
        assertThat(AUDIT.keyProblems()).isEmpty();
        assertThat(AUDIT.patternProblems()).isEmpty();
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyHasAText() {
        Pattern call = Pattern.compile("MESSAGES\\.text\\(\\w+,\\s*");
        assertThat(AUDIT.usageProblems(Path.of("src/main/java"), call, Set.of("category."))).isEmpty();
        assertThat(AUDIT.englishKeys().stream().filter(key -> key.startsWith("category.")).sorted().toList())
                .isEqualTo(Arrays.stream(ErrorCategory.values()).map(c -> "category." + c.id()).sorted().toList());
    }

    @Test
    void theAdviceFollowsTheStationsLanguageUnlessEnglishIsAskedFor() {
        RecordedHistory history = new RecordedHistory();
        history.failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION, "cable-swap")
                .failed(PHONE, "iPhone12,1", "1", 4013, USB_CONNECTION, "direct-port")
                .running(PHONE, "iPhone12,1", "1", "update-host");
        ShopAdvisor advisor = new ShopAdvisor(KnowledgeBase.bundled(), history, Clock.systemUTC());
        Diagnosis linkLost = new Diagnosis(USB_CONNECTION, 4013, null, "");
        Properties german = KnowledgeTranslation.read(Locale.GERMAN);

        StationLanguage.choose("de");
        Advice inGerman = advisor.advise(linkLost, "iPhone12,1", PHONE);
        Advice inEnglish = advisor.advise(linkLost, "iPhone12,1", PHONE, Locale.ENGLISH);

        assertThat(inGerman.meaning()).isEqualTo(german.getProperty("error.apple-4013"));
        assertThat(inGerman.escalation()).startsWith("3-mal").contains("wahrscheinlich Hardware");
        assertThat(inGerman.fixes().get(0).text()).isEqualTo(german.getProperty("fix." + inGerman.fixes().get(0).id()));
        assertThat(inEnglish.meaning()).isEqualTo("The device lost its connection to the computer during the restore.");
        assertThat(inEnglish.escalation()).startsWith("Failed 3 times");
        assertThat(inEnglish.fixes()).extracting(f -> f.id()).isEqualTo(inGerman.fixes().stream().map(f -> f.id()).toList());
    }

    @Test
    void evidenceAndSlotFindingsCountInTheLanguage() {
        assertThat(FixRanking.evidence(new dev.restorestation.core.history.FixOutcome("cable-swap", 1, 1), Locale.GERMAN))
                .isEqualTo("hat hier bei 1 von 1 Versuch geholfen");
        assertThat(FixRanking.evidence(new dev.restorestation.core.history.FixOutcome("cable-swap", 9, 7), Locale.forLanguageTag("es")))
                .isEqualTo("funcionó 7 de 9 veces en este taller");
        assertThat(new SlotFinding("5", 13, 9, 120, 4, 0.000123).describe(Locale.GERMAN))
                .isEqualTo("Steckplatz 5 verlor USB bei 9 von 13 Versuchen, der Rest der Station bei 4 von 120 (p = 0,00012):"
                        + " Kabel oder Hub-Port tauschen");
    }
}
