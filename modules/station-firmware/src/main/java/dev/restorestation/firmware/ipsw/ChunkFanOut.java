package dev.restorestation.firmware.ipsw;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands each chunk of a byte stream, read once, to several consumers that each run on their own
 * thread, so SHA-1 and SHA-256 of a 10 GB file use both cores. The producer takes a free buffer,
 * fills it and publishes it; a buffer comes back once every consumer has seen it.
 */
public final class ChunkFanOut implements AutoCloseable {

    /** Sees every chunk in order, on its own thread. */
    public interface ChunkConsumer {
        void accept(long position, byte[] data, int length);
    }

    public static final int CHUNK_SIZE = 4 << 20;
    private static final int BUFFERS = 6;

    private record Chunk(long position, byte[] data, int length, AtomicInteger pending) {
    }

    private static final Chunk END = new Chunk(-1, new byte[0], -1, new AtomicInteger());

    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final List<BlockingQueue<Chunk>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private long position;

    public ChunkFanOut(String name, List<ChunkConsumer> consumers) {
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[CHUNK_SIZE]);
        }
        for (ChunkConsumer consumer : consumers) {
            BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(BUFFERS + 1);
            queues.add(queue);
            Thread thread = new Thread(() -> drain(queue, consumer), name + "-" + threads.size());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** A buffer to fill; blocks while every buffer is still in use. */
    public byte[] take() throws IOException {
        try {
            byte[] buffer = free.take();
            rethrow();
            return buffer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    /** Passes the first {@code length} bytes of a buffer from {@link #take()} to every consumer. */
    public void publish(byte[] buffer, int length) throws IOException {
        Chunk chunk = new Chunk(position, buffer, length, new AtomicInteger(queues.size()));
        position += length;
        try {
            for (BlockingQueue<Chunk> queue : queues) {
                queue.put(chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    /** Returns an unused buffer from {@link #take()}. */
    public void giveBack(byte[] buffer) {
        free.add(buffer);
    }

    /** Waits until every consumer has seen every chunk. */
    public void finish() throws IOException {
        try {
            for (BlockingQueue<Chunk> queue : queues) {
                queue.put(END);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        rethrow();
    }

    @Override
    public void close() {
        threads.forEach(Thread::interrupt);
    }

    private void drain(BlockingQueue<Chunk> queue, ChunkConsumer consumer) {
        try {
            while (true) {
                Chunk chunk = queue.take();
                if (chunk == END) {
                    return;
                }
                if (failure.get() == null) {
                    try {
                        consumer.accept(chunk.position(), chunk.data(), chunk.length());
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    }
                }
                if (chunk.pending().decrementAndGet() == 0) {
                    free.add(chunk.data());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        Throwable problem = failure.get();
        if (problem instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (problem instanceof Error error) {
            throw error;
        }
    }
}
