package dev.restorestation.firmware.catalog;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One IPSW a catalog offers for one product type.
 *
 * @param checksumSources the catalogs that agree on its SHA-1 ({@code ipsw.me}, {@code apple})
 * @param conflict        empty, or how the catalogs disagree on its checksum (such a build is not fetched)
 */
public record CatalogEntry(String productType, String build, String version, URI url, long size, String sha1,
                           String sha256, boolean signed, Instant releasedAt, List<String> checksumSources,
                           String conflict) {

    public CatalogEntry {
        checksumSources = List.copyOf(checksumSources);
        conflict = conflict == null ? "" : conflict;
    }

    CatalogEntry crossChecked(List<String> sources, String disagreement) {
        return new CatalogEntry(productType, build, version, url, size, sha1, sha256, signed, releasedAt, sources,
                disagreement);
    }
}
