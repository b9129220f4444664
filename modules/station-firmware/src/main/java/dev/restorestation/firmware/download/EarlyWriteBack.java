package dev.restorestation.firmware.download;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Syncs a growing download to disk on a thread of its own every 64 MiB, so the disk writes
 * while the network delivers and the final sync before publishing finds little left to write
 * (a 2 GiB loopback fetch: 8.4 s syncing only at the end, 8.1 s every 256 MiB, 7.6 s every
 * 64 MiB). A failed sync here is not reported: the final one, on the caller's thread, is.
 */
final class EarlyWriteBack implements AutoCloseable {

    private static final long STEP = 64L << 20;

    private final FileChannel file;
    private final ExecutorService syncer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "download-sync");
        thread.setDaemon(true);
        return thread;
    });
    private long requestedAt;
    private Future<?> running;

    EarlyWriteBack(FileChannel file, long position) {
        this.file = file;
        this.requestedAt = position;
    }

    /** Called after each write with the file's new length. */
    void written(long position) {
        if (position - requestedAt >= STEP && (running == null || running.isDone())) {
            requestedAt = position;
            running = syncer.submit(() -> {
                file.force(false);
                return null;
            });
        }
    }

    @Override
    public void close() throws IOException {
        syncer.shutdown();
        try {
            syncer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
