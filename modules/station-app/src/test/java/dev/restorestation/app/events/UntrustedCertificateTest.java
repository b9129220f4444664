package dev.restorestation.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import dev.restorestation.history.Outbox;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS receivers must show a certificate the JDK trusts: a self-signed one gets no event. */
class UntrustedCertificateTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    @Test
    void aReceiverWithASelfSignedCertificateGetsNothingAndTheEventsWait() throws Exception {
        Path keystore = dir.resolve("receiver.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process made = new ProcessBuilder(keytool, "-genkeypair", "-alias", "receiver", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        assertThat(made.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(made.exitValue()).as(new String(made.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();

        SSLServerSocket receiver = (SSLServerSocket) tls(keystore).getServerSocketFactory()
                .createServerSocket(0, 10, InetAddress.getLoopbackAddress());
        AtomicInteger connections = new AtomicInteger();
        AtomicInteger handshakes = new AtomicInteger();
        Thread accepting = new Thread(() -> {
            while (!receiver.isClosed()) {
                try (SSLSocket client = (SSLSocket) receiver.accept()) {
                    connections.incrementAndGet();
                    client.startHandshake();
                    handshakes.incrementAndGet();
                } catch (IOException e) {
                    // the station refused the certificate, or the receiver was closed
                }
            }
        });
        accepting.start();
        String url = "https://localhost:" + receiver.getLocalPort() + "/hooks/restore";
        try (HistoryDatabase history = HistoryDatabase.open(new HistorySource.EmbeddedFile(dir.resolve("history")),
                "bench-1", Clock.systemUTC())) {
            history.attemptLog().finish(history.attemptLog().begin(attempt()), AttemptOutcome.SUCCEEDED, null);
            WebhookSettings settings = new WebhookSettings(List.of(WebhookEndpoint.check(url, false)),
                    "shop-secret-0123456789".getBytes(StandardCharsets.UTF_8), List.of(),
                    Set.copyOf(ShopWebhooks.DEFAULT_EVENTS));
            try (WebhookDeliverer deliverer = WebhookDeliverer.start(history.outbox(), settings, Clock.systemUTC(),
                    new WebhookDeliverer.Timing(Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(100),
                            Duration.ofHours(24), Duration.ofSeconds(2)))) {
                Thread.sleep(1500);
            }
            assertThat(connections.get()).as("the station tried").isPositive();
            assertThat(handshakes.get()).as("and refused the certificate every time").isZero();
            assertThat(history.outbox().state(url, settings.events())).as("the attempt's end waits")
                    .isEqualTo(new Outbox.EndpointState(0, 0, 1));
        } finally {
            receiver.close();
            accepting.join(5000);
        }
    }

    private static SSLContext tls(Path keystore) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        return tls;
    }

    private static NewAttempt attempt() {
        return new NewAttempt(new Ticket("R-11"), null, Ecid.parse("0x1A2B3C4D5E6F70"), null, null, "iPhone14,2", "Phone",
                "3", "bench-1", "Sam", "22G86", null, DeviceMode.DFU, RestoreKind.ERASE, "idevicerestore", "1.0.0",
                List.of());
    }
}
