package dev.restorestation.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.Station;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.history.ShopWebhooks;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import dev.restorestation.history.Outbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code station events} over a real H2 history in a temporary data directory. */
class EventsCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void eventsAreListedOldestFirstAsTextOrJsonLinesFromAGivenOne() throws Exception {
        write(log -> {
            long id = log.begin(attempt("R-7"));
            log.progress(id, "Restoring", 40);
            log.finish(id, AttemptOutcome.FAILED, new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, -1, "cable"));
        });

        StringWriter out = new StringWriter();
        assertThat(run(out, "events")).isZero();
        List<String> text = out.toString().lines().toList();
        assertThat(text).hasSize(3);
        assertThat(text.get(0)).matches(" +1  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  attempt\\.started +R-7 +slot 3 +iPhone14,2 → 22G86");
        assertThat(text.get(1)).contains("attempt.step").endsWith("Restoring");
        assertThat(text.get(2)).contains("attempt.ended").endsWith("FAILED · error 4013 · usb-connection");

        StringWriter json = new StringWriter();
        assertThat(run(json, "events", "--json", "--since", "1")).isZero();
        List<EventJson> events = json.toString().lines().map(EventsCommandTest::parse).toList();
        assertThat(events).extracting(EventJson::sequence).containsExactly(2L, 3L);
        assertThat(events.get(1).appleCode()).isEqualTo(4013);
        assertThat(events.get(1).ecid()).isEqualTo("001A2B3C4D5E6F70");
    }

    @Test
    void noHistoryYetMeansNoEventsAndNothingIsCreated() {
        StringWriter out = new StringWriter();
        assertThat(run(out, "events", "--json")).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(dataDir.resolve("history")).doesNotExist();
    }

    @Test
    void deliveriesSayHowFarEachWebhookIsAndWhichURLsAreNotPostedTo() throws Exception {
        StringWriter none = new StringWriter();
        assertThat(run(none, "events", "--deliveries")).isZero();
        assertThat(none.toString()).startsWith("No webhooks: name them in " + dataDir.resolve("webhooks.json"));
        String endpoint = "http://127.0.0.1:9/hooks?token=abc";
        Files.writeString(dataDir.resolve("webhooks.json"), "{\"endpoints\": [\"" + endpoint
                + "\", \"http://pos.example/x\"], \"secret\": \"shop-secret-0123456789\"}");
        StringWriter before = new StringWriter();
        assertThat(run(before, "events", "--deliveries")).as("no history yet").isZero();
        assertThat(before.toString().lines().findFirst()).hasValue("http://127.0.0.1:9/hooks: 0 delivered, 0 given up, 0 waiting");
        try (HistoryDatabase history = HistoryDatabase.open(new HistorySource.EmbeddedFile(dataDir.resolve("history")),
                "bench-1", Clock.systemUTC())) {
            history.attemptLog().finish(history.attemptLog().begin(attempt("R-5")), AttemptOutcome.SUCCEEDED, null);
            history.attemptLog().finish(history.attemptLog().begin(attempt("R-6")), AttemptOutcome.FAILED, null);
            history.outbox().settle(endpoint, history.outbox().unsettled(endpoint, Set.copyOf(ShopWebhooks.DEFAULT_EVENTS),
                    0, 1).get(0), Outbox.Settled.DELIVERED);
        }

        StringWriter out = new StringWriter();
        assertThat(run(out, "events", "--deliveries")).isZero();

        assertThat(out.toString().lines()).as("only the attempts' ends are posted by default")
                .containsExactly("http://127.0.0.1:9/hooks: 1 delivered, 0 given up, 1 waiting",
                "not posted to: webhook URL 'http://pos.example/x' uses plain HTTP to another computer;"
                        + " use https://, or set allowPlainHttp in webhooks.json");
    }

    @Test
    void aControlCharacterInAHandWrittenURLIsShownEscapedNeverSentToTheTerminal() throws Exception {
        Files.writeString(dataDir.resolve("webhooks.json"), "{\"endpoints\": [\"http://pos.example/\\u001b]0;PWNED\\u0007\"],"
                + " \"secret\": \"shop-secret-0123456789\"}");

        StringWriter out = new StringWriter();
        assertThat(run(out, "events", "--deliveries")).isZero();

        assertThat(out.toString()).doesNotContain("\u001b", "\u0007").contains("\\u001b]0;PWNED\\u0007");
    }

    @Test
    void followPrintsEventsAsTheyAreWritten() throws Exception {
        write(log -> log.finish(log.begin(attempt("R-1")), AttemptOutcome.SUCCEEDED, null));
        StringWriter printed = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread follower = new Thread(() -> exit.set(run(printed, "events", "--follow", "--json")));
        follower.start();
        try {
            waitForLines(printed, 2);
            write(log -> log.finish(log.begin(attempt("R-2")), AttemptOutcome.FAILED, null));
            waitForLines(printed, 4);
            assertThat(printed.toString().lines().map(EventsCommandTest::parse).map(e -> e.ticket() + " " + e.type()))
                    .containsExactly("R-1 attempt.started", "R-1 attempt.ended", "R-2 attempt.started", "R-2 attempt.ended");
        } finally {
            follower.interrupt();
            follower.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertThat(exit.get()).isZero();
    }

    private interface Writes {
        void to(AttemptLog log);
    }

    private void write(Writes writes) {
        try (HistoryDatabase history = HistoryDatabase.open(new HistorySource.EmbeddedFile(dataDir.resolve("history")),
                "bench-1", Clock.systemUTC())) {
            writes.to(history.attemptLog());
        }
    }

    private int run(StringWriter out, String... args) {
        CommandLine line = new Station().commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(new StringWriter(), true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return line.execute(all);
    }

    private static void waitForLines(StringWriter printed, int lines) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (printed.toString().lines().count() < lines) {
            assertThat(System.nanoTime()).as("waited 30 s for " + lines + " lines").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static EventJson parse(String line) {
        try {
            return EventJson.parse(line);
        } catch (Exception e) {
            throw new AssertionError("not an event: " + line, e);
        }
    }

    private static NewAttempt attempt(String ticket) {
        return new NewAttempt(new Ticket(ticket), null, Ecid.parse("0x1A2B3C4D5E6F70"), null, null, "iPhone14,2", "Phone",
                "3", "bench-1", "Sam", "22G86", null, DeviceMode.DFU, RestoreKind.ERASE, "idevicerestore", "1.0.0",
                List.of());
    }
}
