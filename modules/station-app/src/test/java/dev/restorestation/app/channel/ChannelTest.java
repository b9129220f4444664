package dev.restorestation.app.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The channel over a real Unix-domain socket: a server on its threads, a client in the test. */
class ChannelTest {

    @TempDir
    Path dataDir;

    private final ChannelRequests requests = new ChannelRequests()
            .on("double", params -> IntNode.valueOf(params.path("n").asInt() * 2))
            .on("refuse", params -> {
                throw new ChannelRequests.Refused("no restore attempts for ticket R-1: no report");
            });

    @Test
    void aRequestIsAnsweredAndARefusalArrivesAsItsOneLine() throws Exception {
        try (ChannelServer server = ChannelServer.serve(dataDir, requests)) {
            ChannelClient client = ChannelClient.find(dataDir).orElseThrow();

            assertThat(client.ask("double", ChannelProtocol.JSON.createObjectNode().put("n", 21)).asInt()).isEqualTo(42);
            assertThatThrownBy(() -> client.ask("refuse", ChannelProtocol.JSON.createObjectNode()))
                    .isInstanceOf(ChannelException.class)
                    .hasMessage("no restore attempts for ticket R-1: no report");
            assertThatThrownBy(() -> client.ask("queue", ChannelProtocol.JSON.createObjectNode()))
                    .hasMessage("the running station does not answer 'queue' requests");
        }
    }

    @Test
    void theSocketIsTheOwnersOnlyAndGoesWithTheServer() throws Exception {
        Path socket;
        try (ChannelServer server = ChannelServer.serve(dataDir, requests)) {
            socket = server.socket();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())))
                    .as("only the owner may reach the socket").isEqualTo("rwx------");
        }
        assertThat(socket).doesNotExist();
        assertThat(ChannelClient.find(dataDir)).as("no station running").isEmpty();
    }

    @Test
    void aSocketAKilledStationLeftDoesNotBlockTheNextStart() throws Exception {
        Path socket = ChannelProtocol.socket(dataDir);
        Files.createDirectories(socket.getParent());
        ServerSocketChannel killed = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        killed.bind(UnixDomainSocketAddress.of(socket));
        killed.close();
        assertThat(socket).as("closing a socket leaves its file, as a kill -9 does").exists();
        assertThat(ChannelClient.find(dataDir)).as("nobody answers on a stale socket").isEmpty();

        try (ChannelServer server = ChannelServer.serve(dataDir, requests)) {
            assertThat(ChannelClient.find(dataDir).orElseThrow()
                    .ask("double", ChannelProtocol.JSON.createObjectNode().put("n", 2)).asInt()).isEqualTo(4);
        }
    }

    @Test
    void aSecondServerOnALiveSocketIsRefusedAndTheFirstKeepsServing() throws Exception {
        try (ChannelServer first = ChannelServer.serve(dataDir, requests)) {
            assertThatThrownBy(() -> ChannelServer.serve(dataDir, requests))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("another station already answers on " + first.socket());
            assertThat(ChannelClient.find(dataDir).orElseThrow()
                    .ask("double", ChannelProtocol.JSON.createObjectNode().put("n", 5)).asInt()).isEqualTo(10);
        }
    }

    @Test
    void anotherVersionNonsenseAndAnOversizedRequestEachGetAOneLineRefusal() throws Exception {
        try (ChannelServer server = ChannelServer.serve(dataDir, requests)) {
            assertThat(raw(server.socket(), "{\"v\":2,\"request\":\"double\",\"params\":{\"n\":1}}\n"))
                    .contains("\"ok\":false").contains("this station speaks channel version 1, the command version 2");
            assertThat(raw(server.socket(), "hello\n")).contains("\"ok\":false").contains("the request is not JSON");
            assertThat(raw(server.socket(), "{\"v\":1,\"request\":\"" + "x".repeat(70_000) + "\"}\n"))
                    .contains("\"ok\":false").contains("longer than 65536 bytes");
            assertThat(raw(server.socket(), "{\"v\":1,\"request\":\"double\",\"params\":{\"n\":8}}\n"))
                    .as("still serving").contains("\"ok\":true").contains("\"result\":16");
        }
    }

    @Test
    void aStationThatStopsBeforeItAnswersIsSaidInOneLine() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ChannelRequests slow = new ChannelRequests().on("slow", params -> {
            asked.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TextNode.valueOf("late");
        });
        ChannelServer server = ChannelServer.serve(dataDir, slow);
        ChannelClient client = new ChannelClient(dataDir, Duration.ofSeconds(1));
        try {
            assertThatThrownBy(() -> client.ask("slow", ChannelProtocol.JSON.createObjectNode()))
                    .isInstanceOf(ChannelException.class)
                    .hasMessage("the station running on " + dataDir + " did not answer within 1 s");
            assertThat(asked.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            release.countDown();
            server.close();
        }
        assertThatThrownBy(() -> client.ask("slow", ChannelProtocol.JSON.createObjectNode()))
                .isInstanceOf(ChannelException.class)
                .hasMessageMatching("the station running on .* could not be asked: (connection refused|the connection failed)");
    }

    /** Sends {@code line} as it is and returns the answer line. */
    private static String raw(Path socket, String line) throws IOException {
        try (SocketChannel connection = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            ByteBuffer out = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) {
                connection.write(out);
            }
            ByteBuffer in = ByteBuffer.allocate(4096);
            StringBuilder answer = new StringBuilder();
            while (connection.read(in) >= 0) {
                in.flip();
                answer.append(StandardCharsets.UTF_8.decode(in));
                in.clear();
            }
            return answer.toString();
        }
    }

}
