package dev.restorestation.core.firmware;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a catalog offers for one product type.
 *
 * @param fetchedAt when the catalog was read from its source
 * @param offline   true when the source could not be reached and the last good copy is shown
 * @param notes     what the technician should know about this listing, e.g. a second source missing
 */
public record CatalogListing(String productType, List<CatalogBuild> builds, Instant fetchedAt, boolean offline,
                             List<String> notes) {

    public CatalogListing {
        Objects.requireNonNull(productType, "productType");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        builds = List.copyOf(builds);
        notes = List.copyOf(notes);
    }
}
