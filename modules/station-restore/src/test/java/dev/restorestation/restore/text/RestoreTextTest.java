package dev.restorestation.restore.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.testing.BundleAudit;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The restore module's texts: the same keys in every language, patterns that format alike, every key used. */
class RestoreTextTest {

    private static final BundleAudit AUDIT = new BundleAudit("dev.restorestation.restore.text.messages", RestoreText.class);

    @Test
    void everyLanguageHasExactlyTheEnglishKeysAndPatternsThatFormatAlike() {
        assertThat(AUDIT.keyProblems()).isEmpty();
        assertThat(AUDIT.patternProblems()).isEmpty();
        assertThat(AUDIT.englishKeys()).isNotEmpty();
    }

    @Test
    void everyKeyTheSourcesUseHasATextAndEveryTextIsUsed() {
        Pattern call = Pattern.compile("(?:RestoreText\\.text\\(\\s*\\w+,|(?<![\\w.])wording\\(|RestoreText\\.wording\\()\\s*");
        assertThat(AUDIT.usageProblems(Path.of("src/main/java/dev/restorestation/restore"), call, Set.of())).isEmpty();
    }

    @Test
    void everyRefusalReadsDifferentlyInGermanAndSpanishWhileItsEnglishIsTheOneKept() {
        Object[] arguments = {"A", "B", "C", "D"};
        List<String> refusals = AUDIT.englishKeys().stream()
                .filter(key -> key.startsWith("notStarted.") || key.startsWith("misfit.") || key.startsWith("signing.")
                        || key.startsWith("engine."))
                .toList();

        assertThat(refusals).hasSizeGreaterThan(15);
        for (String key : refusals) {
            String english = RestoreText.text(Locale.ENGLISH, key, arguments);
            assertThat(RestoreText.text(Locale.GERMAN, key, arguments)).as(key).isNotEqualTo(english);
            assertThat(RestoreText.text(Locale.forLanguageTag("es"), key, arguments)).as(key).isNotEqualTo(english);
        }
        assertThat(RestoreText.wording("notStarted.noFirmware", "not an IPSW").english())
                .isEqualTo("No usable firmware: not an IPSW");
    }
}
