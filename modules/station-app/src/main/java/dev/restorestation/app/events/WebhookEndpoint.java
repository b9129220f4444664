package dev.restorestation.app.events;

import dev.restorestation.app.text.AppText;
import dev.restorestation.core.text.WordedArgumentException;
import dev.restorestation.core.text.Wording;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * A URL the shop's events are posted to, checked when it is read: absolute, {@code https}, or
 * {@code http} only to this computer unless plain HTTP is allowed elsewhere explicitly.
 */
public record WebhookEndpoint(URI uri) {

    private static final IntPredicate NEVER_IN_A_URL = c -> Character.isWhitespace(c) || Character.isISOControl(c)
            || "\"<>\\^`{|}".indexOf(c) >= 0;

    /** The endpoint {@code url} names, or a worded IllegalArgumentException saying in one line why it cannot be one. */
    public static WebhookEndpoint check(String url, boolean allowPlainHttp) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw refused("webhook.notAUrl", url, unreadable(e));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refused("webhook.scheme", url);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused("webhook.noHost", url);
        }
        if (uri.getUserInfo() != null) {
            throw refused("webhook.userInfo", url);
        }
        if (scheme.equals("http") && !allowPlainHttp && !loopback(uri.getHost())) {
            throw refused("webhook.plainHttp", url);
        }
        return new WebhookEndpoint(uri);
    }

    private static WordedArgumentException refused(String key, Object... arguments) {
        return new WordedArgumentException(AppText.wording(key, arguments));
    }

    /** What is wrong with a text that is no URL, in words: the JDK's reason ("Expected authority") is for programmers. */
    private static Wording unreadable(URISyntaxException e) {
        String reason = e.getReason();
        if (reason.startsWith("Expected authority")) {
            return AppText.wording("webhook.reason.noHost");
        }
        if (reason.startsWith("Illegal character") && e.getIndex() >= 0 && e.getIndex() < e.getInput().length()) {
            // the JDK's index may point at the start of the part that holds the character
            String input = e.getInput();
            int index = e.getIndex();
            for (int at = 0; at < input.length(); at = input.offsetByCodePoints(at, 1)) {
                if (NEVER_IN_A_URL.test(input.codePointAt(at))) {
                    index = at;
                    break;
                }
            }
            int character = input.codePointAt(index);
            return Character.isWhitespace(character) ? AppText.wording("webhook.reason.space", "", index + 1)
                    : AppText.wording("webhook.reason.character",
                            Character.isISOControl(character) ? String.format("U+%04X", character) : Character.toString(character),
                            index + 1);
        }
        if (reason.startsWith("Malformed escape pair")) {
            return AppText.wording("webhook.reason.escape");
        }
        if (reason.startsWith("Expected scheme")) {
            return AppText.wording("webhook.reason.noScheme");
        }
        if (reason.contains("IPv6") || reason.contains("IPv4") || reason.contains("closing bracket")) {
            return AppText.wording("webhook.reason.badAddress");
        }
        return AppText.wording("webhook.reason.other");
    }

    /** The URL for messages and logs: without its query, which may hold a token. */
    public String describe() {
        return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    private static boolean loopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
