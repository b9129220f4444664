package dev.restorestation.app.areas;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * A shop mirror on loopback: ipsw.me-shaped catalogs at {@code /device/<type>} and IPSW files at
 * {@code /files/<name>} with Range requests, an ETag, and an optional delay per 64 KiB to make a
 * download slow enough to pause. Apple's version.xml is not there (404), as on a bare mirror.
 */
final class IpswServer implements AutoCloseable {

    private static final int CHUNK = 64 * 1024;

    private final HttpServer server;
    private final Map<String, String> catalogs = new ConcurrentHashMap<>();
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final List<String> ranges = new CopyOnWriteArrayList<>();
    private final AtomicLong bytesSent = new AtomicLong();
    private volatile long delayMillisPerChunk;

    IpswServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/device/", exchange -> answer(exchange, catalogs.get(last(exchange))));
        server.createContext("/files/", this::sendFile);
        server.createContext("/", exchange -> answer(exchange, null));
        server.start();
    }

    URI mirror() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    URI publish(Path ipsw) {
        files.put(ipsw.getFileName().toString(), ipsw);
        return mirror().resolve("files/" + ipsw.getFileName());
    }

    void catalog(String productType, String json) {
        catalogs.put(productType, json);
    }

    void slowDown(long millisPerChunk) {
        delayMillisPerChunk = millisPerChunk;
    }

    long bytesSent() {
        return bytesSent.get();
    }

    /** The Range header of each file request, empty for a request of the whole file. */
    List<String> ranges() {
        return List.copyOf(ranges);
    }

    private void sendFile(HttpExchange exchange) throws IOException {
        Path file = files.get(last(exchange));
        if (file == null) {
            answer(exchange, null);
            return;
        }
        long size = Files.size(file);
        String range = exchange.getRequestHeaders().getFirst("Range");
        ranges.add(range == null ? "" : range);
        long from = range == null ? 0 : Long.parseLong(range.replace("bytes=", "").replace("-", ""));
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.getResponseHeaders().set("ETag", "\"" + size + "\"");
        if (from > 0) {
            exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (size - 1) + "/" + size);
        }
        exchange.sendResponseHeaders(from > 0 ? 206 : 200, size - from);
        try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
            in.skipNBytes(from);
            byte[] buffer = new byte[CHUNK];
            for (int read; (read = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, read);
                bytesSent.addAndGet(read);
                pause();
            }
        } catch (IOException e) {
            // the client went away (a paused download): nothing more to send
        }
    }

    private void pause() throws IOException {
        long delay = delayMillisPerChunk;
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("server stopping");
            }
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = (json == null ? "not found" : json).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", json == null ? "text/plain" : "application/json");
        exchange.sendResponseHeaders(json == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String last(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
