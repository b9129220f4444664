package dev.restorestation.core.firmware;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One IPSW in the cache as the window lists it.
 *
 * @param verifiedAt when it was last verified in full
 * @param lastUsedAt when a restore last leased it
 * @param problem    why it was quarantined; empty otherwise
 */
public record CachedFirmware(String build, String version, List<String> productTypes, long size, String sha1,
                             String sha256, FirmwareState state, Instant verifiedAt, Instant lastUsedAt,
                             String problem) {

    public CachedFirmware {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(state, "state");
        productTypes = List.copyOf(productTypes);
        problem = problem == null ? "" : problem;
    }
}
