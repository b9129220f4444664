package dev.restorestation.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.restorestation.app.channel.ChannelProtocol;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code station history} and {@code station report} beside a second, real station process that
 * holds the H2 file: they ask it over the channel; once it is killed they open the file themselves.
 */
class RunningStationChannelTest {

    private static final Ecid PHONE = Ecid.parse("0x1A2B3C4D5E6F70");

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void commandsAskTheStationThatHoldsTheHistoryAndOpenItThemselvesOnceItIsKilled() throws Exception {
        seed();
        StationRun alone = run("history", "--ticket", "R-7", "--json");
        StationRun table = run("history", "--all");
        assertThat(alone.exit()).as(alone.err()).isZero();
        assertThat(alone.out()).contains("\"ticket\" : \"R-7\"");

        Process station = startHolder();
        try {
            assertThat(run("history", "--ticket", "R-7", "--json")).as("asked over the channel")
                    .isEqualTo(alone);
            assertThat(run("history", "--all")).isEqualTo(table);
            assertThat(run("history", "--ticket", "R-99"))
                    .isEqualTo(new StationRun(0, "No restore attempts for ticket R-99.\n", ""));

            Path pdf = files.resolve("report.pdf");
            StationRun report = run("report", "--ticket", "R-7", "--pdf", pdf.toString());
            assertThat(report.exit()).as(report.err()).isZero();
            assertThat(report.out()).startsWith("Report for ticket R-7 written to " + pdf);
            assertThat(Files.size(pdf)).isPositive();
            assertThat(run("report", "verify", pdf.toString()).out()).startsWith("issued by this shop for ticket R-7 on ");
            assertThat(run("report", "--ticket", "R-99", "--pdf", files.resolve("none.pdf").toString()))
                    .isEqualTo(new StationRun(1, "", "station: no restore attempts for ticket R-99: no report\n"));

            station.destroyForcibly();
            assertThat(station.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(ChannelProtocol.socket(dataDir)).as("left behind by kill -9").exists();

            assertThat(run("history", "--ticket", "R-7", "--json")).as("opened directly").isEqualTo(alone);
            assertThat(run("report", "verify", pdf.toString()).out())
                    .as("the hash the killed station kept").startsWith("issued by this shop for ticket R-7 on ");
        } finally {
            station.destroyForcibly();
        }
    }

    @Test
    void eventsBesideTheStationAndWebhookPostsThatSurviveAKill9() throws Exception {
        seed();
        StationRun alone = run("events", "--json");
        assertThat(alone.out().lines()).hasSize(6);
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Files.writeString(dataDir.resolve("webhooks.json"), "{\"endpoints\": [\"http://127.0.0.1:" + port
                + "/hooks/restore\"], \"secret\": \"shop-secret-0123456789\", \"events\": [\"attempt.started\","
                + " \"attempt.step\", \"attempt.ended\", \"attempt.verified\", \"report.issued\"]}");

        Process station = startHolder();
        try {
            assertThat(run("events", "--json")).as("asked over the channel").isEqualTo(alone);
            assertThat(run("events", "--json", "--since", "4").out().lines())
                    .containsExactlyElementsOf(alone.out().lines().skip(4).toList());
            station.destroyForcibly();
            assertThat(station.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            station.destroyForcibly();
        }
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        receiver.createContext("/hooks", exchange -> {
            try (exchange) {
                received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        Process restarted = startHolder();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (received.size() < 6) {
                assertThat(System.nanoTime()).as("waited 60 s for the posts").isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThat(received).as("every event, in order, after the kill and restart")
                    .containsExactlyElementsOf(alone.out().lines().toList());
        } finally {
            restarted.getOutputStream().close();
            assertThat(restarted.waitFor(30, TimeUnit.SECONDS)).as("stops when its input ends").isTrue();
            receiver.stop(0);
        }
        assertThat(ChannelProtocol.socket(dataDir)).as("removed by a station that stops").doesNotExist();
    }

    @Test
    void aStationThatHoldsTheHistoryButAnswersNothingLeavesTheCommandsTheirOldOneLineError() throws Exception {
        seed();
        try (HistoryDatabase held = open()) {
            StationRun run = run("history", "--all");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).startsWith("station: the history database in ").contains("is in use by another station process");
        }
    }

    private Process startHolder() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process station = new ProcessBuilder(java, "-Duser.language=en", "-Duser.country=US", "-cp", System.getProperty("java.class.path"),
                HeldHistoryStation.class.getName(), dataDir.toString())
                .redirectError(files.resolve("holder-stderr.txt").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(station.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the holder started").isEqualTo(HeldHistoryStation.READY);
        return station;
    }


    private StationRun run(String... args) {
        return StationRun.in(dataDir, args);
    }

    private HistoryDatabase open() {
        return HistoryDatabase.open(new HistorySource.EmbeddedFile(dataDir.resolve("history")), "bench-1",
                Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));
    }

    private void seed() {
        try (HistoryDatabase history = open()) {
            AttemptLog log = history.attemptLog();
            long failed = log.begin(attempt("R-7"));
            log.finish(failed, AttemptOutcome.FAILED, new Diagnosis(ErrorCategory.USB_CONNECTION, 4013, -1, "cable"));
            long retry = log.begin(attempt("R-7"));
            log.finish(retry, AttemptOutcome.SUCCEEDED, null);
            log.finish(log.begin(attempt("R-8")), AttemptOutcome.SUCCEEDED, null);
        }
    }

    private static NewAttempt attempt(String ticket) {
        return new NewAttempt(new Ticket(ticket), null, PHONE, null, null, "iPhone14,2", "Phone", "3", "bench-1", "Sam",
                "22G86", null, DeviceMode.DFU, RestoreKind.UPDATE, "idevicerestore", "1.0.0", List.of());
    }
}
