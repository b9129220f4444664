package dev.restorestation.firmware.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.firmware.catalog.CatalogView;
import dev.restorestation.firmware.catalog.FirmwareCatalog;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog from a real loopback server: cross-check, offline copy with its age, bad answers. */
class CatalogFetchTest {

    @TempDir
    Path dir;

    private LoopbackServer server;
    private final URI url = URI.create("http://updates-http.cdn-apple.com/x/iPhone13,2_26.2.1_23C71_Restore.ipsw");
    private final String sha1 = "693bb78c8f6baf4186f7797bf3a0ef7d3b18255e";
    private final String sha256 = "1f6096c3298c87172f431e4924a4cf3c53298e5920f4b6c817929aa32d90c5ff";

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        server.document("/device/iPhone13,2", Fixtures.deviceJson("iPhone13,2", "23C71", url, 9_876_543_210L, sha1, sha256, true));
        server.document("/version.xml", Fixtures.versionXml("iPhone13,2", "23C71", sha1));
    }

    @AfterEach
    void stop() {
        server.close();
        StationLanguage.choose("");
    }

    private FirmwareCatalog catalog(Instant now) {
        return FirmwareCatalog.open(Downloader.httpClient(), server.base(), dir, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void bothSourcesAgreeingAreNamedAndTheNewestComesFirst() throws Exception {
        CatalogView view = catalog(Instant.now()).builds("iPhone13,2");

        assertThat(view.offline()).isFalse();
        assertThat(view.notes()).isEmpty();
        assertThat(view.entries()).extracting(entry -> entry.build()).containsExactly("23C71", "23B85");
        assertThat(view.entries().get(0).checksumSources()).containsExactly("ipsw.me", "apple");
        assertThat(view.entries().get(1).checksumSources()).containsExactly("ipsw.me");
        assertThat(view.entries().get(0).conflict()).isEmpty();
    }

    @Test
    void whenTheNetworkFailsTheSavedCatalogIsUsedAndItsAgeIsSaid() throws Exception {
        Instant morning = Instant.now();
        catalog(morning).builds("iPhone13,2");
        server.fault = LoopbackServer.Fault.SERVER_ERROR;

        CatalogView view = catalog(morning.plus(Duration.ofHours(5))).builds("iPhone13,2");

        assertThat(view.offline()).isTrue();
        assertThat(view.entries()).hasSize(2);
        assertThat(view.notesIn(Locale.ENGLISH).get(0)).startsWith("offline: using the catalog saved 5 hours ago (127.0.0.1 answered HTTP 503)");
        assertThat(view.age(morning.plus(Duration.ofHours(5)))).isBetween(Duration.ofHours(5).minusSeconds(2), Duration.ofHours(5));
    }

    @Test
    void withoutNetworkAndWithoutASavedCopyItSaysSo() {
        server.fault = LoopbackServer.Fault.SERVER_ERROR;

        Throwable unreachable = catchThrowable(() -> catalog(Instant.now()).builds("iPhone13,2"));

        assertThat(unreachable).hasMessage("127.0.0.1 answered HTTP 503, and no catalog was saved before");
        StationLanguage.choose("de");
        assertThat(unreachable.getLocalizedMessage())
                .isEqualTo("127.0.0.1 antwortete mit HTTP 503, und es wurde noch nie ein Katalog gespeichert");
        assertThat(unreachable).hasMessage("127.0.0.1 answered HTTP 503, and no catalog was saved before");
    }

    @Test
    void aServerThatRefusesTheConnectionIsSaidInWordsNotByTheJdksClassName() {
        URI closed = server.base();
        server.close();

        Throwable refused = catchThrowable(() -> FirmwareCatalog.open(Downloader.httpClient(), closed, dir,
                Clock.systemUTC()).builds("iPhone13,2"));

        String place = closed.getHost() + ":" + closed.getPort();
        assertThat(refused).hasMessage("cannot reach " + place + ": connection refused, and no catalog was saved before");
        StationLanguage.choose("es");
        assertThat(refused.getLocalizedMessage())
                .isEqualTo("no se puede conectar con " + place + ": conexión rechazada, y nunca se guardó un catálogo");
        StationLanguage.choose("de");
        assertThat(refused.getLocalizedMessage())
                .isEqualTo(place + " nicht erreichbar: Verbindung abgelehnt, und es wurde noch nie ein Katalog gespeichert");
    }

    @Test
    void aMalformedAnswerIsAnErrorAndTheSavedCopyStaysGood() throws Exception {
        catalog(Instant.now()).builds("iPhone13,2");
        byte[] saved = Files.readAllBytes(dir.resolve("ipswme-iPhone13,2.json"));
        server.document("/device/iPhone13,2", "{\"firmwares\":[{\"identifier\":\"iPhone13,2\"");

        assertThatThrownBy(() -> catalog(Instant.now()).builds("iPhone13,2"))
                .hasMessageStartingWith("the ipsw.me catalog for iPhone13,2 is not JSON: ");
        assertThat(Files.readAllBytes(dir.resolve("ipswme-iPhone13,2.json"))).isEqualTo(saved);
    }

    @Test
    void withoutApplesListTheChecksumsComeFromOneSourceAndItIsSaid() throws Exception {
        server.document("/version.xml", "not a plist");

        CatalogView view = catalog(Instant.now()).builds("iPhone13,2");

        assertThat(view.notesIn(Locale.ENGLISH)).singleElement().asString().startsWith("checksums from ipsw.me only: Apple's version.xml is not a property list");
        assertThat(view.entries().get(0).checksumSources()).containsExactly("ipsw.me");
    }

    @Test
    void aProductTypeThatIsNotOneIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> catalog(Instant.now()).builds("../../etc"))
                .hasMessage("not a product type: '../../etc' (e.g. iPhone14,2)");
    }
}
