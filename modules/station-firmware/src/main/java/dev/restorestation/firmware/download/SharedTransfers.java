package dev.restorestation.firmware.download;

import dev.restorestation.firmware.store.FileLocks;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * One transfer per file, shop-wide. Requests in this process for the same key share one
 * transfer; across processes (a cache folder on a network share) a lock file decides who
 * transfers while the others wait and then find the file already in the cache. The lock file
 * names its holder; the operating system frees the lock when the holder dies, so a lock left by
 * a crash is taken over by the next station.
 */
public final class SharedTransfers {

    /** The work done under the shop-wide lock: first look whether another process finished it. */
    @FunctionalInterface
    public interface Transfer<T> {
        T run() throws IOException;
    }

    private static final ConcurrentHashMap<String, CompletableFuture<Object>> IN_FLIGHT = new ConcurrentHashMap<>();

    private SharedTransfers() {
    }

    /**
     * Runs {@code transfer} once for {@code key} across every caller in this process and every
     * station process using {@code lockFile}; callers that arrive meanwhile get the same result.
     *
     * @param waiting told when another process holds the lock, with what its lock file says
     */
    @SuppressWarnings("unchecked")
    public static <T> T once(String key, Path lockFile, Transfer<T> transfer, java.util.function.Consumer<String> waiting)
            throws IOException {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = IN_FLIGHT.putIfAbsent(key, mine);
        if (running != null) {
            return (T) await(running);
        }
        try {
            T result = underLock(lockFile, transfer, waiting);
            mine.complete(result);
            return result;
        } catch (IOException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            IN_FLIGHT.remove(key, mine);
        }
    }

    private static <T> T underLock(Path lockFile, Transfer<T> transfer, java.util.function.Consumer<String> waiting)
            throws IOException {
        var held = FileLocks.tryAcquire(lockFile);
        if (held.isEmpty()) {
            waiting.accept(holder(lockFile));
            held = java.util.Optional.of(FileLocks.acquire(lockFile));
        }
        try (FileLocks.Held lock = held.get()) {
            describeHolder(lock.channel());
            return transfer.run();
        }
    }

    private static Object await(CompletableFuture<Object> running) throws IOException {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the shared download");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    private static void describeHolder(FileChannel channel) throws IOException {
        String holder = "pid " + ProcessHandle.current().pid() + " on " + hostName() + " since " + Instant.now() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
    }

    private static String holder(Path lockFile) {
        try {
            return java.nio.file.Files.readString(lockFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "another station";
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this computer";
        }
    }
}
