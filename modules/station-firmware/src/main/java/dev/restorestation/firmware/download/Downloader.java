package dev.restorestation.firmware.download;

import static dev.restorestation.firmware.text.FirmwareText.wording;

import dev.restorestation.core.files.FileAccess;
import dev.restorestation.core.task.TaskContext;
import dev.restorestation.core.text.SizeText;
import dev.restorestation.firmware.ipsw.BlockCrcs;
import dev.restorestation.firmware.ipsw.ChunkFanOut;
import dev.restorestation.firmware.ipsw.FileDigests;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Downloads one IPSW into a partial file: resumable ({@code Range}, with {@code If-Range} when the
 * server gave a validator), retried with backoff when the connection drops after real progress,
 * refusing HTML pages and sizes that disagree with the catalog, and hashing SHA-1 and SHA-256 and
 * taking the CRC-32 of every block while the bytes arrive, so the file is checked the moment it is
 * complete. A partial file is never handed out; only a complete, matching one. A server that stalls
 * or drips is given up as {@link Patience} says, and the bytes so far are kept for a resume.
 */
public final class Downloader {

    /** How often and how patiently to try again. */
    public record Retries(int attempts, Duration firstBackoff) {
        public static final Retries DEFAULT = new Retries(5, Duration.ofSeconds(2));
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final long PROGRESS_BYTES = 32L << 20;
    private static final String BUFFER_PROPERTY = "jdk.httpclient.bufsize";

    private final HttpTransfers http;
    private final Retries retries;
    private final UnaryOperator<WritableByteChannel> sink;

    public Downloader(HttpClient http, TransferPolicy policy, Retries retries) {
        this(new HttpTransfers(http, policy, Patience.DEFAULT), retries, UnaryOperator.identity());
    }

    /** @param sink wraps the partial file's channel (tests use it to run out of disk space) */
    Downloader(HttpTransfers http, Retries retries, UnaryOperator<WritableByteChannel> sink) {
        this.http = http;
        this.retries = retries;
        this.sink = sink;
    }

    /**
     * The station's client. It follows no redirect: {@link HttpTransfers} does, under the transfer
     * policy. Its read buffer grows from the JDK's 16 KiB to 1 MiB first: each
     * buffer is a hand-off between threads, 650,000 of them for a 10 GB IPSW, and the larger
     * buffer nearly halves the time a loopback mirror download takes.
     */
    public static HttpClient httpClient() {
        if (System.getProperty(BUFFER_PROPERTY) == null) {
            System.setProperty(BUFFER_PROPERTY, Integer.toString(1 << 20));
        }
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Where {@link #download} keeps the bytes for {@code key}. */
    public static Path partialFile(Path folder, String key) {
        return PartialDownload.in(folder, key).data();
    }

    /** Forgets the resume metadata once the complete file has been moved away. */
    public static void forget(Path folder, String key) throws IOException {
        PartialDownload.in(folder, key).discard();
    }

    /**
     * Downloads into {@code folder/<key>.part}, resuming what an earlier attempt (or process) left.
     *
     * @return the complete file's digests and block CRCs (the file keeps the partial name: the caller
     *     verifies and publishes it)
     */
    public Downloaded download(DownloadRequest request, Path folder, String key, TaskContext context,
                                Consumer<DownloadProgress> progress) throws IOException {
        PartialDownload partial = PartialDownload.in(folder, key);
        if (partial.resumable(request) == null) {
            partial.discard();
        }
        checkSpace(request, partial);
        Duration backoff = retries.firstBackoff();
        for (int attempt = 1; ; attempt++) {
            context.checkCancelled();
            long keptBefore = kept(partial);
            try {
                Downloaded downloaded = attempt(request, partial, context, progress);
                check("SHA-1", request.sha1(), downloaded.digests().sha1(), partial);
                check("SHA-256", request.sha256(), downloaded.digests().sha256(), partial);
                return downloaded;
            } catch (InterruptedIOException e) {
                if (context.isCancelled()) {
                    // the interrupt was the cancellation: consumed here so the callers' clean-up can still use files
                    Thread.interrupted();
                    throw new CancellationException("cancelled");
                }
                throw e;
            } catch (DownloadException e) {
                if (!e.retryable() || attempt >= retries.attempts() || !worthAnotherTry(keptBefore, partial)) {
                    throw e;
                }
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Another attempt only after one that added at least the rate floor's bytes to the kept file, or
     * that dropped kept bytes the server would not resume: a server that is dead, stalls, drips or
     * starts over each time would fail the same way again.
     */
    private boolean worthAnotherTry(long keptBefore, PartialDownload partial) throws IOException {
        boolean dropped = keptBefore > 0 && !Files.exists(partial.data());
        return dropped || kept(partial) - keptBefore >= http.patience().minBytes();
    }

    private static long kept(PartialDownload partial) throws IOException {
        return Files.exists(partial.data()) ? Files.size(partial.data()) : 0;
    }

    private Downloaded attempt(DownloadRequest request, PartialDownload partial, TaskContext context,
                                Consumer<DownloadProgress> progress) throws IOException {
        PartialDownload.Metadata kept = partial.resumable(request);
        long have = kept == null ? 0 : Files.size(partial.data());
        Map<String, String> headers = new HashMap<>();
        if (have > 0) {
            headers.put("Range", "bytes=" + have + "-");
            String validator = kept.etag().isEmpty() ? kept.lastModified() : kept.etag();
            if (!validator.isEmpty()) {
                headers.put("If-Range", validator);
            }
        }
        HttpResponse<InputStream> response = http.get(request.url(), headers);
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (type.startsWith("text/html")) {
                throw new DownloadException(wording("failure.html", String.valueOf(status), type), false);
            }
            if (status == 416 || (status == 200 && have > 0)) {
                partial.discard();
                if (status == 416) {
                    throw new DownloadException(wording("failure.noResume"), true);
                }
                have = 0;
            } else if (status == 206) {
                checkRange(response, have, request.size());
            } else if (status != 200) {
                throw new DownloadException(wording("failure.httpStatus", request.url().getHost(), String.valueOf(status)),
                        status >= 500 || status == 429);
            }
            if (status == 200) {
                long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (length >= 0 && length != request.size()) {
                    throw new DownloadException(wording("failure.sizeDiffers", String.valueOf(length),
                            String.valueOf(request.size())), false);
                }
            }
            partial.describe(request, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
            return receive(request, partial, have, body, context, progress);
        }
    }

    private Downloaded receive(DownloadRequest request, PartialDownload partial, long have, InputStream body,
                                TaskContext context, Consumer<DownloadProgress> progress) throws IOException {
        FileDigests.Running sha1 = new FileDigests.Running("SHA-1");
        FileDigests.Running sha256 = new FileDigests.Running("SHA-256");
        long size = request.size();
        BlockCrcs blocks = new BlockCrcs(size);
        ChunkFanOut.ChunkConsumer sha1AndBlocks = (position, data, length) -> {
            sha1.accept(position, data, length);
            blocks.accept(position, data, length);
        };
        try (ChunkFanOut fanOut = new ChunkFanOut("download", List.of(sha1AndBlocks, sha256));
             FileChannel file = FileAccess.inFolderOf(partial.data()).open(partial.data(), StandardOpenOption.CREATE,
                     StandardOpenOption.READ, StandardOpenOption.WRITE);
             EarlyWriteBack writeBack = new EarlyWriteBack(file, have)) {
            file.truncate(have);
            rehashKept(file, have, fanOut, context);
            WritableByteChannel out = sink.apply(file.position(have));
            RateMeter meter = new RateMeter(have, size);
            long position = have;
            long reported = position;
            while (position < size) {
                context.checkCancelled();
                byte[] buffer = fanOut.take();
                int wanted = (int) Math.min(buffer.length, size - position);
                int filled = 0;
                try {
                    while (filled < wanted) {
                        int read = readSome(body, buffer, filled, wanted - filled);
                        if (read < 0) {
                            throw new DownloadException(wording("failure.closed",
                                    SizeText.bytes(position + filled), SizeText.bytes(size)), true);
                        }
                        // written at once, so a crash loses only what was in flight
                        write(out, buffer, filled, read, position + filled, partial);
                        filled += read;
                        writeBack.written(position + filled);
                    }
                } finally {
                    if (filled > 0) {
                        fanOut.publish(buffer, filled);
                    } else {
                        fanOut.giveBack(buffer);
                    }
                }
                position += filled;
                if (position - reported >= PROGRESS_BYTES || position == size) {
                    reported = position;
                    progress.accept(meter.at(position));
                }
            }
            if (body.read() >= 0) {
                throw new DownloadException(wording("failure.tooMuch", String.valueOf(size)), false);
            }
            file.force(false);
            fanOut.finish();
        }
        return new Downloaded(new FileDigests(size, sha1.hex(), sha256.hex()), blocks);
    }

    /** Bytes kept from before are hashed from disk, so the digests cover the whole file. */
    private static void rehashKept(FileChannel file, long have, ChunkFanOut fanOut, TaskContext context) throws IOException {
        for (long position = 0; position < have; ) {
            context.checkCancelled();
            byte[] buffer = fanOut.take();
            ByteBuffer target = ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, have - position));
            while (target.hasRemaining()) {
                if (file.read(target, position + target.position()) < 0) {
                    throw new DownloadException("the partial file shrank while it was being resumed", true);
                }
            }
            fanOut.publish(buffer, target.position());
            position += target.position();
        }
    }

    private static void write(WritableByteChannel out, byte[] buffer, int offset, int length, long position,
                              PartialDownload partial) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(buffer, offset, length);
        try {
            while (data.hasRemaining()) {
                out.write(data);
            }
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage();
            if (reason.contains("No space left") || reason.contains("not enough space") || reason.contains("quota")) {
                throw new DownloadException(wording("failure.diskFull", SizeText.bytes(position + data.position() - offset),
                        String.valueOf(partial.data().getFileName())), false);
            }
            throw e;
        }
    }

    /** Some bytes of the body; -1 when the connection ended or broke; a stalled server is reported as such. */
    private static int readSome(InputStream body, byte[] buffer, int offset, int length) throws IOException {
        try {
            return body.read(buffer, offset, length);
        } catch (InterruptedIOException | DownloadException e) {
            throw e;
        } catch (IOException e) {
            return -1;
        }
    }

    private static void checkRange(HttpResponse<?> response, long have, long size) throws DownloadException {
        String range = response.headers().firstValue("Content-Range").orElse("");
        String expected = "bytes " + have + "-" + (size - 1) + "/" + size;
        if (!range.equals(expected)) {
            throw new DownloadException("the server resumed with '" + range + "', expected '" + expected + "'",
                    range.endsWith("/" + size));
        }
    }

    private static void checkSpace(DownloadRequest request, PartialDownload partial) throws IOException {
        Path folder = partial.data().getParent();
        FileAccess.inFolderOf(folder).folder(folder);
        long have = Files.exists(partial.data()) ? Files.size(partial.data()) : 0;
        long free = Files.getFileStore(partial.data().getParent()).getUsableSpace();
        if (free < request.size() - have) {
            throw new DownloadException(wording("failure.noSpace", SizeText.bytes(request.size() - have),
                    SizeText.bytes(free)), false);
        }
    }

    private static void check(String what, String expected, String actual, PartialDownload partial) throws IOException {
        if (expected != null && !expected.isEmpty() && !expected.equalsIgnoreCase(actual)) {
            partial.discard();
            throw new DownloadException(wording("failure.checksum", what, actual, expected), false);
        }
    }

    private static void sleep(Duration backoff) throws InterruptedIOException {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    /** Rate over this attempt and time left. */
    private static final class RateMeter {
        private final long startBytes;
        private final long total;
        private final long startNanos = System.nanoTime();

        RateMeter(long startBytes, long total) {
            this.startBytes = startBytes;
            this.total = total;
        }

        DownloadProgress at(long bytes) {
            double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3);
            double rate = (bytes - startBytes) / seconds;
            Duration eta = rate <= 0 ? null : Duration.ofSeconds((long) ((total - bytes) / rate));
            return new DownloadProgress(bytes, total, rate, eta);
        }
    }
}
