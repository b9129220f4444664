package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.app.assembly.StationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --catalog-url}, for every firmware command that reads the catalog. */
final class CatalogMirrorOption {

    @Option(names = "--catalog-url", paramLabel = "URL",
            description = "A shop mirror or test server instead of ipsw.me: URL/device/DEVICE and URL/version.xml.")
    String catalogUrl;

    /** The mirror given, checked; null for the public catalogs. */
    URI mirror() {
        if (catalogUrl == null) {
            return null;
        }
        URI mirror;
        try {
            mirror = new URI(catalogUrl);
        } catch (URISyntaxException e) {
            throw new StationException(text("catalog.notUrl", catalogUrl), StationException.USAGE);
        }
        if (mirror.getHost() == null || !List.of("http", "https").contains(String.valueOf(mirror.getScheme()))) {
            throw new StationException(text("catalog.notHttp", catalogUrl),
                    StationException.USAGE);
        }
        return mirror;
    }
}
