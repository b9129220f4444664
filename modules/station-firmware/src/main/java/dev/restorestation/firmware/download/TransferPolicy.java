package dev.restorestation.firmware.download;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Which URLs the station may fetch: HTTPS (certificates checked by the JDK); plain HTTP only from
 * loopback or from a mirror the shop configured. A plain-HTTP URL on Apple's servers (the catalogs
 * list some) is fetched over HTTPS instead; any other is refused before a connection, and so is a
 * redirect to one.
 */
public record TransferPolicy(Set<String> mirrorHosts) {

    private static final Set<String> APPLE_DOMAINS = Set.of("apple.com", "cdn-apple.com");

    public TransferPolicy {
        mirrorHosts = Set.copyOf(mirrorHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList());
    }

    public static TransferPolicy httpsOnly() {
        return new TransferPolicy(Set.of());
    }

    /** Plain HTTP is also trusted from the host of a configured mirror URL. */
    public static TransferPolicy withMirror(URI mirror) {
        return mirror == null || mirror.getHost() == null ? httpsOnly() : new TransferPolicy(Set.of(mirror.getHost()));
    }

    /** The URL to fetch, upgraded to HTTPS on Apple's servers where plain HTTP is not allowed. */
    public URI secure(URI url) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") && url.getHost() != null) {
            return url;
        }
        if (!scheme.equals("http") || url.getHost() == null) {
            throw new DownloadException(wording("failure.onlyHttps", String.valueOf(url)), false);
        }
        if (allowsPlain(url.getHost())) {
            return url;
        }
        if (!isApple(url.getHost())) {
            throw new DownloadException(wording("failure.plainHttp", String.valueOf(url)), false);
        }
        try {
            return new URI("https", url.getUserInfo(), url.getHost(), url.getPort() == 80 ? -1 : url.getPort(),
                    url.getPath(), url.getQuery(), url.getFragment());
        } catch (URISyntaxException e) {
            throw new IOException("cannot use " + url + ": " + e.getMessage());
        }
    }

    /**
     * Where a redirect from {@code from} leads, under the same rule as a first URL, except that a
     * plain-HTTP target that is not allowed is refused rather than upgraded: a server that sends
     * the station elsewhere over plain HTTP is not one to second-guess.
     */
    public URI redirect(URI from, String location) throws DownloadException {
        URI target;
        try {
            target = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new DownloadException(from.getHost() + " redirected to a malformed location", false);
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = target.getHost() != null
                && (scheme.equals("https") || (scheme.equals("http") && allowsPlain(target.getHost())));
        if (!allowed) {
            throw new DownloadException(wording("failure.plainRedirect", from.getHost(), String.valueOf(target)), false);
        }
        return target;
    }

    private boolean allowsPlain(String host) {
        return mirrorHosts.contains(host.toLowerCase(Locale.ROOT)) || isLoopback(host);
    }

    private static boolean isApple(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return APPLE_DOMAINS.stream().anyMatch(domain -> name.equals(domain) || name.endsWith("." + domain));
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
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
