package dev.restorestation.firmware.catalog;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads ipsw.me v4 answers: a device object with {@code firmwares}, or a bare array of firmware
 * entries. Every field the station relies on must be there and make sense.
 */
public final class IpswMeCatalog {

    public static final String SOURCE = "ipsw.me";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IpswMeCatalog() {
    }

    public static List<CatalogEntry> parse(byte[] body, String productType) throws CatalogException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new CatalogException(wording("failure.catalogNotJson", productType, e.getOriginalMessage()));
        } catch (IOException e) {
            throw new CatalogException(wording("failure.catalogUnreadable", productType, e.getMessage()));
        }
        JsonNode firmwares = root != null && root.isObject() ? root.get("firmwares") : root;
        if (firmwares == null || !firmwares.isArray()) {
            throw new CatalogException(wording("failure.catalogNoList", productType));
        }
        List<CatalogEntry> entries = new ArrayList<>();
        int position = 0;
        for (JsonNode firmware : firmwares) {
            position++;
            String identifier = text(firmware, "identifier", position);
            if (identifier.equals(productType)) {
                entries.add(entry(firmware, position));
            }
        }
        return entries;
    }

    private static CatalogEntry entry(JsonNode firmware, int position) throws CatalogException {
        String sha1 = hex(firmware, "sha1sum", 40, position);
        String sha256 = firmware.hasNonNull("sha256sum") ? hex(firmware, "sha256sum", 64, position) : "";
        JsonNode size = firmware.get("filesize");
        if (size == null || !size.canConvertToLong() || size.asLong() <= 0) {
            throw new CatalogException("ipsw.me firmware entry " + position + " has no valid filesize");
        }
        URI url;
        try {
            url = new URI(text(firmware, "url", position));
        } catch (URISyntaxException e) {
            throw new CatalogException("ipsw.me firmware entry " + position + " has a bad url: " + e.getMessage());
        }
        JsonNode signed = firmware.get("signed");
        if (signed == null || !signed.isBoolean()) {
            throw new CatalogException("ipsw.me firmware entry " + position + " lacks signed");
        }
        return new CatalogEntry(text(firmware, "identifier", position), text(firmware, "buildid", position),
                text(firmware, "version", position), url, size.asLong(), sha1, sha256, signed.asBoolean(),
                instant(firmware.get("releasedate")), List.of(SOURCE), "");
    }

    private static String text(JsonNode node, String field, int position) throws CatalogException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new CatalogException("ipsw.me firmware entry " + position + " lacks " + field);
        }
        return value.asText();
    }

    private static String hex(JsonNode node, String field, int length, int position) throws CatalogException {
        String value = text(node, field, position).toLowerCase(Locale.ROOT);
        if (value.length() != length || !value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new CatalogException("ipsw.me firmware entry " + position + " has a bad " + field + ": " + value);
        }
        return value;
    }

    private static Instant instant(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
