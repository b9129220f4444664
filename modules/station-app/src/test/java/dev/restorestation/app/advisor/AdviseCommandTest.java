package dev.restorestation.app.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restorestation.app.Station;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code station advise} as a technician and a script use it. */
class AdviseCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsTheDocumentedJson() throws Exception {
        assertThat(run("advise", "4013", "--device", "iPhone9,3", "--json")).isZero();

        JsonNode advice = new ObjectMapper().readTree(out.toString());
        assertThat(fieldNames(advice)).containsExactly("code", "category", "meaning", "known", "fixes");
        assertThat(advice.get("code").asText()).isEqualTo("4013");
        assertThat(advice.get("category").asText()).isEqualTo("usb-connection");
        assertThat(advice.get("known").asBoolean()).isTrue();
        assertThat(advice.get("meaning").asText()).contains("audio IC");
        JsonNode first = advice.get("fixes").get(0);
        assertThat(fieldNames(first)).containsExactly("id", "text", "destructive", "evidence");
        assertThat(first.get("id").asText()).isEqualTo("cable-swap");
        List<String> ids = new ArrayList<>();
        advice.get("fixes").forEach(fix -> ids.add(fix.get("id").asText()));
        assertThat(ids).contains("audio-ic-check");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsReadableTextWithCausesAndNumberedFixes() {
        assertThat(run("advise", "3194")).isZero();

        assertThat(out.toString()).startsWith("3194 · signing (Build not signed)")
                .contains("Likely causes: build no longer signed")
                .containsPattern("(?m)^  1\\. Restore the latest build Apple still signs for this model  \\[latest-signed\\]$");
    }

    @Test
    void anUnknownNumberGetsGenericAdviceAndSaysSo() throws Exception {
        assertThat(run("advise", "48151", "--json")).isZero();

        JsonNode advice = new ObjectMapper().readTree(out.toString());
        assertThat(advice.get("known").asBoolean()).isFalse();
        assertThat(advice.get("category").asText()).isEqualTo("unknown");
        assertThat(advice.get("meaning").asText()).startsWith("Not in the knowledge base");
        assertThat(advice.get("fixes").size()).isPositive();
    }

    @Test
    void negativeCodesEngineStatusesAndLogLinesAreUnderstood() throws Exception {
        assertThat(run("advise", "-1", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("category").asText()).isEqualTo("baseband");

        out.getBuffer().setLength(0);
        assertThat(run("advise", "status 68", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("code").asText()).isEqualTo("status 68");

        out.getBuffer().setLength(0);
        assertThat(run("advise", "ERROR: Device failed to enter restore mode.", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("category").asText()).isEqualTo("device-mode");
    }

    @Test
    void somethingUnreadableIsOneLineExitTwo() {
        assertThat(run("advise", "banana")).isEqualTo(2);

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString().startsWith("station: unknown code 'banana'");
    }

    @Test
    void aBrokenSharedDatabaseSettingStillGivesAdviceAndSaysWhy() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"version\": 2, \"databaseUrl\": \"jdbc:mysql://shop/history\"}");

        assertThat(run("advise", "4013", "--json")).isZero();

        assertThat(new ObjectMapper().readTree(out.toString()).get("code").asText()).isEqualTo("4013");
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("station: warning: advice without this shop's history:").contains("jdbc:postgresql:");
    }

    @Test
    void aModelNameInsteadOfAProductTypeIsRefused() {
        assertThat(run("advise", "4013", "--device", "iPhone 7")).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .isEqualTo("station: --device wants a product type like iPhone9,3 (got 'iPhone 7')");
    }

    @Test
    void givingAdviceCreatesNoDatabase() {
        assertThat(run("advise", "3014")).isZero();
        assertThat(dataDir.resolve("history")).doesNotExist();
    }

    private int run(String... args) {
        CommandLine line = new Station().commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        String[] withDataDir = new String[args.length + 2];
        withDataDir[0] = "--data-dir";
        withDataDir[1] = dataDir.toString();
        System.arraycopy(args, 0, withDataDir, 2, args.length);
        return line.execute(withDataDir);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
