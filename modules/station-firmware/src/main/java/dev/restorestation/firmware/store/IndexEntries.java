package dev.restorestation.firmware.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** The checks an index entry passes before the store uses it: the hashes a file's name comes from, and the fields. */
final class IndexEntries {

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final Pattern SHA1 = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern BUILD = Pattern.compile("[0-9A-Za-z]{1,24}");

    private IndexEntries() {
    }

    /** Why the entry cannot be used, or null when it can. */
    static String problem(JsonNode entry) {
        if (!entry.isObject()) {
            return "it is not an object";
        }
        if (!matches(entry.get("sha256"), SHA256)) {
            return "its sha256 is not 64 lower-case hex digits";
        }
        if (!matches(entry.get("sha1"), SHA1)) {
            return "its sha1 is not 40 lower-case hex digits";
        }
        if (!matches(entry.get("build"), BUILD)) {
            return "its build is not a build number";
        }
        if (!entry.path("size").canConvertToLong() || entry.path("size").asLong() < 0) {
            return "its size is not a number of bytes";
        }
        for (String list : new String[] {"productTypes", "identities"}) {
            if (!entry.path(list).isArray()) {
                return "it lacks " + list;
            }
        }
        for (String time : new String[] {"verifiedAt", "lastUsedAt"}) {
            if (!entry.path(time).isTextual()) {
                return "it lacks " + time;
            }
        }
        for (JsonNode identity : entry.get("identities")) {
            if (!identity.path("restoreBehavior").isTextual()) {
                return "an identity lacks restoreBehavior";
            }
        }
        return null;
    }

    /** How a report names the entry: its build when that is printable, else its position only. */
    static String name(JsonNode entry) {
        return matches(entry.get("build"), BUILD) ? "build " + entry.get("build").asText() : "no usable build";
    }

    private static boolean matches(JsonNode value, Pattern pattern) {
        return value != null && value.isTextual() && pattern.matcher(value.asText()).matches();
    }
}
