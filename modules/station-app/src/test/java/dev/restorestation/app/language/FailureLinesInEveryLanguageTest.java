package dev.restorestation.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import dev.restorestation.app.StationProcess;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code station: …} line of a failure the technician meets, in a Spanish, a German and an English
 * JVM: worded in each language, never the JDK's class name or the manifest's English, and English in English.
 */
class FailureLinesInEveryLanguageTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;


    @Test
    void anUnreachableCatalogServerIsSaidInWords() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String[] command = {"firmware", "catalog", "iPhone15,2", "--catalog-url", "http://127.0.0.1:" + closedPort + "/"};
        String place = "127.0.0.1:" + closedPort;

        assertThat(station("en", command).err()).isEqualTo(
                "station: cannot reach " + place + ": connection refused, and no catalog was saved before" + System.lineSeparator());
        assertThat(station("es", command).err()).isEqualTo("station: no se puede conectar con " + place
                + ": conexión rechazada, y nunca se guardó un catálogo" + System.lineSeparator());
        assertThat(station("de", command).err()).isEqualTo("station: " + place
                + " nicht erreichbar: Verbindung abgelehnt, und es wurde noch nie ein Katalog gespeichert" + System.lineSeparator());
        for (String language : List.of("en", "es", "de")) {
            assertThat(station(language, command).err()).doesNotContain("Exception");
        }
    }

    @Test
    void anIpswWhoseManifestLacksAComponentIsRefusedInTheStationsLanguage() throws Exception {
        Path file = withoutIbss(SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1").identity(0x8015, 0x02, "d20ap"))
                .write(files.resolve("iPhone10,1_16.7.10_20H350_Restore.ipsw"));

        StationProcess english = station("en", "firmware", "import", file.toString());
        StationProcess spanish = station("es", "firmware", "import", file.toString());
        StationProcess german = station("de", "firmware", "import", file.toString());

        assertThat(english.exitCode()).isNotZero();
        assertThat(english.err()).endsWith("station: BuildManifest.plist lacks BuildIdentities[0].Manifest.iBSS" + System.lineSeparator());
        assertThat(spanish.err()).endsWith("station: a BuildManifest.plist le falta BuildIdentities[0].Manifest.iBSS"
                + System.lineSeparator()).doesNotContain("lacks");
        assertThat(german.err()).endsWith("station: in BuildManifest.plist fehlt BuildIdentities[0].Manifest.iBSS"
                + System.lineSeparator()).doesNotContain("lacks");
        assertThat(station("es", "firmware", "list", "--json").out()).isEqualTo(station("en", "firmware", "list", "--json").out());
    }

    @Test
    void aCachedIpswFoundWithoutAComponentIsQuarantinedWithItsEnglishReasonAndReportedInSpanish() throws Exception {
        SyntheticIpsw good = SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1").identity(0x8015, 0x02, "d20ap");
        Path bad = withoutIbss(SyntheticIpsw.of("20H350", "16.7.10", "iPhone10,1").identity(0x8015, 0x02, "d20ap"))
                .write(files.resolve("bad.ipsw"));
        assertThat(station("en", "firmware", "import", good.write(files.resolve("good.ipsw")).toString()).exitCode()).isZero();
        Path cached;
        try (var listed = Files.list(dataDir.resolve("firmware").resolve("files"))) {
            cached = listed.filter(file -> file.toString().endsWith(".ipsw")).findFirst().orElseThrow();
        }
        Files.copy(bad, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        StationProcess spanish = station("es", "firmware", "verify", "--all");

        assertThat(spanish.exitCode()).isNotZero();
        assertThat(spanish.err()).contains(": a BuildManifest.plist le falta BuildIdentities[0].Manifest.iBSS").doesNotContain("lacks");
        String json = station("es", "firmware", "list", "--json").out();
        assertThat(json).isEqualTo(station("en", "firmware", "list", "--json").out()).contains("\"state\" : \"quarantined\"");
        assertThat(Files.readString(dataDir.resolve("firmware").resolve("index.json")))
                .containsPattern("\"quarantineReason\" ?: ?\"BuildManifest.plist lacks BuildIdentities\\[0]\\.Manifest\\.iBSS\"");
        try (var reasons = Files.list(dataDir.resolve("firmware").resolve("quarantine"))) {
            Path reason = reasons.filter(file -> file.toString().endsWith(".reason.txt")).findFirst().orElseThrow();
            assertThat(Files.readString(reason)).endsWith(": BuildManifest.plist lacks BuildIdentities[0].Manifest.iBSS\n");
        }
    }

    private static SyntheticIpsw withoutIbss(SyntheticIpsw ipsw) throws Exception {
        NSDictionary manifest = (NSDictionary) PropertyListParser.parse(ipsw.manifest().getBytes(StandardCharsets.UTF_8));
        NSDictionary identity = (NSDictionary) ((NSArray) manifest.get("BuildIdentities")).objectAtIndex(0);
        ((NSDictionary) identity.get("Manifest")).remove("iBSS");
        return ipsw.manifestBytes(manifest.toXMLPropertyList().getBytes(StandardCharsets.UTF_8));
    }

    private StationProcess station(String language, String... args) throws Exception {
        return StationProcess.run(new Locale(language, "US"), dataDir, files, args);
    }
}
