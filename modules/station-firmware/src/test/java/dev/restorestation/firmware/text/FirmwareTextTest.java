package dev.restorestation.firmware.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.testing.BundleAudit;
import dev.restorestation.core.text.NetworkFailure;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.text.Wording;
import dev.restorestation.firmware.download.DownloadProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The firmware jobs' progress lines: the same keys in every language, each used, each read in the station's language. */
class FirmwareTextTest {

    private static final BundleAudit AUDIT = new BundleAudit("dev.restorestation.firmware.text.messages", FirmwareText.class);

    @AfterEach
    void systemLanguageAgain() {
        StationLanguage.choose("");
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeysAndPatternsThatFormatAlike() {
        assertThat(AUDIT.keyProblems()).isEmpty();
        assertThat(AUDIT.patternProblems()).isEmpty();
        assertThat(AUDIT.englishKeys()).hasSizeGreaterThan(10);
    }

    @Test
    void everyKeyTheSourcesUseHasATextAndEveryTextIsUsed() {
        Pattern call = Pattern.compile("(?:(?<![\\w.])(?:text|wording)|CatalogNote\\.of)\\(\\s*");
        assertThat(AUDIT.usageProblems(Path.of("src/main/java/dev/restorestation/firmware"), call, Set.of())).isEmpty();
    }

    @Test
    void everyFailureReadsDifferentlyInGermanAndSpanish() {
        Object[] arguments = {"A", "B", "C", "D"};
        List<String> failures = AUDIT.englishKeys().stream().filter(key -> key.startsWith("failure.")).toList();

        assertThat(failures).hasSizeGreaterThan(30);
        for (String key : failures) {
            String english = FirmwareText.text(Locale.ENGLISH, key, arguments);
            assertThat(FirmwareText.text(Locale.GERMAN, key, arguments)).as(key).isNotEqualTo(english);
            assertThat(FirmwareText.text(Locale.forLanguageTag("es"), key, arguments)).as(key).isNotEqualTo(english);
        }
    }

    @Test
    void aWordingInsideAWordingIsSaidInTheSameLanguage() {
        Wording unreachable = FirmwareText.wording("failure.unreachable", "api.ipsw.me",
                NetworkFailure.reason(new java.net.ConnectException()));
        Wording noCopy = FirmwareText.wording("failure.noSavedCatalog", unreachable);

        assertThat(noCopy.english()).isEqualTo("cannot reach api.ipsw.me: connection refused, and no catalog was saved before");
        assertThat(noCopy.text(Locale.GERMAN))
                .isEqualTo("api.ipsw.me nicht erreichbar: Verbindung abgelehnt, und es wurde noch nie ein Katalog gespeichert");
        assertThat(noCopy.text(Locale.forLanguageTag("es")))
                .isEqualTo("no se puede conectar con api.ipsw.me: conexión rechazada, y nunca se guardó un catálogo");
    }

    @Test
    void aDownloadSaysHowItGoesInTheStationsLanguage() {
        DownloadProgress progress = new DownloadProgress(512L << 20, 6L << 30, 12.5 * (1 << 20), Duration.ofMinutes(7));

        assertThat(in("en", progress)).isEqualTo("downloaded 512.0 MiB of 6.0 GiB at 12.5 MiB/s, 7 min left");
        assertThat(in("de", progress)).startsWith("512").contains(" von ", "noch 7 min").doesNotContain("downloaded", "left");
        assertThat(in("es", progress)).startsWith("descargados 512").contains("quedan 7 min").doesNotContain("left");
        assertThat(in("de", new DownloadProgress(1, 2, 1, Duration.ofSeconds(40)))).endsWith("noch 40 s");
    }

    private static String in(String language, DownloadProgress progress) {
        StationLanguage.choose(language);
        return progress.describe();
    }
}
