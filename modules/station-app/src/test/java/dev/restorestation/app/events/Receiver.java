package dev.restorestation.app.events;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A shop's webhook receiver on loopback: keeps what it was sent and answers as told. */
final class Receiver implements AutoCloseable {

    /** One POST as it arrived. */
    record Received(String body, String eventHeader, String signature, String idempotencyKey) {
    }

    /** What the receiver does with the n-th request (from 1): answer a status, or hold it first. */
    interface Behaviour {
        int answer(int n) throws InterruptedException;
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    private Receiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on {@code port} of 127.0.0.1 (0 for any free one). */
    static Receiver on(int port, Behaviour behaviour) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        Receiver receiver = new Receiver(server);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        server.createContext("/hooks", exchange -> {
            int n = receiver.requests.incrementAndGet();
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int status = behaviour.answer(n);
                if (status / 100 == 2) {
                    synchronized (receiver.received) {
                        receiver.received.add(new Received(body, exchange.getRequestHeaders().getFirst(EventSignature.ID_HEADER),
                                exchange.getRequestHeaders().getFirst(EventSignature.HEADER),
                                exchange.getRequestHeaders().getFirst("Idempotency-Key")));
                    }
                }
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(workers);
        server.start();
        return receiver;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/restore";
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The events taken (answered 2xx), in the order they arrived. */
    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
