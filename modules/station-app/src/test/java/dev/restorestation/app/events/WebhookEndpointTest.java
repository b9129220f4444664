package dev.restorestation.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which webhook URLs the station posts to, and what it says about the others. */
class WebhookEndpointTest {

    @TempDir
    Path dataDir;

    @Test
    void httpsAnywhereAndPlainHttpOnlyToThisComputer() {
        assertThat(WebhookEndpoint.check("https://pos.example/hooks?token=abc", false).describe())
                .isEqualTo("https://pos.example/hooks");
        assertThat(WebhookEndpoint.check("http://127.0.0.1:8080/hooks", false).uri().getPort()).isEqualTo(8080);
        assertThat(WebhookEndpoint.check("http://localhost/hooks", false)).isNotNull();
        assertThat(WebhookEndpoint.check("http://[::1]:9000/hooks", false)).isNotNull();
        assertThatThrownBy(() -> WebhookEndpoint.check("http://pos.example/hooks", false))
                .hasMessage("webhook URL 'http://pos.example/hooks' uses plain HTTP to another computer;"
                        + " use https://, or set allowPlainHttp in webhooks.json");
        assertThat(WebhookEndpoint.check("http://pos.example/hooks", true)).isNotNull();
        assertThatThrownBy(() -> WebhookEndpoint.check("http://127.0.0.1.pos.example/hooks", false))
                .as("a name that only starts like loopback").hasMessageContaining("plain HTTP to another computer");
    }

    @Test
    void whatCannotBeAnEndpointIsSaidInOneLine() {
        assertThatThrownBy(() -> WebhookEndpoint.check("ftp://pos.example/x", false))
                .hasMessage("webhook URL 'ftp://pos.example/x' must start with https:// (or http:// to this computer)");
        assertThatThrownBy(() -> WebhookEndpoint.check("https:///hooks", false)).hasMessage("webhook URL 'https:///hooks' names no host");
        assertThatThrownBy(() -> WebhookEndpoint.check("https://bob:pw@pos.example/", false))
                .hasMessageStartingWith("webhook URL 'https://bob:pw@pos.example/' must not carry a user name or password");
        assertThatThrownBy(() -> WebhookEndpoint.check("https://pos example/", false))
                .hasMessage("webhook URL 'https://pos example/' is not a web address: it holds a space (at character 12)");
    }

    @Test
    void theFileKeepsTheUsableEndpointsAndNamesTheRefusedOnes() throws Exception {
        assertThat(WebhookSettings.read(dataDir).endpoints()).as("no file, no webhooks").isEmpty();
        Files.writeString(dataDir.resolve(WebhookSettings.FILE), """
                {"endpoints": ["https://pos.example/hooks", "http://pos.example/plain"],
                 "secret": "0123456789abcdef0123"}""");

        WebhookSettings settings = WebhookSettings.read(dataDir);

        assertThat(settings.endpoints()).extracting(WebhookEndpoint::describe).containsExactly("https://pos.example/hooks");
        assertThat(settings.refused()).singleElement().asString().contains("plain HTTP to another computer");
        Files.writeString(dataDir.resolve(WebhookSettings.FILE),
                "{\"endpoints\": [\"https://pos.example/hooks\"], \"secret\": \"short\"}");
        assertThatThrownBy(() -> WebhookSettings.read(dataDir)).hasMessage(
                "webhooks need a secret of at least 16 characters to sign the events with");
        Files.writeString(dataDir.resolve(WebhookSettings.FILE), "{\"endpoints\": [");
        assertThatThrownBy(() -> WebhookSettings.read(dataDir)).hasMessageContaining("is not JSON");
    }
}
