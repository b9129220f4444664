package dev.restorestation.firmware.store;

import dev.restorestation.core.firmware.FirmwareBuild;
import dev.restorestation.firmware.BuildIdentity;
import java.time.Instant;
import java.util.List;

/**
 * One IPSW in the cache, as its index line records it.
 *
 * @param file         the file's name relative to the cache folder
 * @param source       where it came from: a URL or the path it was imported from
 * @param sourceSeal   the seal of an imported file's original, so importing it again costs nothing; null otherwise
 * @param quarantineReason why it failed verification; empty while it is good
 */
public record CachedBuild(String build, String version, List<String> productTypes, List<BuildIdentity> identities,
                          long size, String sha1,
                          String sha256, String source, String file, Instant verifiedAt, Instant lastUsedAt,
                          Seal seal, Seal sourceSeal, String quarantineReason) {

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
        return new CachedBuild(build, version, productTypes, identities, size, sha1, sha256, source, file, verifiedAt, when,
                seal, sourceSeal, quarantineReason);
    }

    CachedBuild verified(Instant when, Seal newSeal) {
        return new CachedBuild(build, version, productTypes, identities, size, sha1, sha256, source, file, when, lastUsedAt,
                newSeal, sourceSeal, quarantineReason);
    }

    CachedBuild quarantinedAs(String newFile, String reason) {
        return new CachedBuild(build, version, productTypes, identities, size, sha1, sha256, source, newFile, verifiedAt,
                lastUsedAt, seal, sourceSeal, reason);
    }
}
