package dev.restorestation.app.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restorestation.app.Station;
import dev.restorestation.firmware.ipsw.SyntheticIpsw;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code station firmware import|inspect|list|verify|evict} as a technician and a script use them. */
class FirmwareCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private Path ipsw(String build) throws IOException {
        return SyntheticIpsw.of(build, "26.2.1", "iPhone13,2", "iPhone13,3")
                .identity(0x8101, 0x0C, "d53gap")
                .im4p("Firmware/all_flash/iBoot.d53g.RELEASE.im4p", 40_000)
                .diskImage("090-" + build + ".dmg", 2 << 20)
                .write(dir.resolve(build + ".ipsw"));
    }

    @Test
    void inspectPrintsTheDocumentedJsonForAnIpswAndForABareManifest() throws Exception {
        Path file = ipsw("23C71");
        Path plist = Files.writeString(dir.resolve("BuildManifest.plist"),
                SyntheticIpsw.of("23C71", "26.2.1", "iPhone13,2", "iPhone13,3").identity(0x8101, 0x0C, "d53gap").manifest());

        for (Path input : List.of(file, plist)) {
            out = new StringWriter();
            assertThat(run("firmware", "inspect", input.toString(), "--json")).isZero();
            JsonNode json = new ObjectMapper().readTree(out.toString());
            assertThat(fieldNames(json)).containsExactly("build", "version", "productTypes", "identities");
            assertThat(json.get("build").asText()).isEqualTo("23C71");
            assertThat(json.get("productTypes").toString()).isEqualTo("[\"iPhone13,2\",\"iPhone13,3\"]");
            JsonNode erase = json.get("identities").get(0);
            assertThat(fieldNames(erase)).containsExactly("chipId", "boardId", "deviceClass", "restoreBehavior", "variant");
            assertThat(erase.get("chipId").asInt()).isEqualTo(0x8101);
            assertThat(erase.get("boardId").asInt()).isEqualTo(0x0C);
            assertThat(erase.get("restoreBehavior").asText()).isEqualTo("Erase");
            assertThat(json.get("identities").get(1).get("restoreBehavior").asText()).isEqualTo("Update");
        }
        out = new StringWriter();
        assertThat(run("firmware", "inspect", file.toString())).isZero();
        assertThat(out.toString()).startsWith("23C71 (iOS 26.2.1) for iPhone13,2, iPhone13,3")
                .contains("chip 0x8101 board 0x0C  d53gap   Erase");
    }

    @Test
    void importThenListShowsTheVerifiedBuildWithTheDocumentedFields() throws Exception {
        assertThat(run("firmware", "import", ipsw("23C71").toString())).isZero();
        assertThat(out.toString()).startsWith("imported 23C71 (iOS 26.2.1) for iPhone13,2, iPhone13,3");

        out = new StringWriter();
        assertThat(run("firmware", "list", "--json")).isZero();
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertThat(list).hasSize(1);
        assertThat(fieldNames(list.get(0))).containsExactly("build", "version", "productTypes", "size", "sha1",
                "sha256", "state", "verifiedAt", "lastUsedAt");
        assertThat(list.get(0).get("state").asText()).isEqualTo("verified");
        assertThat(list.get(0).get("size").asLong()).isEqualTo(Files.size(dir.resolve("23C71.ipsw")));
        assertThat(list.get(0).get("verifiedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void verifyFindsAFlippedBitAndQuarantinesTheFile() throws Exception {
        assertThat(run("firmware", "import", ipsw("23C71").toString())).isZero();
        assertThat(run("firmware", "verify", "23C71")).isZero();
        assertThat(out.toString()).contains("23C71 iPhone13,2,iPhone13,3 verified: sha1 ");
        Path cached;
        try (var files = Files.list(dir.resolve("data/firmware/files"))) {
            cached = files.findFirst().orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(cached.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int value = file.read();
            file.seek(file.length() / 2);
            file.write(value ^ 0x40);
        }

        err = new StringWriter();
        assertThat(run("firmware", "verify", "--all")).isEqualTo(1);
        assertThat(err.toString()).contains("station: cached 23C71 failed verification and was quarantined: damaged IPSW: CRC-32");
        out = new StringWriter();
        run("firmware", "list", "--json");
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("state").asText()).isEqualTo("quarantined");
        assertThat(run("firmware", "verify", "23C71")).isEqualTo(1);
        assertThat(err.toString()).contains("station: build 23C71 is not in the cache");
    }

    @Test
    void evictRemovesDownToTheSizeAndRefusesANonsenseSize() throws Exception {
        assertThat(run("firmware", "import", ipsw("22A1").toString())).isZero();
        assertThat(run("firmware", "import", ipsw("23C71").toString())).isZero();

        out = new StringWriter();
        assertThat(run("firmware", "evict", "--max-size", "3M")).isZero();
        assertThat(out.toString()).contains("removed 22A1").contains("cache holds 2.1 MiB (limit 3.0 MiB)");
        assertThat(run("firmware", "evict", "--max-size", "lots")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("station: not a size: 'lots' (use e.g. 200G, 500M or a byte count)");
    }

    @Test
    void anUnusableIndexEntryIsOneWarningLineFromListAndFromEvict() throws Exception {
        Path firmware = Files.createDirectories(dir.resolve("data").resolve("firmware"));
        Files.writeString(firmware.resolve("index.json"), "{\"version\":2,\"builds\":[{\"build\":\"23C71\",\"sha256\":\"../x\"}]}");

        assertThat(run("firmware", "evict", "--max-size", "1G")).isZero();
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("station: warning: index entry 1 (build 23C71) is unusable and ignored: ");
        err = new StringWriter();
        assertThat(run("firmware", "list")).isZero();
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("station: warning: index entry 1 (build 23C71) is unusable and ignored: ");
    }

    @Test
    void badFilesGetOneClearLine() throws Exception {
        Path html = Files.writeString(dir.resolve("page.ipsw"), "<html><body>Service Unavailable</body></html>");

        assertThat(run("firmware", "import", html.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("station: not an IPSW: not a ZIP file" + System.lineSeparator());
        err = new StringWriter();
        assertThat(run("firmware", "inspect", dir.resolve("missing.ipsw").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("station: " + dir.resolve("missing.ipsw") + ": no such file");
        out = new StringWriter();
        run("firmware", "list", "--json");
        assertThat(out.toString().strip()).isEqualTo("[ ]");
    }

    @Test
    void controlCharactersInAManifestAndAHostileManifestGetOneLine() throws Exception {
        NSDictionary manifest = (NSDictionary) PropertyListParser.parse(SyntheticIpsw.of("23C71", "26.2.1", "iPhone13,2")
                .identity(0x8101, 0x0C, "d53gap").manifest().getBytes(StandardCharsets.UTF_8));
        NSDictionary erase = (NSDictionary) ((NSArray) manifest.get("BuildIdentities")).objectAtIndex(0);
        ((NSDictionary) erase.get("Info")).put("Variant", "Customer \u001b]0;owned\u0007\u001b[2J Install");
        Path plist = Files.write(dir.resolve("BuildManifest.plist"), BinaryPropertyListWriter.writeToArray(manifest));

        assertThat(run("firmware", "inspect", plist.toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .contains("BuildIdentities[0].Info.Variant").doesNotContain("\u001b", "\u0007");
        err.getBuffer().setLength(0);

        Path deep = Files.writeString(dir.resolve("deep.plist"),
                "<plist>" + "<array>".repeat(100_000) + "</array>".repeat(100_000) + "</plist>");
        assertThat(run("firmware", "inspect", deep.toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("station: BuildManifest.plist is not a property list: ");
    }

    private int run(String... args) {
        CommandLine line = new Station().commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return line.execute(all.toArray(String[]::new));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
