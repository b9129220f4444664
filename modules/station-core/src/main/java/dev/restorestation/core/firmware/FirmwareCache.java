package dev.restorestation.core.firmware;

import dev.restorestation.core.task.TaskContext;
import java.io.IOException;
import java.nio.file.Path;

/** Port: the shop's shared cache of verified IPSW files. Blocking: never on the UI thread. */
public interface FirmwareCache {

    /**
     * A verified IPSW of {@code build} for {@code productType} (the latest signed build when
     * {@code build} is null), downloading and verifying it first when the cache lacks it.
     */
    FirmwareLease acquire(String productType, String build, TaskContext context) throws IOException;

    /** A local IPSW, verified in full (structure, CRCs, manifest digests) before it is leased. */
    FirmwareLease acquireFile(Path ipsw, TaskContext context) throws IOException;
}
