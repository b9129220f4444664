package dev.restorestation.firmware.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server on 127.0.0.1 for the tests: serves IPSW files with Range/If-Range/ETag,
 * an ipsw.me-shaped catalog and a version.xml, and injects the faults the station must survive.
 */
final class LoopbackServer implements AutoCloseable {

    /**
     * STALL sends {@code closeAfter} bytes of a file and then nothing; DRIP sends a byte every {@code dripEvery};
     * START_OVER_AND_CLOSE ignores Range and closes after {@code closeAfter} bytes, every time.
     */
    enum Fault { NONE, HTML_PAGE, CLOSE_MIDWAY_ONCE, CLOSE_MIDWAY_ALWAYS, NO_RANGE_SUPPORT, SERVER_ERROR, STALL, DRIP,
        START_OVER_AND_CLOSE }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Map<String, Boolean> endless = new ConcurrentHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    final AtomicLong fileBytesSent = new AtomicLong();
    final AtomicInteger fileRequests = new AtomicInteger();
    /** Where each file response began: 0 for a whole file, the offset for an honoured Range. */
    final List<Long> responseStarts = new CopyOnWriteArrayList<>();
    volatile Fault fault = Fault.NONE;
    volatile long closeAfter = 1 << 20;
    volatile long bytesPerSecond;
    volatile Duration dripEvery = Duration.ofMillis(50);
    /** False: files are served without ETag, so a resume cannot send If-Range. */
    volatile boolean validators = true;
    /** Requests for documents and redirects, not only files. */
    final AtomicInteger requests = new AtomicInteger();

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    URI serve(String name, Path file) {
        files.put("/files/" + name, file);
        return base().resolve("files/" + name);
    }

    void document(String path, String body) {
        documents.put(path, body.getBytes(StandardCharsets.UTF_8));
    }

    void redirect(String path, String location) {
        redirects.put(path, location);
    }

    /** A body without a length that never ends ({@code stall}: sends nothing; else a kilobyte after another). */
    void endless(String path, boolean stall) {
        endless.put(path, stall);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.incrementAndGet();
            if (redirects.containsKey(path)) {
                exchange.getResponseHeaders().set("Location", redirects.get(path));
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            if (endless.containsKey(path)) {
                sendEndless(exchange, endless.get(path));
                return;
            }
            if (fault == Fault.SERVER_ERROR) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            if (documents.containsKey(path)) {
                byte[] body = documents.get(path);
                exchange.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "text/xml" : "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            Path file = files.get(path);
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            fileRequests.incrementAndGet();
            if (fault == Fault.HTML_PAGE) {
                byte[] page = "<html><body><h1>Service Unavailable</h1></body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                return;
            }
            sendFile(exchange, file);
        }
    }

    private void sendFile(HttpExchange exchange, Path file) throws IOException {
        long size = Files.size(file);
        String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(Files.getLastModifiedTime(file).toMillis()) + "\"";
        String range = exchange.getRequestHeaders().getFirst("Range");
        String ifRange = exchange.getRequestHeaders().getFirst("If-Range");
        long start = 0;
        if (fault != Fault.NO_RANGE_SUPPORT && fault != Fault.START_OVER_AND_CLOSE && range != null && range.startsWith("bytes=") && range.endsWith("-")
                && (ifRange == null || ifRange.equals(etag))) {
            start = Long.parseLong(range.substring(6, range.length() - 1));
        }
        responseStarts.add(start);
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        if (validators) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        if (start > 0) {
            exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + (size - 1) + "/" + size);
            exchange.sendResponseHeaders(206, size - start);
        } else {
            exchange.sendResponseHeaders(200, size);
        }
        boolean cut = fault == Fault.CLOSE_MIDWAY_ALWAYS || fault == Fault.START_OVER_AND_CLOSE
                || (fault == Fault.CLOSE_MIDWAY_ONCE && fileRequests.get() == 1);
        long limit = cut || fault == Fault.STALL ? Math.min(size, start + closeAfter) : size;
        OutputStream out = exchange.getResponseBody();
        byte[] buffer = new byte[64 << 10];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(start);
            long position = start;
            long began = System.nanoTime();
            while (position < limit) {
                int read = in.read(buffer, 0, (int) Math.min(fault == Fault.DRIP ? 1 : buffer.length, limit - position));
                out.write(buffer, 0, read);
                position += read;
                fileBytesSent.addAndGet(read);
                pace(position - start, began);
                if (fault == Fault.DRIP) {
                    out.flush();
                    awaitClose(dripEvery);
                }
            }
            out.flush();
        }
        if (fault == Fault.STALL) {
            awaitClose(Duration.ofDays(1));
        }
        if (cut) {
            // a connection that dies mid-way: stop without the rest of the promised bytes
            throw new IOException("cut off on purpose");
        }
    }

    private void sendEndless(HttpExchange exchange, boolean stall) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write('[');
        out.flush();
        byte[] spaces = " ".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        while (closed.getCount() > 0) {
            if (stall) {
                awaitClose(Duration.ofDays(1));
            } else {
                out.write(spaces);
            }
        }
    }

    /** Waits until the server closes or the time is up. */
    private void awaitClose(Duration most) {
        try {
            closed.await(most.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pace(long sent, long began) {
        long rate = bytesPerSecond;
        if (rate <= 0) {
            return;
        }
        long due = began + sent * 1_000_000_000L / rate;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
