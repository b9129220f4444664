package dev.restorestation.firmware.store;

import dev.restorestation.core.files.FileAccess;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Marks cached files in use, for every station process sharing the cache: a lease holds a shared
 * lock on the file's {@code .lease} file, and eviction needs the exclusive lock. Within one
 * process leases of one file are counted, as the operating system keeps one lock per process
 * (and drops it when the process closes any descriptor of that file).
 */
final class LeaseLocks {

    @FunctionalInterface
    interface Removal {
        void run() throws IOException;
    }

    private record Shared(FileChannel channel, FileLock lock, int count) {
    }

    private static final Map<Path, Shared> HELD = new HashMap<>();

    private final Path folder;

    LeaseLocks(Path folder) {
        this.folder = folder;
    }

    /** Takes a lease on the file with this SHA-256; {@link #release} gives it back. */
    void hold(String sha256) throws IOException {
        Path file = file(sha256);
        synchronized (HELD) {
            Shared shared = HELD.get(file);
            if (shared == null) {
                FileChannel channel = FileAccess.inFolderOf(file).open(file, StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                try {
                    shared = new Shared(channel, channel.lock(0, Long.MAX_VALUE, true), 0);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            }
            HELD.put(file, new Shared(shared.channel(), shared.lock(), shared.count() + 1));
        }
    }

    void release(String sha256) {
        Path file = file(sha256);
        synchronized (HELD) {
            Shared shared = HELD.get(file);
            if (shared == null) {
                return;
            }
            if (shared.count() > 1) {
                HELD.put(file, new Shared(shared.channel(), shared.lock(), shared.count() - 1));
                return;
            }
            HELD.remove(file);
            try {
                shared.channel().close();
            } catch (IOException e) {
                // closing drops the lock even when it reports a failure
            }
        }
    }

    /**
     * Records a use as the modification time of a {@code .used} file beside the lease file:
     * cheaper than rewriting the index on every restore, and losing it in a crash only makes a
     * build look less recently used. (Not on the lease file itself: opening and closing it here
     * would drop this process's lock on it.)
     */
    void touch(String sha256, Instant when) throws IOException {
        Path used = usedFile(sha256);
        if (!Files.exists(used)) {
            FileAccess.inFolderOf(used).write(used, new byte[0]);
        }
        Files.setLastModifiedTime(used, FileTime.from(when));
    }

    /** The last use recorded by {@link #touch}, if any. */
    Optional<Instant> lastUsed(String sha256) {
        try {
            return Optional.of(Files.getLastModifiedTime(usedFile(sha256)).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path usedFile(String sha256) {
        return folder.resolve(sha256 + ".used");
    }

    /** Runs {@code removal} only if no process holds a lease on the file; false if one does. */
    boolean removeIfUnused(String sha256, Removal removal) throws IOException {
        Path file = file(sha256);
        synchronized (HELD) {
            if (HELD.containsKey(file)) {
                return false;
            }
            try (FileChannel channel = FileAccess.inFolderOf(file).open(file, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return false;
                }
                removal.run();
                return true;
            }
        }
    }

    private Path file(String sha256) {
        return folder.resolve(sha256 + ".lease").toAbsolutePath().normalize();
    }
}
