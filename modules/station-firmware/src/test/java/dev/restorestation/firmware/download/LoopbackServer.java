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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server on 127.0.0.1 for the tests: serves IPSW files with Range/If-Range/ETag,
 * an ipsw.me-shaped catalog and a version.xml, and injects the faults the station must survive.
 */
final class LoopbackServer implements AutoCloseable {

    enum Fault { NONE, HTML_PAGE, CLOSE_MIDWAY_ONCE, CLOSE_MIDWAY_ALWAYS, NO_RANGE_SUPPORT, SERVER_ERROR }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    final AtomicLong fileBytesSent = new AtomicLong();
    final AtomicInteger fileRequests = new AtomicInteger();
    /** Where each file response began: 0 for a whole file, the offset for an honoured Range. */
    final List<Long> responseStarts = new CopyOnWriteArrayList<>();
    volatile Fault fault = Fault.NONE;
    volatile long closeAfter = 1 << 20;
    volatile long bytesPerSecond;

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

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
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
        if (fault != Fault.NO_RANGE_SUPPORT && range != null && range.startsWith("bytes=") && range.endsWith("-")
                && (ifRange == null || ifRange.equals(etag))) {
            start = Long.parseLong(range.substring(6, range.length() - 1));
        }
        responseStarts.add(start);
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        if (start > 0) {
            exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + (size - 1) + "/" + size);
            exchange.sendResponseHeaders(206, size - start);
        } else {
            exchange.sendResponseHeaders(200, size);
        }
        boolean cut = fault == Fault.CLOSE_MIDWAY_ALWAYS
                || (fault == Fault.CLOSE_MIDWAY_ONCE && fileRequests.get() == 1);
        long limit = cut ? Math.min(size, start + closeAfter) : size;
        OutputStream out = exchange.getResponseBody();
        byte[] buffer = new byte[64 << 10];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(start);
            long position = start;
            long began = System.nanoTime();
            while (position < limit) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - position));
                out.write(buffer, 0, read);
                position += read;
                fileBytesSent.addAndGet(read);
                pace(position - start, began);
            }
            out.flush();
        }
        if (cut) {
            // a connection that dies mid-way: stop without the rest of the promised bytes
            throw new IOException("cut off on purpose");
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
        server.stop(0);
        threads.shutdownNow();
    }
}
