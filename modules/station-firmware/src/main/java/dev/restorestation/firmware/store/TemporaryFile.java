package dev.restorestation.firmware.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * A temporary file in the cache's {@code tmp} folder, held by a lock on a {@code .lock} file
 * beside it for as long as its process uses it. The operating system drops the lock when the
 * process dies, so {@link #tidy} can tell the leftovers of a killed import from the files of a
 * live one, in this station or another sharing the folder. The lock is on a separate file so
 * the temporary one can be renamed into the cache while held (Windows refuses to rename a file
 * that is open).
 */
public final class TemporaryFile implements AutoCloseable {

    private static final String SUFFIX = ".tmp";
    private static final String LOCK_SUFFIX = ".lock";

    private final Path path;
    private final FileLocks.Held lock;

    private TemporaryFile(Path path, FileLocks.Held lock) {
        this.path = path;
        this.lock = lock;
    }

    /** Takes the lock first, so the file is never seen without it. */
    static TemporaryFile create(Path folder, String hint) throws IOException {
        Path path = folder.resolve(hint + "-" + UUID.randomUUID() + SUFFIX);
        return new TemporaryFile(path, FileLocks.acquire(lockOf(path)));
    }

    public Path path() {
        return path;
    }

    /** Deletes the file (if it was not published) and gives up the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(path);
        } finally {
            lock.close();
            Files.deleteIfExists(lockOf(path));
        }
    }

    /** Deletes the temporary files and lock files in {@code folder} that no live process holds. */
    static void tidy(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    deleteIfFree(file);
                } else if (name.endsWith(SUFFIX + LOCK_SUFFIX) && !Files.exists(dataOf(file))) {
                    deleteIfFree(dataOf(file));
                }
            }
        }
    }

    private static void deleteIfFree(Path file) throws IOException {
        Optional<FileLocks.Held> free = FileLocks.tryAcquire(lockOf(file));
        if (free.isPresent()) {
            new TemporaryFile(file, free.get()).close();
        }
    }

    private static Path lockOf(Path file) {
        return file.resolveSibling(file.getFileName() + LOCK_SUFFIX);
    }

    private static Path dataOf(Path lockFile) {
        String name = lockFile.getFileName().toString();
        return lockFile.resolveSibling(name.substring(0, name.length() - LOCK_SUFFIX.length()));
    }
}
