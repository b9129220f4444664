package dev.restorestation.firmware.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read as a stream that gives up as {@link Patience} says, with a
 * {@link DownloadException} naming the host. (The JDK's own stream waits for the next bytes
 * without a limit.) One batch of buffers is asked for at a time, so a slow reader slows the
 * server down rather than filling memory.
 */
final class TimedBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

    private static final Object END = new Object();

    private final String host;
    private final Patience patience;
    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private Iterator<ByteBuffer> batch;
    private ByteBuffer current = ByteBuffer.allocate(0);
    private boolean ended;
    private long windowWaited;
    private long windowBytes;

    TimedBody(String host, Patience patience) {
        this.host = host;
        this.patience = patience;
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedStage(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        given.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        arrived.add(buffers);
    }

    @Override
    public void onError(Throwable failure) {
        arrived.add(failure);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!current.hasRemaining()) {
            if (ended) {
                return -1;
            }
            if (batch != null && batch.hasNext()) {
                current = batch.next();
                continue;
            }
            if (batch != null) {
                batch = null;
                subscription.request(1);
            }
            Object next = next();
            if (next == END) {
                ended = true;
                return -1;
            }
            if (next instanceof Throwable failure) {
                ended = true;
                throw failure instanceof IOException io ? io : new IOException(failure);
            }
            @SuppressWarnings("unchecked")
            List<ByteBuffer> buffers = (List<ByteBuffer>) next;
            batch = buffers.iterator();
        }
        int count = Math.min(length, current.remaining());
        current.get(into, offset, count);
        windowBytes += count;
        return count;
    }

    /**
     * The next batch, end or failure. The rate floor counts only time spent waiting here, so a
     * reader that pauses (hashing kept bytes, a busy disk) is not blamed on the server.
     */
    private Object next() throws IOException {
        long window = patience.window().toNanos();
        long idleLeft = patience.idle().toNanos();
        while (true) {
            if (windowWaited >= window) {
                if (windowBytes < patience.minBytes()) {
                    throw new DownloadException(patience.tooSlow(host, windowBytes), true);
                }
                windowWaited = 0;
                windowBytes = 0;
            }
            if (idleLeft <= 0) {
                throw new DownloadException(patience.stalled(host), true);
            }
            long before = System.nanoTime();
            Object next;
            try {
                next = arrived.poll(Math.min(idleLeft, window - windowWaited), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading from " + host);
            }
            long spent = System.nanoTime() - before;
            windowWaited += spent;
            idleLeft -= spent;
            if (next != null) {
                return next;
            }
        }
    }

    /** Stops the transfer: the client closes the connection. */
    @Override
    public void close() {
        ended = true;
        Flow.Subscription given = subscription;
        if (given != null) {
            given.cancel();
        }
    }
}
