package dev.restorestation.firmware.store;

import dev.restorestation.core.firmware.FirmwareBuild;
import dev.restorestation.firmware.BuildIdentity;
import java.time.Instant;
import java.util.List;

/**
 * One IPSW in the cache, as its line in the shared index records it. Where the file lies follows
 * from its SHA-256 alone, and whether it is still the file this station verified is kept by the
 * station itself ({@link StationSeals}): the shared index names builds, it does not vouch for them.
 *
 * @param source       where it came from: a URL or the path it was imported from
 * @param quarantineReason why it failed verification; empty while it is good
 */
public record CachedBuild(String build, String version, List<String> productTypes, List<BuildIdentity> identities,
                          long size, String sha1, String sha256, String source, Instant verifiedAt, Instant lastUsedAt,
                          String quarantineReason) {

    public CachedBuild {
        productTypes = List.copyOf(productTypes);
        identities = List.copyOf(identities);
        quarantineReason = quarantineReason == null ? "" : quarantineReason;
    }

    public FirmwareBuild firmwareBuild() {
        return new FirmwareBuild(build, version, productTypes);
    }

    public boolean inQuarantine() {
        return !quarantineReason.isEmpty();
    }

    CachedBuild usedAt(Instant when) {
        return new CachedBuild(build, version, productTypes, identities, size, sha1, sha256, source, verifiedAt, when,
                quarantineReason);
    }

    CachedBuild verified(Instant when) {
        return new CachedBuild(build, version, productTypes, identities, size, sha1, sha256, source, when, lastUsedAt,
                quarantineReason);
    }

    CachedBuild quarantined(String reason) {
        return new CachedBuild(build, version, productTypes, identities, size, sha1, sha256, source, verifiedAt,
                lastUsedAt, reason);
    }

    /** This entry with what {@code verified} says of the same content: build, models, identities, size, SHA-1. */
    CachedBuild withFactsOf(CachedBuild verified) {
        return new CachedBuild(verified.build, verified.version, verified.productTypes, verified.identities, verified.size,
                verified.sha1, sha256, source, verifiedAt, lastUsedAt, quarantineReason);
    }

    /** Whether the two name the same build for the same models: what a build is chosen by. */
    boolean sameChoice(CachedBuild other) {
        return build.equals(other.build) && productTypes.equals(other.productTypes);
    }

    /** Whether the two say the same of their content; times, source and quarantine aside. */
    boolean sameFacts(CachedBuild other) {
        return build.equals(other.build) && version.equals(other.version) && productTypes.equals(other.productTypes)
                && identities.equals(other.identities) && size == other.size && sha1.equals(other.sha1)
                && sha256.equals(other.sha256);
    }

    CachedBuild from(String newSource) {
        return new CachedBuild(build, version, productTypes, identities, size, sha1, sha256, newSource, verifiedAt,
                lastUsedAt, quarantineReason);
    }
}
