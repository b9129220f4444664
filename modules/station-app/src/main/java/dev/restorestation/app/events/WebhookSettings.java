package dev.restorestation.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the shop wants its events posted, from {@code webhooks.json} in the data directory (kept
 * apart from the window's settings, since it holds the signing secret):
 * {@code {"endpoints": ["https://…"], "secret": "…", "allowPlainHttp": false}}.
 *
 * @param refused one line per URL that cannot be used, with the reason; those are not posted to
 */
public record WebhookSettings(List<WebhookEndpoint> endpoints, byte[] secret, List<String> refused) {

    public static final String FILE = "webhooks.json";
    /** Shorter secrets are too easy to guess for a signature to mean anything. */
    static final int MIN_SECRET_LENGTH = 16;

    public static WebhookSettings none() {
        return new WebhookSettings(List.of(), new byte[0], List.of());
    }

    /**
     * The webhooks the data directory names; none when there is no file. A file that cannot be used
     * as a whole (not JSON, no secret) throws IllegalArgumentException with the reason.
     */
    public static WebhookSettings read(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return none();
        }
        JsonNode stored;
        try {
            stored = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        String secret = stored.path("secret").asText("");
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(file + " needs a \"secret\" of at least " + MIN_SECRET_LENGTH
                    + " characters to sign the events with");
        }
        boolean allowPlainHttp = stored.path("allowPlainHttp").asBoolean(false);
        List<WebhookEndpoint> endpoints = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (JsonNode url : stored.path("endpoints")) {
            try {
                endpoints.add(WebhookEndpoint.check(url.asText(), allowPlainHttp));
            } catch (IllegalArgumentException e) {
                refused.add(e.getMessage());
            }
        }
        return new WebhookSettings(List.copyOf(endpoints), secret.getBytes(StandardCharsets.UTF_8), List.copyOf(refused));
    }
}
