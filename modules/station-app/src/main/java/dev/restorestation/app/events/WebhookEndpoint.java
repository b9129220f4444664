package dev.restorestation.app.events;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * A URL the shop's events are posted to, checked when it is read: absolute, {@code https}, or
 * {@code http} only to this computer unless plain HTTP is allowed elsewhere explicitly.
 */
public record WebhookEndpoint(URI uri) {

    /** The endpoint {@code url} names, or IllegalArgumentException saying in one line why it cannot be one. */
    public static WebhookEndpoint check(String url, boolean allowPlainHttp) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("webhook URL '" + url + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("webhook URL '" + url + "' must start with https:// (or http:// to this computer)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("webhook URL '" + url + "' names no host");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("webhook URL '" + url + "' must not carry a user name or password;"
                    + " the events are signed with the webhook secret instead");
        }
        if (scheme.equals("http") && !allowPlainHttp && !loopback(uri.getHost())) {
            throw new IllegalArgumentException("webhook URL '" + url + "' uses plain HTTP to another computer;"
                    + " use https://, or set allowPlainHttp in webhooks.json");
        }
        return new WebhookEndpoint(uri);
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
