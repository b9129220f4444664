package dev.restorestation.firmware.store;

import dev.restorestation.core.firmware.FirmwareBuild;
import dev.restorestation.core.firmware.FirmwareLease;
import dev.restorestation.core.restore.RestoreKind;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/** A verified cached IPSW held in use; eviction skips it until it is closed. */
final class StoreLease implements FirmwareLease {

    private final CachedBuild entry;
    private final Path file;
    private final Runnable release;
    private final AtomicBoolean closed = new AtomicBoolean();

    StoreLease(CachedBuild entry, Path file, Runnable release) {
        this.entry = entry;
        this.file = file;
        this.release = release;
    }

    @Override
    public FirmwareBuild build() {
        return entry.firmwareBuild();
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String sha1() {
        return entry.sha1();
    }

    @Override
    public boolean restores(int chipId, int boardId, RestoreKind kind) {
        return entry.identities().stream().anyMatch(identity -> identity.restores(chipId, boardId, kind));
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.run();
        }
    }
}
