package dev.restorestation.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.restorestation.core.testing.BundleAudit;
import dev.restorestation.core.ticket.Ticket;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The core's words: every language has them all, each is used, and the reasons they give are worded, not the JDK's. */
class CoreWordsTest {

    private static final BundleAudit AUDIT = new BundleAudit("dev.restorestation.core.text.words", DurationText.class);
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @AfterEach
    void backToEnglish() {
        StationLanguage.choose("en");
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeysAndEachIsUsed() {
        assertThat(AUDIT.keyProblems()).isEmpty();
        assertThat(AUDIT.patternProblems()).isEmpty();
        Pattern call = Pattern.compile("(?:wording|WORDS\\.text\\(language,)\\(?\\s*");
        assertThat(AUDIT.usageProblems(Path.of("src/main/java/dev/restorestation/core"), call, Set.of())).isEmpty();
    }

    @Test
    void everyNetworkReasonReadsDifferentlyInSpanishAndGerman() {
        for (String key : AUDIT.englishKeys().stream().filter(key -> key.startsWith("network.")).toList()) {
            Wording reason = CoreText.wording(key, "127.0.0.1:9", "X");
            assertThat(reason.text(SPANISH)).as(key).isNotEqualTo(reason.english());
            assertThat(reason.text(Locale.GERMAN)).as(key).isNotEqualTo(reason.english());
        }
    }

    @Test
    void aRefusedConnectionIsSaidInWordsNotByTheJdksClassName() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Throwable refused = catchThrowable(() -> client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closedPort + "/")).build(),
                HttpResponse.BodyHandlers.discarding()));
        Wording said = NetworkFailure.connecting("127.0.0.1:" + closedPort, refused);

        assertThat(refused).isInstanceOf(ConnectException.class);
        assertThat(said.english()).isEqualTo("could not connect to 127.0.0.1:" + closedPort + ": connection refused");
        assertThat(said.text(SPANISH)).isEqualTo("no se pudo conectar con 127.0.0.1:" + closedPort + ": conexión rechazada");
        assertThat(said.text(Locale.GERMAN)).isEqualTo("keine Verbindung zu 127.0.0.1:" + closedPort + ": Verbindung abgelehnt");
    }

    @Test
    void anUnknownHostATimeoutAndAFailedHandshakeEachHaveTheirWords() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Throwable unknown = catchThrowable(() -> client.send(
                HttpRequest.newBuilder(URI.create("http://no-such-host.invalid/")).build(),
                HttpResponse.BodyHandlers.discarding()));
        Throwable timedOut;
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), silent.getLocalPort())) {
            socket.setSoTimeout(50);
            timedOut = catchThrowable(() -> socket.getInputStream().read());
        }

        assertThat(timedOut).isInstanceOf(SocketTimeoutException.class);
        assertThat(NetworkFailure.reason(unknown).text(SPANISH)).isEqualTo("no se conoce ningún equipo con ese nombre");
        assertThat(NetworkFailure.reason(timedOut).text(Locale.GERMAN)).isEqualTo("keine Antwort in der vorgesehenen Zeit");
        assertThat(NetworkFailure.reason(new IOException("wrapped", new SSLHandshakeException("PKIX path building failed")))
                .text(SPANISH)).isEqualTo("falló la conexión segura (TLS)");
        assertThat(NetworkFailure.reason(new IOException()).english()).isEqualTo("the connection failed");
    }

    @Test
    void aTooLongCustomerNoteIsKeptEnglishAndShownInTheStationsLanguage() {
        StationLanguage.choose("es");
        Throwable tooLong = catchThrowable(() -> Ticket.checkedNote("x".repeat(1010)));

        assertThat(tooLong).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer note is 1010 characters long; at most 1000 are allowed");
        assertThat(tooLong.getLocalizedMessage())
                .isEqualTo("la nota del cliente tiene 1010 caracteres; se admiten como máximo 1000");
        StationLanguage.choose("de");
        assertThat(tooLong.getLocalizedMessage()).isEqualTo("die Kundennotiz ist 1010 Zeichen lang; höchstens 1000 sind erlaubt");
        assertThat(tooLong.toString()).endsWith(": customer note is 1010 characters long; at most 1000 are allowed");
    }
}
