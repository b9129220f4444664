package dev.restorestation.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.restorestation.core.history.ShopWebhooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** webhooks.json as Settings saves it: checked as a whole, kept owner-only, never half-written. */
class WebhookSettingsTest {

    private static final String SECRET = "shop-secret-0123456789";

    @TempDir
    Path dataDir;

    @Test
    void whatSettingsSavesReadsBackAndIsForTheOwnerOnly() throws Exception {
        ShopWebhooks.Setup setup = new ShopWebhooks.Setup(List.of("https://pos.example/hooks?token=abc",
                "http://127.0.0.1:8080/hooks"), SECRET, false, List.of("attempt.ended"));

        WebhookSettings.write(dataDir, setup);

        assertThat(WebhookSettings.setup(dataDir)).isEqualTo(setup);
        WebhookSettings read = WebhookSettings.read(dataDir);
        assertThat(read.endpoints()).extracting(WebhookEndpoint::describe)
                .containsExactly("https://pos.example/hooks", "http://127.0.0.1:8080/hooks");
        assertThat(read.events()).containsExactly("attempt.ended");
        if (Files.getFileStore(dataDir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(dataDir.resolve(WebhookSettings.FILE)))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void aURLThatCannotBeUsedIsRefusedWithItsReasonAndTheFileStaysAsItWas() throws Exception {
        ShopWebhooks.Setup good = new ShopWebhooks.Setup(List.of("https://pos.example/hooks"), SECRET, false,
                ShopWebhooks.DEFAULT_EVENTS);
        WebhookSettings.write(dataDir, good);
        String before = Files.readString(dataDir.resolve(WebhookSettings.FILE));

        assertThatThrownBy(() -> WebhookSettings.write(dataDir, new ShopWebhooks.Setup(
                List.of("https://pos.example/hooks", "http://pos.example/plain"), SECRET, false, ShopWebhooks.DEFAULT_EVENTS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL 'http://pos.example/plain' uses plain HTTP to another computer;"
                        + " use https://, or set allowPlainHttp in webhooks.json");
        assertThatThrownBy(() -> WebhookSettings.write(dataDir, new ShopWebhooks.Setup(List.of("pos.example/hooks"),
                SECRET, false, ShopWebhooks.DEFAULT_EVENTS)))
                .hasMessageContaining("must start with https://");
        assertThatThrownBy(() -> WebhookSettings.write(dataDir, new ShopWebhooks.Setup(List.of("https://pos.example/h"),
                "short", false, ShopWebhooks.DEFAULT_EVENTS)))
                .hasMessage("webhooks need a secret of at least 16 characters to sign the events with");
        assertThatThrownBy(() -> WebhookSettings.write(dataDir, new ShopWebhooks.Setup(List.of("https://pos.example/h"),
                SECRET, false, List.of("attempt.finished"))))
                .hasMessageStartingWith("no event type 'attempt.finished'");

        assertThat(Files.readString(dataDir.resolve(WebhookSettings.FILE))).isEqualTo(before);
        assertThat(dataDir.resolve(WebhookSettings.FILE + ".tmp")).doesNotExist();
    }

    @Test
    void anOversizedFileIsRefusedUnread() throws Exception {
        Files.writeString(dataDir.resolve(WebhookSettings.FILE), "{\"endpoints\": [" + "\"https://pos.example/h\", "
                .repeat(4000) + "\"https://pos.example/h\"], \"secret\": \"" + SECRET + "\"}");

        assertThatThrownBy(() -> WebhookSettings.read(dataDir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("is larger than 64 KiB: it cannot be a list of webhooks");
    }

    @Test
    void aFileThatIsAPipeIsRefusedUnread() throws Exception {
        Path pipe = dataDir.resolve(WebhookSettings.FILE);
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo");

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> WebhookSettings.read(dataDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(pipe + " is not a file (a folder, a pipe or a device): it cannot be a list of webhooks"));
    }

    @Test
    void plainHttpToAnotherComputerIsTakenOnlyWhenAllowedExplicitly() throws Exception {
        WebhookSettings.write(dataDir, new ShopWebhooks.Setup(List.of("http://pos.lan/hooks"), SECRET, true,
                ShopWebhooks.DEFAULT_EVENTS));

        assertThat(WebhookSettings.read(dataDir).endpoints()).hasSize(1);
    }

    @Test
    void aFileWithoutAnEventsListPostsTheEndsAndVerifications() throws Exception {
        Files.writeString(dataDir.resolve(WebhookSettings.FILE),
                "{\"endpoints\": [\"https://pos.example/h\"], \"secret\": \"" + SECRET + "\"}");

        assertThat(WebhookSettings.read(dataDir).events()).containsExactlyInAnyOrder("attempt.ended", "attempt.verified");
    }

    @Test
    void aHandEditedFileOfTheWrongShapeIsRefusedNotReadAsNoWebhooks() throws Exception {
        Path file = dataDir.resolve(WebhookSettings.FILE);
        Files.writeString(file, "[]");
        assertThatThrownBy(() -> WebhookSettings.read(dataDir))
                .hasMessage(file + " must hold one JSON object with \"endpoints\" and \"secret\"");

        Files.writeString(file, "{\"endpoints\": 42, \"secret\": \"" + SECRET + "\"}");
        assertThatThrownBy(() -> WebhookSettings.read(dataDir))
                .hasMessage("\"endpoints\" in " + file + " must be a list of texts, e.g. [\"https://…\"]");

        Files.writeString(file, "{\"endpoints\": \"https://pos.example/h\", \"events\": \"attempt.ended\", \"secret\": \""
                + SECRET + "\"}");
        WebhookSettings one = WebhookSettings.read(dataDir);
        assertThat(one.endpoints()).hasSize(1);
        assertThat(one.events()).containsExactly("attempt.ended");
    }
}
