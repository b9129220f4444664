package dev.restorestation.app.channel;

import static dev.restorestation.app.text.AppText.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restorestation.core.files.FileAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running station's end of the channel: listens on the socket in the data directory and answers
 * each connection's one request from {@link ChannelRequests}. Requests are answered side by side on
 * a few threads of their own; a client that sends nothing is dropped after {@link #REQUEST_WAIT}.
 */
public final class ChannelServer implements AutoCloseable {

    static final Duration REQUEST_WAIT = Duration.ofSeconds(10);
    private static final int WORKERS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(ChannelServer.class);

    private final Path socket;
    private final ServerSocketChannel listening;
    private final ChannelRequests requests;
    private final ExecutorService workers;
    private final ScheduledExecutorService deadlines;
    private final Thread acceptor;
    /** Removes the socket when the process is stopped (kill -TERM) without closing the server. */
    private final Thread removeOnExit;

    private ChannelServer(Path socket, ServerSocketChannel listening, ChannelRequests requests) {
        this.socket = socket;
        this.listening = listening;
        this.requests = requests;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(WORKERS, task -> daemon(task, "station-channel-" + count.incrementAndGet()));
        this.deadlines = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "station-channel-deadline"));
        this.acceptor = daemon(this::acceptAll, "station-channel");
        this.removeOnExit = new Thread(this::deleteSocket, "station-channel-exit");
    }

    /**
     * Serves {@code requests} on the socket of {@code dataDirectory}. A socket file a killed station
     * left behind (nobody answers on it) is replaced; one a live station answers on is refused.
     */
    public static ChannelServer serve(Path dataDirectory, ChannelRequests requests) throws IOException {
        Path socket = ChannelProtocol.socket(dataDirectory);
        FileAccess.OWNER_ONLY.folder(socket.getParent());
        if (Files.exists(socket)) {
            if (ChannelClient.answers(socket)) {
                throw new IOException("another station already answers on " + socket);
            }
            Files.delete(socket);
        }
        ServerSocketChannel listening = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            listening.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            listening.close();
            Files.deleteIfExists(socket);
            throw new IOException("cannot listen on " + socket + ": " + e.getMessage(), e);
        }
        ChannelServer server = new ChannelServer(socket, listening, requests);
        server.acceptor.start();
        Runtime.getRuntime().addShutdownHook(server.removeOnExit);
        LOG.info("answering {} on {}", requests.names(), socket);
        return server;
    }

    public Path socket() {
        return socket;
    }

    private void acceptAll() {
        while (listening.isOpen()) {
            try {
                SocketChannel connection = listening.accept();
                try {
                    workers.execute(() -> answer(connection));
                } catch (RejectedExecutionException closing) {
                    connection.close();
                }
            } catch (AsynchronousCloseException closed) {
                return;
            } catch (IOException e) {
                LOG.warn("the channel could not take a connection: {}", e.getMessage());
                pause();
            }
        }
    }

    /** After a failed accept (out of file handles, say), so that a lasting failure does not spin. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(SocketChannel connection) {
        try (connection) {
            String line = within(REQUEST_WAIT, connection, () -> readLine(connection));
            String reply = ChannelProtocol.JSON.writeValueAsString(reply(line)) + "\n";
            ByteBuffer bytes = ByteBuffer.wrap(reply.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                connection.write(bytes);
            }
            connection.shutdownOutput();
            // a client still sending an oversized request would otherwise be reset before it reads its answer
            within(Duration.ofSeconds(1), connection, () -> discardRest(connection));
        } catch (IOException e) {
            LOG.debug("a channel client left before its answer: {}", e.getMessage());
        }
    }

    private interface Reading<T> {
        T read() throws IOException;
    }

    /** Runs {@code reading}, closing the connection if it takes longer than {@code limit}. */
    private <T> T within(Duration limit, SocketChannel connection, Reading<T> reading) throws IOException {
        ScheduledFuture<?> deadline = deadlines.schedule(() -> closeQuietly(connection), limit.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return reading.read();
        } finally {
            deadline.cancel(false);
        }
    }

    private static Void discardRest(SocketChannel connection) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        long discarded = 0;
        while (discarded < 16L * ChannelProtocol.MAX_REQUEST_BYTES && connection.read(buffer) >= 0) {
            discarded += buffer.position();
            buffer.clear();
        }
        return null;
    }

    private ObjectNode reply(String line) {
        ObjectNode answer = ChannelProtocol.JSON.createObjectNode().put("v", ChannelProtocol.VERSION);
        try {
            if (line == null) {
                throw new ChannelRequests.Refused(text("channel.tooLong", String.valueOf(ChannelProtocol.MAX_REQUEST_BYTES)));
            }
            JsonNode request = ChannelProtocol.JSON.readTree(line);
            int version = request.path("v").asInt(0);
            if (version != ChannelProtocol.VERSION) {
                throw new ChannelRequests.Refused(text("channel.commandVersion", String.valueOf(ChannelProtocol.VERSION),
                        String.valueOf(version)));
            }
            String name = request.path("request").asText("");
            ChannelRequests.Handler handler = requests.handler(name).orElseThrow(() ->
                    new ChannelRequests.Refused(text("channel.unknownRequest", name)));
            answer.put("ok", true).set("result", handler.handle(request.path("params")));
        } catch (ChannelRequests.Refused e) {
            answer.put("ok", false).put("error", e.getMessage());
        } catch (IOException e) {
            answer.put("ok", false).put("error", text("channel.notJson"));
        } catch (RuntimeException e) {
            LOG.warn("a channel request failed", e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            answer.put("ok", false).put("error", message.lines().findFirst().orElse(message));
        }
        return answer;
    }

    /** The request line, or null when it is longer than any request can be. */
    private static String readLine(SocketChannel connection) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        while (connection.read(buffer) >= 0) {
            buffer.flip();
            while (buffer.hasRemaining()) {
                byte next = buffer.get();
                if (next == '\n') {
                    return line.toString(StandardCharsets.UTF_8);
                }
                line.write(next);
            }
            if (line.size() > ChannelProtocol.MAX_REQUEST_BYTES) {
                return null;
            }
            buffer.clear();
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static void closeQuietly(SocketChannel connection) {
        try {
            connection.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Stops listening and removes the socket; requests being answered are finished first, for up to a second. */
    @Override
    public void close() {
        try {
            listening.close();
        } catch (IOException e) {
            LOG.debug("closing the channel: {}", e.getMessage());
        }
        workers.shutdown();
        try {
            workers.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadlines.shutdownNow();
        deleteSocket();
        try {
            Runtime.getRuntime().removeShutdownHook(removeOnExit);
        } catch (IllegalStateException exiting) {
            // the hook is running or has run
        }
    }

    private void deleteSocket() {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", socket, e.getMessage());
        }
    }
}
