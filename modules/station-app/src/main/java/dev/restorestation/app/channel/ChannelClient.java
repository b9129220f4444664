package dev.restorestation.app.channel;

import static dev.restorestation.app.text.AppText.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restorestation.core.text.NetworkFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A command's end of the channel: asks the station running on a data directory, one request per connection. */
public final class ChannelClient {

    /** Long enough for a report of a ticket with many attempts on a busy bench. */
    static final Duration ANSWER_WAIT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final Path socket;
    private final Duration answerWait;

    ChannelClient(Path dataDirectory, Duration answerWait) {
        this.dataDirectory = dataDirectory;
        this.socket = ChannelProtocol.socket(dataDirectory);
        this.answerWait = answerWait;
    }

    /** The station running on {@code dataDirectory}, if one answers on its socket now. */
    public static Optional<ChannelClient> find(Path dataDirectory) {
        return answers(ChannelProtocol.socket(dataDirectory))
                ? Optional.of(new ChannelClient(dataDirectory, ANSWER_WAIT)) : Optional.empty();
    }

    /** Whether a station listens on {@code socket}: a file a killed station left behind refuses the connection. */
    static boolean answers(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel probe = connect(socket)) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Sends one request and returns the station's {@code result}. A refusal throws
     * {@link ChannelException} with the station's reason as it stands; so does a station that stopped
     * or did not answer in time, saying so.
     */
    public JsonNode ask(String request, JsonNode params) {
        ObjectNode message = ChannelProtocol.JSON.createObjectNode().put("v", ChannelProtocol.VERSION)
                .put("request", request);
        message.set("params", params);
        JsonNode answer = exchange(message);
        if (answer.path("v").asInt(0) != ChannelProtocol.VERSION) {
            throw new ChannelException(text("channel.otherVersion", dataDirectory.toString(),
                    String.valueOf(answer.path("v").asInt(0)), String.valueOf(ChannelProtocol.VERSION)));
        }
        if (!answer.path("ok").asBoolean(false)) {
            throw new ChannelException(answer.path("error").asText(text("channel.refused")));
        }
        return answer.path("result");
    }

    private JsonNode exchange(JsonNode message) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "station-channel-wait");
            thread.setDaemon(true);
            return thread;
        });
        AtomicBoolean late = new AtomicBoolean();
        try (SocketChannel connection = connect(socket)) {
            ScheduledFuture<?> deadline = timer.schedule(() -> {
                late.set(true);
                close(connection);
            }, answerWait.toMillis(), TimeUnit.MILLISECONDS);
            ByteBuffer out = ByteBuffer.wrap((ChannelProtocol.JSON.writeValueAsString(message) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) {
                connection.write(out);
            }
            String line = readLine(connection);
            if (late.get()) {
                throw late();
            }
            deadline.cancel(false);
            if (line.isEmpty()) {
                throw new ChannelException(text("channel.stopped", dataDirectory.toString()));
            }
            return ChannelProtocol.JSON.readTree(line);
        } catch (IOException e) {
            if (late.get()) {
                throw late();
            }
            throw new ChannelException(text("channel.cannotAsk", dataDirectory.toString(), NetworkFailure.reason(e).text()));
        } finally {
            timer.shutdownNow();
        }
    }

    private ChannelException late() {
        return new ChannelException(text("channel.late", dataDirectory.toString(), String.valueOf(answerWait.toSeconds())));
    }

    private static String readLine(SocketChannel connection) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        try {
            while (connection.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte next = buffer.get();
                    if (next == '\n') {
                        return line.toString(StandardCharsets.UTF_8);
                    }
                    line.write(next);
                }
                buffer.clear();
            }
        } catch (java.nio.channels.AsynchronousCloseException timedOut) {
            return "";
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static SocketChannel connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void close(SocketChannel connection) {
        try {
            connection.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
