package dev.restorestation.app.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.restorestation.app.Station;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code station firmware catalog|fetch} against a real loopback server standing in for ipsw.me. */
class FirmwareFetchCommandTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final AtomicInteger ipswRequests = new AtomicInteger();
    private Path ipsw;
    private String sha1;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        ipsw = SyntheticIpsw.of("23C71", "26.2.1", "iPhone13,2").identity(0x8101, 0x0C, "d53gap")
                .im4p("Firmware/all_flash/iBoot.d53g.RELEASE.im4p", 30_000).diskImage("090-1.dmg", 3 << 20)
                .write(dir.resolve("fw.ipsw"));
        sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(ipsw)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange; InputStream ignored = exchange.getRequestBody()) {
                String path = exchange.getRequestURI().getPath();
                byte[] body = path.equals("/fw.ipsw") ? Files.readAllBytes(ipsw) : documents.get(path);
                if (path.equals("/fw.ipsw")) {
                    ipswRequests.incrementAndGet();
                }
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().set("ETag", "\"v1\"");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        documents.put("/device/iPhone13,2", ("{\"identifier\":\"iPhone13,2\",\"firmwares\":[{\"identifier\":\"iPhone13,2\","
                + "\"version\":\"26.2.1\",\"buildid\":\"23C71\",\"sha1sum\":\"" + sha1 + "\",\"md5sum\":\"x\","
                + "\"sha256sum\":null,\"filesize\":" + Files.size(ipsw) + ",\"url\":\"" + base() + "fw.ipsw\","
                + "\"releasedate\":\"2026-01-12T17:00:00Z\",\"uploaddate\":\"2026-01-10T20:35:13Z\",\"signed\":true}]}")
                .getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Test
    void catalogListsTheBuildsWithTheirChecksumSources() throws Exception {
        assertThat(run("firmware", "catalog", "iPhone13,2", "--catalog-url", base(), "--json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("device").asText()).isEqualTo("iPhone13,2");
        assertThat(json.get("offline").asBoolean()).isFalse();
        JsonNode build = json.get("builds").get(0);
        assertThat(fieldNames(build)).containsExactly("build", "version", "signed", "size", "sha1", "sha256", "url",
                "releasedAt", "checksumSources", "conflict");
        assertThat(build.get("sha1").asText()).isEqualTo(sha1);
        assertThat(json.get("notes").get(0).asText()).startsWith("checksums from ipsw.me only: 127.0.0.1 answered HTTP 404");
    }

    @Test
    void inGermanTheListingAndItsNotesAreGermanWhileTheJsonStaysEnglish() throws Exception {
        // the station applies the language its settings name, as a shop sets it
        assertThat(run("firmware", "catalog", "iPhone13,2", "--catalog-url", base(), "--json")).isZero();
        String english = withoutFetchTime(out.toString());
        assertThat(run("firmware", "fetch", "iPhone13,2", "99Z99", "--catalog-url", base())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("station: the catalog has no build 99Z99 for iPhone13,2");
        Files.writeString(dir.resolve("data").resolve("settings.json"), "{\"version\": 7, \"language\": \"de\"}");
        try {
            out = new StringWriter();
            assertThat(run("firmware", "catalog", "iPhone13,2", "--catalog-url", base(), "--json")).isZero();
            assertThat(withoutFetchTime(out.toString())).isEqualTo(english).contains("checksums from ipsw.me only");

            out = new StringWriter();
            assertThat(run("firmware", "catalog", "iPhone13,2", "--catalog-url", base())).isZero();
            assertThat(out.toString().lines()).first().isEqualTo("iPhone13,2: 1 Build");
            assertThat(out.toString()).contains(" signiert ").contains("Prüfsummen nur von ipsw.me: ")
                    .doesNotContain("checksums from", "signed");
            assertThat(out.toString()).as("the reason inside the note is worded too")
                    .contains("Prüfsummen nur von ipsw.me: 127.0.0.1 antwortete mit HTTP 404 für " + base() + "version.xml");

            err = new StringWriter();
            assertThat(run("firmware", "fetch", "iPhone13,2", "99Z99", "--catalog-url", base())).isEqualTo(1);
            assertThat(err.toString().strip()).isEqualTo("station: der Katalog hat keinen Build 99Z99 für iPhone13,2");

            out = new StringWriter();
            assertThat(run("firmware", "fetch", "iPhone13,2", "23C71", "--catalog-url", base())).isZero();
            out = new StringWriter();
            assertThat(run("firmware", "list")).isZero();
            assertThat(out.toString().lines()).first().asString().contains(" geprüft ");
        } finally {
            StationLanguage.choose("");
        }
    }

    @Test
    void anUnreadableSettingsFileIsOneWarningLine() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data").resolve("settings.json"), "{not json");

        assertThat(run("firmware", "catalog", "iPhone13,2", "--catalog-url", base())).isZero();

        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("station: warning: settings file ").contains("cannot be read").endsWith("using defaults");
    }

    @Test
    void catalogTextEscapesControlCharactersFromTheCatalog() {
        documents.put("/device/iPhone13,2", new String(documents.get("/device/iPhone13,2"), StandardCharsets.UTF_8)
                .replace("\"26.2.1\"", "\"26.2.1\\u001b]0;PWNED\\u0007\"").getBytes(StandardCharsets.UTF_8));

        assertThat(run("firmware", "catalog", "iPhone13,2", "--catalog-url", base())).isZero();

        assertThat(out.toString()).contains("26.2.1\\x1b]0;PWNED\\x07").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void fetchDownloadsOnceAndTheBuildIsThenListedAsVerified() throws Exception {
        assertThat(run("firmware", "fetch", "iPhone13,2", "23C71", "--catalog-url", base())).isZero();
        assertThat(out.toString()).startsWith("23C71 (iOS 26.2.1) for iPhone13,2 is in the cache, verified")
                .contains("sha1 " + sha1);
        assertThat(run("firmware", "fetch", "iPhone13,2", "23C71", "--catalog-url", base())).isZero();
        assertThat(ipswRequests.get()).isEqualTo(1);

        out = new StringWriter();
        assertThat(run("firmware", "list", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("state").asText()).isEqualTo("verified");
    }

    @Test
    void badCatalogAnswersAndBadOptionsAreOneLine() {
        documents.put("/device/iPhone13,2", "{\"firmwares\":[{\"identifier\":\"iPhone13,2\"}]}".getBytes(StandardCharsets.UTF_8));

        assertThat(run("firmware", "fetch", "iPhone13,2", "23C71", "--catalog-url", base())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("station: ipsw.me firmware entry 1 lacks sha1sum" + System.lineSeparator());
        err = new StringWriter();
        assertThat(run("firmware", "catalog", "iPhone13,2", "--catalog-url", "ftp://mirror/")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("station: --catalog-url must be an http or https URL, not 'ftp://mirror/'");
        assertThat(ipswRequests.get()).isZero();
    }

    private int run(String... args) {
        CommandLine line = new Station().commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return line.execute(all.toArray(String[]::new));
    }

    private static String withoutFetchTime(String json) {
        return json.replaceFirst("\"fetchedAt\" : \"[^\"]+\"", "");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
