package dev.restorestation.app.assembly;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.core.firmware.FirmwareCache;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.firmware.ipsw.IpswVerifier;
import dev.restorestation.firmware.store.CachedBuild;
import dev.restorestation.firmware.store.FirmwareImport;
import dev.restorestation.firmware.store.FirmwareStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The firmware side of {@code station restore}: a local IPSW is imported (fully verified) into the
 * cache, a build is taken from the cache; both are leased, so only a verified file reaches the
 * engine. A build missing from the cache is not downloaded here: {@code station firmware fetch} does that.
 */
final class CommandLineFirmwareCache implements FirmwareCache {

    private final FirmwareStore store;
    private final IpswVerifier verifier = new IpswVerifier();
    private final long capBytes;

    /** @param capBytes the settings' size limit, kept as the window's cache keeps it; 0 for none */
    CommandLineFirmwareCache(FirmwareStore store, long capBytes) {
        this.store = store;
        this.capBytes = capBytes;
    }

    @Override
    public FirmwareLease acquire(String productType, String build, TaskContext context) throws IOException {
        if (build == null) {
            throw new IOException(text("restore.nameABuild"));
        }
        CachedBuild entry = store.find(productType, build)
                .orElseThrow(() -> new IOException(productType == null ? text("restore.buildNotCached", build)
                        : text("restore.buildNotCachedFor", build, productType)));
        return keptUnderCap(store.lease(entry, context));
    }

    @Override
    public FirmwareLease acquireFile(Path ipsw, TaskContext context) throws IOException {
        CachedBuild entry = new FirmwareImport(store, verifier).importFile(ipsw, null, null, context);
        return keptUnderCap(store.lease(entry, context));
    }

    /** Evicts past the cap once the build is leased, so the one about to be used is never the one evicted. */
    private FirmwareLease keptUnderCap(FirmwareLease lease) throws IOException {
        if (capBytes > 0) {
            store.evict(capBytes);
        }
        return lease;
    }
}
