package dev.restorestation.app.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restorestation.advisor.KnowledgeBase;
import dev.restorestation.advisor.ShopAdvisor;
import dev.restorestation.app.Station;
import dev.restorestation.core.advice.Advice;
import dev.restorestation.core.advice.Fix;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The advisor learning from a real H2 history, the way the station writes it. */
class ShopHistoryAdviceTest {

    private static final Diagnosis LINK_LOST = new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, null,
            "The device reported that the restore failed");
    private static final String MODEL = "iPhone12,1";

    @TempDir
    Path dataDir;

    private HistoryDatabase database;
    private AttemptLog log;
    private ShopAdvisor advisor;
    private long nextEcid = 0x10_0000_0000L;

    @BeforeEach
    void openHistory() {
        database = HistoryDatabase.open(new HistorySource.EmbeddedFile(dataDir.resolve("history")), "bench-1",
                Clock.systemUTC());
        log = database.attemptLog();
        advisor = new ShopAdvisor(KnowledgeBase.bundled(), database.shopHistory(), Clock.systemUTC());
    }

    @AfterEach
    void closeHistory() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void rankingChangesAsTheShopRecordsWhatWorked() {
        List<String> before = ids(advisor.advise(LINK_LOST, MODEL, null));
        assertThat(before).startsWith("cable-swap", "direct-port", "update-host");

        repairedBy("other-computer", 1);
        Advice thin = advisor.advise(LINK_LOST, MODEL, null);
        assertThat(ids(thin)).as("one success does not outweigh the knowledge base yet").startsWith("cable-swap");
        assertThat(ids(thin).indexOf("other-computer")).as("but it counts").isLessThan(before.indexOf("other-computer"));
        assertThat(evidence(thin, "other-computer")).isEqualTo("worked 1 of 1 time here");

        repairedBy("other-computer", 6);
        Advice learned = advisor.advise(LINK_LOST, MODEL, null);
        assertThat(ids(learned).get(0)).isEqualTo("other-computer");
        assertThat(evidence(learned, "other-computer")).isEqualTo("worked 7 of 7 times here");
        assertThat(ids(advisor.advise(LINK_LOST, "iPhone14,2", null))).as("another model learns separately")
                .startsWith("cable-swap");
    }

    @Test
    void aFixThatKeepsFailingHereSinks() {
        for (int i = 0; i < 5; i++) {
            Ecid device = new Ecid(nextEcid++);
            attempt(device, "1", AttemptOutcome.FAILED, LINK_LOST);
            attempt(device, "1", AttemptOutcome.FAILED, LINK_LOST, "cable-swap");
        }
        Advice advice = advisor.advise(LINK_LOST, MODEL, null);

        assertThat(ids(advice).get(0)).isEqualTo("direct-port");
        assertThat(ids(advice).indexOf("cable-swap")).isGreaterThan(2);
        assertThat(evidence(advice, "cable-swap")).isEqualTo("worked 0 of 5 times here");
    }

    @Test
    void escalatesADeviceThatKeepsFailingDespiteDifferentFixes() {
        Ecid phone = new Ecid(0x1A2B3C4D5E6F70L);
        attempt(phone, "3", AttemptOutcome.FAILED, LINK_LOST);
        attempt(phone, "3", AttemptOutcome.FAILED, LINK_LOST, "cable-swap");
        assertThat(advisor.advise(LINK_LOST, "iPhone9,3", phone).escalation()).isEmpty();

        attempt(phone, "6", AttemptOutcome.FAILED, LINK_LOST, "direct-port", "update-host");
        Advice advice = advisor.advise(LINK_LOST, "iPhone9,3", phone);

        assertThat(advice.escalation()).contains("likely hardware");
        assertThat(ids(advice)).containsExactly("audio-ic-check", "nand-diagnosis", "board-inspection");
    }

    @Test
    void escalatesWhenAdviceIsAskedBeforeTheFailedAttemptIsFinished() {
        Ecid phone = new Ecid(0x1A2B3C4D5E6F71L);
        attempt(phone, "3", AttemptOutcome.FAILED, LINK_LOST);
        attempt(phone, "3", AttemptOutcome.FAILED, LINK_LOST, "cable-swap");
        long third = log.begin(newAttempt(phone, "5", "other-slot"));

        Advice advice = advisor.advise(LINK_LOST, MODEL, phone);
        log.finish(third, AttemptOutcome.FAILED, LINK_LOST);

        assertThat(advice.escalation()).contains("Failed 3 times", "cable-swap, other-slot");
        assertThat(advice.fixes()).allSatisfy(fix -> assertThat(fix.id()).isIn("board-inspection"));
    }

    @Test
    void namesTheSlotWithTheBadCable() {
        for (int slot = 1; slot <= 6; slot++) {
            for (int i = 0; i < 10; i++) {
                boolean lost = slot == 4 ? i < 7 : i == 0;
                attempt(new Ecid(nextEcid++), Integer.toString(slot), lost ? AttemptOutcome.FAILED : AttemptOutcome.SUCCEEDED,
                        lost ? LINK_LOST : null);
            }
        }
        Ecid phone = new Ecid(nextEcid++);
        attempt(phone, "4", AttemptOutcome.FAILED, LINK_LOST);

        Fix first = advisor.advise(LINK_LOST, MODEL, phone).fixes().get(0);

        assertThat(first.id()).isEqualTo("other-slot");
        assertThat(first.evidence()).startsWith("slot 4 lost USB on 8 of 11 attempts against 5 of 50");
    }

    @Test
    void theCommandReadsTheHistoryInTheDataDirectory() throws Exception {
        repairedBy("other-computer", 7);
        database.close();
        database = null;

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = station(out, err, "advise", "4013", "--device", MODEL.toLowerCase(Locale.ROOT), "--json");

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode first = new ObjectMapper().readTree(out.toString()).get("fixes").get(0);
        assertThat(first.get("id").asText()).isEqualTo("other-computer");
        assertThat(first.get("evidence").asText()).isEqualTo("worked 7 of 7 times here");
    }

    @Test
    void whenTheHistoryIsHeldElsewhereTheCommandStillAdvisesAndSaysSo() throws Exception {
        repairedBy("other-computer", 7);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = station(out, err, "advise", "4013", "--device", MODEL, "--json");

        assertThat(exit).isZero();
        assertThat(err.toString().lines()).singleElement().asString().startsWith("station: warning: advice without this shop's history");
        assertThat(new ObjectMapper().readTree(out.toString()).get("fixes").get(0).get("id").asText()).isEqualTo("cable-swap");
    }

    /** Devices that failed with 4013 and restored on the next attempt after {@code fix}. */
    private void repairedBy(String fix, int devices) {
        for (int i = 0; i < devices; i++) {
            Ecid device = new Ecid(nextEcid++);
            attempt(device, "1", AttemptOutcome.FAILED, LINK_LOST);
            attempt(device, "1", AttemptOutcome.SUCCEEDED, null, fix);
        }
    }

    private void attempt(Ecid ecid, String slot, AttemptOutcome outcome, Diagnosis diagnosis, String... fixes) {
        log.finish(log.begin(newAttempt(ecid, slot, fixes)), outcome, diagnosis);
    }

    private static NewAttempt newAttempt(Ecid ecid, String slot, String... fixes) {
        return new NewAttempt(new Ticket("R-" + ecid.shortForm()), null, ecid, null, null, MODEL, "Customer's iPhone", slot,
                "bench-1", "Sam", "22G86", "3f1e9c2d4b5a69788796a5b4c3d2e1f00a1b2c3d", DeviceMode.DFU, RestoreKind.UPDATE,
                "simulated", "1.0", List.of(fixes));
    }

    private int station(StringWriter out, StringWriter err, String... args) {
        CommandLine line = new Station().commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return line.execute(all);
    }

    private static List<String> ids(Advice advice) {
        return advice.fixes().stream().map(Fix::id).toList();
    }

    private static String evidence(Advice advice, String fixId) {
        return advice.fixes().stream().filter(f -> f.id().equals(fixId)).findFirst().orElseThrow().evidence();
    }
}
