package dev.restorestation.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restorestation.app.Station;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.text.StationLanguage;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code station history} over a real H2 history in a temporary data directory. */
class HistoryCommandTest {

    private static final Ecid PHONE = Ecid.parse("0x1A2B3C4D5E6F70");
    private static final Ecid TABLET = Ecid.parse("0x00000000ABCDEF");
    private static final String HOSTILE = "R-7'; DROP TABLE attempts; -- \"ü\" 🔧";

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void jsonHasTheDocumentedFieldsInOrder() throws Exception {
        seed();

        assertThat(run("history", "--ticket", HOSTILE, "--json")).as(err.toString()).isZero();

        JsonNode attempts = new ObjectMapper().readTree(out.toString());
        assertThat(attempts).hasSize(2);
        List<String> fields = new ArrayList<>();
        attempts.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "ticket", "ecid", "productType", "slot", "build", "mode", "engine",
                "technician", "startedAt", "endedAt", "outcome", "appleCode", "statusCode", "category", "summary",
                "fixesApplied", "serialNumber", "customerNote", "verification", "verifiedAt", "deviceBuild",
                "deviceVersion", "activationState");
        JsonNode failed = attempts.get(0);
        assertThat(failed.get("ticket").asText()).isEqualTo(HOSTILE);
        assertThat(failed.get("ecid").asText()).isEqualTo("001A2B3C4D5E6F70");
        assertThat(failed.get("mode").asText()).isEqualTo("DFU");
        assertThat(failed.get("startedAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(failed.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(failed.get("appleCode").asInt()).isEqualTo(4013);
        assertThat(failed.get("category").asText()).isEqualTo("usb-connection");
        assertThat(failed.get("fixesApplied")).isEmpty();
        JsonNode retry = attempts.get(1);
        assertThat(retry.get("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(retry.get("appleCode").isNull()).isTrue();
        assertThat(retry.get("category").isNull()).isTrue();
        assertThat(retry.get("fixesApplied")).extracting(JsonNode::asText).containsExactly("replace-cable");
        assertThat(retry.get("verification").isNull()).as("not checked").isTrue();
        assertThat(retry.get("verifiedAt").isNull()).isTrue();
    }

    @Test
    void aDeviceIsFollowedAcrossTicketsAndAllListsEverything() throws Exception {
        seed();

        assertThat(run("history", "--ecid", "0xABCDEF", "--json")).isZero();
        JsonNode tablet = new ObjectMapper().readTree(out.toString());
        assertThat(tablet).singleElement().satisfies(a -> assertThat(a.get("ticket").asText()).isEqualTo("R-8"));

        out.getBuffer().setLength(0);
        assertThat(run("history", "--all", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString())).hasSize(3);
    }

    @Test
    void csvOpensCleanlyInASpreadsheet() throws Exception {
        seed();

        assertThat(run("history", "--all", "--csv")).isZero();

        String[] rows = out.toString().split("\r\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[0]).startsWith("id,ticket,ecid,productType,");
        assertThat(rows[1]).contains(",\"R-7'; DROP TABLE attempts; -- \"\"ü\"\" 🔧\",0x1A2B3C4D5E6F70,")
                .contains(",'=cmd|' /C calc'!A0,");
        assertThat(rows[3]).as("left running by a station that stopped").contains(",INTERRUPTED,");
    }

    @Test
    void theTableIsForPeople() throws Exception {
        seed();

        assertThat(run("history", "--ticket", HOSTILE)).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("ID").contains("STARTED", "TICKET", "OUTCOME");
        assertThat(lines.get(1)).contains(HOSTILE, "FAILED", "4013 usb-connection");
        assertThat(lines.get(2)).contains("SUCCEEDED", "replace-cable");
    }

    @Test
    void aStationSetToGermanPrintsItsTableInGermanWhileItsCsvKeepsTheRecordedValues() throws Exception {
        seed();
        Files.writeString(dataDir.resolve("settings.json"), "{\"version\": 7, \"language\": \"de\"}");
        try {
            assertThat(run("history", "--ticket", HOSTILE)).isZero();
            List<String> lines = out.toString().lines().toList();
            assertThat(lines.get(1)).contains("FEHLGESCHLAGEN", "4013 usb-connection").doesNotContain("FAILED");
            assertThat(lines.get(2)).contains("ERFOLGREICH", " Update ").doesNotContain("SUCCEEDED", " update ");

            out.getBuffer().setLength(0);
            assertThat(run("history", "--ticket", HOSTILE, "--csv")).isZero();
            assertThat(out.toString()).contains(",FAILED,", ",SUCCEEDED,").doesNotContain("ERFOLGREICH");
        } finally {
            StationLanguage.choose("");
        }
    }

    @Test
    void aStationWithoutHistorySaysSoAndCreatesNothing() throws Exception {
        assertThat(run("history", "--ticket", "R-1")).isZero();
        assertThat(out.toString()).isEqualTo("No restore attempts for ticket R-1." + System.lineSeparator());

        out.getBuffer().setLength(0);
        assertThat(run("history", "--all", "--json")).isZero();
        assertThat(out.toString().strip()).isEqualTo("[ ]");
        assertThat(Files.exists(dataDir.resolve("history"))).isFalse();
    }

    @Test
    void badTicketsAndEcidsAreOneLineUsageErrors() throws Exception {
        assertThat(run("history", "--ticket", "x".repeat(65))).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
                "station: ticket id is 65 characters long; at most 64 are allowed" + System.lineSeparator());

        err.getBuffer().setLength(0);
        assertThat(run("history", "--ticket", "  ")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("station: ticket id is empty" + System.lineSeparator());

        err.getBuffer().setLength(0);
        assertThat(run("history", "--ecid", "phone")).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("station: not an ECID: 'phone'");

        err.getBuffer().setLength(0);
        assertThat(run("history", "--all", "--json", "--csv")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aHistoryHeldByAnotherStationIsOneLineAndUntouched() throws Exception {
        seed();
        try (HistoryDatabase held = open()) {
            assertThat(run("history", "--all")).isEqualTo(1);
            assertThat(err.toString().lines()).singleElement().asString()
                    .startsWith("station: the history database in ").contains("is in use by another station process");
            assertThat(held.attemptLog().all()).hasSize(3);
        }
    }

    @Test
    void aHistoryCutShortIsRefusedKeptAndReplacedOnlyWhenAsked() throws Exception {
        seed();
        Path file = dataDir.resolve("history").resolve("history.mv.db");
        byte[] cut = Arrays.copyOf(Files.readAllBytes(file), 8192);
        Files.write(file, cut);

        assertThat(run("history", "--all")).isEqualTo(1);
        String said = err.toString();
        assertThat(said.lines()).singleElement().asString()
                .startsWith("station: the history database " + file + " is damaged")
                .endsWith("; to start a new, empty history: station history --start-new");
        Path keptAs = Path.of(said.substring(said.indexOf("kept as ") + 8, said.indexOf("; to start")));
        assertThat(keptAs).hasBinaryContent(cut);
        assertThat(out.toString()).isEmpty();

        err.getBuffer().setLength(0);
        assertThat(run("history", "--all")).as("still refused, never a quiet empty history").isEqualTo(1);
        assertThat(err.toString()).contains("is damaged");

        assertThat(run("history", "--start-new")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("history", "--all")).isZero();
        assertThat(out.toString()).startsWith("No restore attempts recorded yet.");
        assertThat(keptAs).hasBinaryContent(cut);
    }

    @Test
    void aDataDirectoryThatIsAFileIsAnError() throws Exception {
        Path notAFolder = Files.writeString(dataDir.resolve("plain-file"), "x");
        CommandLine line = new Station().commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));

        assertThat(line.execute("--data-dir", notAFolder.toString(), "history", "--all")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("station: data directory " + notAFolder + " exists but is not a folder"
                + System.lineSeparator());
    }

    @Test
    void ticketsThatLookLikeNumbersStayTextInTheCsv() throws Exception {
        try (HistoryDatabase history = open()) {
            history.attemptLog().begin(attempt("00123", PHONE, List.of()));
            history.attemptLog().begin(attempt("1E5", TABLET, List.of()));
        }

        assertThat(run("history", "--all", "--csv")).isZero();

        String[] rows = out.toString().split("\r\n");
        assertThat(rows[1]).contains(",\"00123\",");
        assertThat(rows[2]).contains(",\"1E5\",");
    }

    private void seed() {
        Clock monday = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        try (HistoryDatabase history = HistoryDatabase.open(
                new HistorySource.EmbeddedFile(dataDir.resolve("history")), "bench-1", monday)) {
            AttemptLog log = history.attemptLog();
            long failed = log.begin(attempt(HOSTILE, PHONE, List.of()));
            log.finish(failed, AttemptOutcome.FAILED, new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, -1,
                    "=cmd|' /C calc'!A0"));
            long retry = log.begin(attempt(HOSTILE, PHONE, List.of("replace-cable")));
            log.finish(retry, AttemptOutcome.SUCCEEDED, null);
            log.begin(attempt("R-8", TABLET, List.of()));
        }
    }

    private HistoryDatabase open() {
        return HistoryDatabase.open(new HistorySource.EmbeddedFile(dataDir.resolve("history")), "bench-1",
                Clock.systemUTC());
    }

    private static NewAttempt attempt(String ticket, Ecid ecid, List<String> fixes) {
        return new NewAttempt(new Ticket(ticket), null, ecid, null, null, "iPhone14,2", "Phone", "3", "bench-1", "Sam", "22G86",
                null, DeviceMode.DFU, RestoreKind.UPDATE, "idevicerestore", "1.0.0", fixes);
    }

    private int run(String... args) {
        CommandLine line = new Station().commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return line.execute(all.toArray(String[]::new));
    }
}
