package dev.restorestation.firmware.download;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Which URLs the station may fetch: HTTPS (certificates checked by the JDK); plain HTTP only from
 * loopback or from a mirror the shop configured. Any other plain-HTTP URL (Apple's catalogs list
 * some) is fetched over HTTPS instead.
 */
public record TransferPolicy(Set<String> mirrorHosts) {

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

    /** The URL to fetch, upgraded to HTTPS where plain HTTP is not allowed. */
    public URI secure(URI url) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return url;
        }
        if (!scheme.equals("http") || url.getHost() == null) {
            throw new IOException("refusing to download from " + url + ": only https (or http from loopback or a shop mirror)");
        }
        if (mirrorHosts.contains(url.getHost().toLowerCase(Locale.ROOT)) || isLoopback(url.getHost())) {
            return url;
        }
        try {
            return new URI("https", url.getUserInfo(), url.getHost(), url.getPort() == 80 ? -1 : url.getPort(),
                    url.getPath(), url.getQuery(), url.getFragment());
        } catch (URISyntaxException e) {
            throw new IOException("cannot use " + url + ": " + e.getMessage());
        }
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
