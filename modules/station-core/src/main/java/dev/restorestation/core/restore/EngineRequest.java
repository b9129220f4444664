package dev.restorestation.core.restore;

import dev.restorestation.core.device.Ecid;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One engine run on one device.
 *
 * @param ipsw           a verified IPSW (held by a firmware lease for the whole run)
 * @param cacheDirectory where the engine keeps what it extracts from the IPSW
 * @param signingDetails ask the engine to show the signing server's replies (slower, more log)
 * @param build          the build the IPSW holds, as verified
 */
public record EngineRequest(Ecid ecid, Path ipsw, RestoreKind kind, EngineAction action, Path cacheDirectory,
                            boolean signingDetails, String build) {

    public EngineRequest {
        Objects.requireNonNull(ecid, "ecid");
        Objects.requireNonNull(ipsw, "ipsw");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    }
}
