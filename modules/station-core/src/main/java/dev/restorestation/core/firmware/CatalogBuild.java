package dev.restorestation.core.firmware;

import java.time.Instant;
import java.util.Objects;

/**
 * One build a catalog offers for a product type.
 *
 * @param size       bytes, 0 when the catalog does not say
 * @param releasedAt null when the catalog does not say
 * @param problem    empty, or why it must not be fetched (e.g. the catalogs disagree on its checksum)
 */
public record CatalogBuild(String build, String version, long size, boolean signed, Instant releasedAt,
                           String problem) {

    public CatalogBuild {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(version, "version");
        problem = problem == null ? "" : problem;
    }
}
