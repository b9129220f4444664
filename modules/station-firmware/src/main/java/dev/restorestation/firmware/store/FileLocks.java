package dev.restorestation.firmware.store;

import dev.restorestation.core.files.FileAccess;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive locks that hold between threads and between station processes sharing one cache
 * folder. The lock file stays on disk; the operating system drops the lock when its process dies,
 * so a lock left by a crash is found free and taken over.
 */
public final class FileLocks {

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private FileLocks() {
    }

    /** A held lock; closing releases it. */
    public static final class Held implements AutoCloseable {
        private final ReentrantLock local;
        private final FileChannel channel;
        private final FileLock lock;

        private Held(ReentrantLock local, FileChannel channel, FileLock lock) {
            this.local = local;
            this.channel = channel;
            this.lock = lock;
        }

        public FileChannel channel() {
            return channel;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the channel is closed either way, which drops the lock
            } finally {
                local.unlock();
            }
        }
    }

    /** Waits for the lock. */
    public static Held acquire(Path lockFile) throws IOException {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), key -> new ReentrantLock());
        try {
            local.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + lockFile.getFileName());
        }
        try {
            FileChannel channel = open(lockFile);
            try {
                return new Held(local, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    /** The lock if nobody holds it now; held by this very thread counts as held. */
    public static Optional<Held> tryAcquire(Path lockFile) throws IOException {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), key -> new ReentrantLock());
        if (local.isHeldByCurrentThread()) {
            // a second channel on the file would be refused, and closing it would drop the held lock
            return Optional.empty();
        }
        try {
            if (!local.tryLock(0, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        FileChannel channel = null;
        try {
            channel = open(lockFile);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new Held(local, channel, lock));
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
        channel.close();
        local.unlock();
        return Optional.empty();
    }

    private static FileChannel open(Path lockFile) throws IOException {
        return FileAccess.inFolderOf(lockFile).open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }
}
