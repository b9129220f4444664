package dev.restorestation.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restorestation.app.text.AppText;
import dev.restorestation.core.files.FileAccess;
import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.text.WordedArgumentException;
import dev.restorestation.history.OutboxEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the shop wants its events posted, from {@code webhooks.json} in the data directory (kept
 * apart from the window's settings, since it holds the signing secret):
 * {@code {"endpoints": ["https://…"], "secret": "…", "allowPlainHttp": false, "events": ["attempt.ended", …]}}.
 *
 * @param events  the event types posted
 * @param refused one line per URL that cannot be used, with the reason; those are not posted to
 */
public record WebhookSettings(List<WebhookEndpoint> endpoints, byte[] secret, List<String> refused, Set<String> events) {

    public static final String FILE = "webhooks.json";
    /** Shorter secrets are too easy to guess for a signature to mean anything. */
    static final int MIN_SECRET_LENGTH = 16;
    /** Far more than any shop's endpoints need; a bigger file is not read, since the station reads it every second. */
    static final long MAX_FILE_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static WebhookSettings none() {
        return new WebhookSettings(List.of(), new byte[0], List.of(), Set.copyOf(ShopWebhooks.DEFAULT_EVENTS));
    }

    /**
     * The webhooks the data directory names; none when there is no file. A file that cannot be used
     * as a whole (not JSON, no secret, an unknown event type) throws IllegalArgumentException with the reason.
     */
    public static WebhookSettings read(Path dataDirectory) throws IOException {
        return of(setup(dataDirectory), false);
    }

    /** The file as the shop wrote it, unchecked; {@link ShopWebhooks.Setup#none()} when there is none. */
    static ShopWebhooks.Setup setup(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return ShopWebhooks.Setup.none();
        }
        if (!Files.isRegularFile(file)) {
            // a pipe would block the reading for ever, a device could be endless
            throw new IllegalArgumentException(file + " is not a file (a folder, a pipe or a device):"
                    + " it cannot be a list of webhooks");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IllegalArgumentException(file + " is larger than " + MAX_FILE_BYTES / 1024
                    + " KiB: it cannot be a list of webhooks");
        }
        JsonNode stored;
        try {
            stored = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!stored.isObject()) {
            throw new WordedArgumentException(AppText.wording("webhook.fileNotObject", file.toString()));
        }
        List<String> urls = texts(stored, "endpoints", file);
        List<String> events = texts(stored, "events", file);
        return new ShopWebhooks.Setup(urls, stored.path("secret").asText(""), stored.path("allowPlainHttp").asBoolean(false),
                stored.has("events") ? events : ShopWebhooks.DEFAULT_EVENTS);
    }

    /** A field that lists texts; one text alone is a list of one, anything else is refused, never read as none. */
    private static List<String> texts(JsonNode stored, String field, Path file) {
        JsonNode value = stored.path(field);
        List<String> texts = new ArrayList<>();
        if (value.isMissingNode() || value.isNull()) {
            return texts;
        }
        if (value.isTextual()) {
            texts.add(value.asText());
            return texts;
        }
        if (!value.isArray()) {
            throw new WordedArgumentException(AppText.wording("webhook.fieldNotList", field, file.toString()));
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new WordedArgumentException(AppText.wording("webhook.fieldNotList", field, file.toString()));
            }
            texts.add(item.asText());
        }
        return texts;
    }

    /**
     * The settings {@code setup} makes. With {@code strict}, any URL that cannot be used refuses the
     * whole (as Settings does when saving); without, such URLs are only listed in {@link #refused}.
     */
    static WebhookSettings of(ShopWebhooks.Setup setup, boolean strict) {
        Set<String> events = new LinkedHashSet<>();
        for (String type : setup.events()) {
            if (!OutboxEvent.TYPES.contains(type)) {
                throw new WordedArgumentException(AppText.wording("webhook.noEventType", type,
                        String.join(", ", OutboxEvent.TYPES)));
            }
            events.add(type);
        }
        if (events.isEmpty()) {
            throw new WordedArgumentException(AppText.wording("webhook.noEvents"));
        }
        List<WebhookEndpoint> endpoints = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String url : setup.urls()) {
            try {
                endpoints.add(WebhookEndpoint.check(url, setup.allowPlainHttp()));
            } catch (IllegalArgumentException e) {
                if (strict) {
                    throw e;
                }
                refused.add(e.getMessage());
            }
        }
        if (!setup.urls().isEmpty() && setup.secret().length() < MIN_SECRET_LENGTH) {
            throw new WordedArgumentException(AppText.wording("webhook.shortSecret", MIN_SECRET_LENGTH));
        }
        return new WebhookSettings(List.copyOf(endpoints), setup.secret().getBytes(StandardCharsets.UTF_8),
                List.copyOf(refused), Set.copyOf(events));
    }

    /** Checks {@code setup} as a whole and writes it, owner-only, in place of the data directory's file. */
    static void write(Path dataDirectory, ShopWebhooks.Setup setup) throws IOException {
        of(setup, true);
        ObjectNode json = JSON.createObjectNode();
        setup.urls().forEach(json.putArray("endpoints")::add);
        json.put("secret", setup.secret());
        json.put("allowPlainHttp", setup.allowPlainHttp());
        setup.events().forEach(json.putArray("events")::add);
        Path file = dataDirectory.resolve(FILE);
        Path temp = file.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp, FileAccess.OWNER_ONLY.newFile());
        Files.write(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
