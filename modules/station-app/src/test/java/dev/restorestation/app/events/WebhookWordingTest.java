package dev.restorestation.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.text.StationLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhook settings refused when saved: the reason in the station's language where the technician reads
 * it, in English in the message the log and {@code webhooks.json}'s readers get, and never the JDK's words.
 */
class WebhookWordingTest {

    private static final String SECRET = "0123456789abcdef0123";

    @TempDir
    Path dataDir;

    @AfterEach
    void systemLanguageAgain() {
        StationLanguage.choose("");
    }

    @Test
    void aUrlWithoutAHostIsSaidInWordsInEveryLanguage() {
        Throwable refused = saving(List.of("https://"), SECRET, List.of("attempt.ended"));

        assertThat(refused).hasMessage("webhook URL 'https://' is not a web address: it has no host");
        assertThat(in("es", refused)).isEqualTo("la URL de webhook 'https://' no es una dirección web: no tiene servidor");
        assertThat(in("de", refused)).isEqualTo("Webhook-URL 'https://' ist keine Webadresse: sie nennt keinen Server");
        assertThat(Files.exists(dataDir.resolve(WebhookSettings.FILE))).as("nothing kept").isFalse();
    }

    @Test
    void aShortSecretIsSaidInTheStationsLanguage() {
        Throwable refused = saving(List.of("https://pos.example/hooks"), "short", List.of("attempt.ended"));

        assertThat(refused).hasMessage("webhooks need a secret of at least 16 characters to sign the events with");
        assertThat(in("es", refused))
                .isEqualTo("los webhooks necesitan un secreto de al menos 16 caracteres para firmar los eventos");
        assertThat(in("de", refused))
                .isEqualTo("Webhooks brauchen ein Geheimnis von mindestens 16 Zeichen, um die Ereignisse zu signieren");
    }

    @Test
    void noRefusalReadsTheSameInSpanishOrGermanAsInEnglishNorQuotesTheJdk() {
        List<Throwable> refusals = List.of(
                saving(List.of("https://pos example/"), SECRET, List.of("attempt.ended")),
                saving(List.of("https://pos.example/%zz"), SECRET, List.of("attempt.ended")),
                saving(List.of("://pos.example"), SECRET, List.of("attempt.ended")),
                saving(List.of("https://[::1/"), SECRET, List.of("attempt.ended")),
                saving(List.of("https://pos.example/ok", "https://ümlaut\u0007/"), SECRET, List.of("attempt.ended")),
                saving(List.of("ftp://pos.example/"), SECRET, List.of("attempt.ended")),
                saving(List.of("https:///hooks"), SECRET, List.of("attempt.ended")),
                saving(List.of("https://bob:pw@pos.example/"), SECRET, List.of("attempt.ended")),
                saving(List.of("http://pos.example/"), SECRET, List.of("attempt.ended")),
                saving(List.of("https://pos.example/"), SECRET, List.of("attempt.ended", "attempt.lost")),
                saving(List.of("https://pos.example/"), SECRET, List.of()));

        for (Throwable refused : refusals) {
            String english = refused.getMessage();
            assertThat(in("es", refused)).as(english).isNotEqualTo(english)
                    .doesNotContain("Expected", "Illegal", "Malformed", "Exception");
            assertThat(in("de", refused)).as(english).isNotEqualTo(english)
                    .doesNotContain("Expected", "Illegal", "Malformed", "Exception");
            assertThat(english).doesNotContain("Expected", "Illegal", "Malformed", "Exception");
        }
    }

    private Throwable saving(List<String> urls, String secret, List<String> events) {
        Throwable refused = catchThrowable(() -> WebhookSettings.write(dataDir, new ShopWebhooks.Setup(urls, secret, false, events)));
        assertThat(refused).as("%s", urls).isInstanceOf(IllegalArgumentException.class);
        return refused;
    }

    private static String in(String language, Throwable failure) {
        StationLanguage.choose(language);
        return failure.getLocalizedMessage();
    }
}
