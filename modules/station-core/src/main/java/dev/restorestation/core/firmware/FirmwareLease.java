package dev.restorestation.core.firmware;

import dev.restorestation.core.restore.RestoreKind;
import java.nio.file.Path;

/**
 * A verified IPSW held in use: the cache never evicts or moves it until the lease is closed.
 * Only verified files are ever leased, so only verified files reach an engine.
 */
public interface FirmwareLease extends AutoCloseable {

    FirmwareBuild build();

    Path file();

    String sha1();

    /** Whether this IPSW has a build identity for the board that restores it this way. */
    boolean restores(int chipId, int boardId, RestoreKind kind);

    @Override
    void close();
}
