package dev.restorestation.firmware.download;

import dev.restorestation.firmware.store.FileLocks;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(SharedTransfers.class);
    private static final ConcurrentHashMap<String, CompletableFuture<Object>> IN_FLIGHT = new ConcurrentHashMap<>();
    private static final Duration HOLDER_PATIENCE = Duration.ofSeconds(1);

    private SharedTransfers() {
    }

    /**
     * Runs {@code transfer} once for {@code key} across every caller in this process and every
     * station process using {@code lockFile}; callers that arrive meanwhile get the same result.
     *
     * @param waiting told when another process holds the lock, with what its lock file says
     */
    @SuppressWarnings("unchecked")
    public static <T> T once(String key, Path lockFile, Transfer<T> transfer, Consumer<String> waiting)
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

    private static <T> T underLock(Path lockFile, Transfer<T> transfer, Consumer<String> waiting)
            throws IOException {
        Optional<FileLocks.Held> held = FileLocks.tryAcquire(lockFile);
        if (held.isEmpty()) {
            waiting.accept(holder(lockFile));
            held = Optional.of(FileLocks.acquire(lockFile));
        }
        try (FileLocks.Held lock = held.get()) {
            String left = read(lock.channel());
            if (!left.isEmpty()) {
                LOG.info("taking over {}, left by a station that stopped: {}", lockFile.getFileName(), left);
            }
            describeHolder(lock.channel());
            try {
                return transfer.run();
            } finally {
                lock.channel().truncate(0);
            }
        }
    }

    /** Reads the lock file through the channel that holds it: opening it again would drop the lock. */
    private static String read(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(content, 0);
        return new String(content.array(), 0, content.position(), StandardCharsets.UTF_8).strip();
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

    /**
     * What the lock file of another process says; only read while this process does not hold it.
     * The holder writes its name just after taking the lock, so an empty file is read again for a
     * moment before the holder is called "another station".
     */
    private static String holder(Path lockFile) throws InterruptedIOException {
        long giveUp = System.nanoTime() + HOLDER_PATIENCE.toNanos();
        while (true) {
            try {
                String name = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            } catch (IOException e) {
                // unreadable just now: the same as not written yet
            }
            if (System.nanoTime() - giveUp >= 0) {
                return "another station";
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the shared download");
            }
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this computer";
        }
    }
}
