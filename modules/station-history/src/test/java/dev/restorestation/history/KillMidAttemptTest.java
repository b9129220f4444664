package dev.restorestation.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.ticket.Ticket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A station process killed with SIGKILL mid-attempt loses nothing it committed. */
class KillMidAttemptTest {

    @TempDir
    Path dataDirectory;

    private Process station;
    private final List<TestPostgres> databases = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        if (station != null) {
            station.destroyForcibly().waitFor();
        }
        for (TestPostgres created : databases) {
            created.drop();
        }
    }

    @Test
    void killedRightAfterBeginTheAttemptIsThereAndBecomesInterrupted() throws Exception {
        HistorySource source = new HistorySource.EmbeddedFile(dataDirectory.resolve("history"));
        long id = startAndAwaitBegun(source, "begin");
        killStation();

        try (HistoryDatabase reopened = HistoryDatabase.open(source, "bench-1", Clock.systemUTC())) {
            assertThat(reopened.interruptedAtStart()).isEqualTo(1);
            RestoreAttempt attempt = only(reopened);
            assertThat(attempt.id()).isEqualTo(id);
            assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.INTERRUPTED);
            assertThat(attempt.fixesApplied()).containsExactly("replace-cable");
        }
    }

    @Test
    void killedMidRestoreTheLogAndProgressSoFarAreKept() throws Exception {
        assertLogSurvivesKill(new HistorySource.EmbeddedFile(dataDirectory.resolve("history")));
    }

    @Test
    void aSecondStationProcessOnTheSameFileGetsAClearErrorAndChangesNothing() throws Exception {
        HistorySource source = new HistorySource.EmbeddedFile(dataDirectory.resolve("history"));
        startAndAwaitBegun(source, "log");
        awaitLine(AttemptInFlight.LOGGED);

        assertThatThrownBy(() -> HistoryDatabase.open(source, "bench-1", Clock.systemUTC()))
                .isInstanceOf(HistoryException.class)
                .hasMessage("the history database in " + dataDirectory.resolve("history")
                        + " is in use by another station process; close that one first, or share a PostgreSQL"
                        + " database between them (settings: databaseUrl)");
        assertThat(station.isAlive()).isTrue();
    }

    @Test
    void killedMidRestoreOnPostgresTheLogAndProgressSoFarAreKept() throws Exception {
        TestPostgres created = TestPostgres.createDatabase();
        databases.add(created);
        assertLogSurvivesKill(new HistorySource.SharedServer(created.url()));
    }

    private void assertLogSurvivesKill(HistorySource source) throws Exception {
        long id = startAndAwaitBegun(source, "log");
        awaitLine(AttemptInFlight.LOGGED);
        killStation();

        try (HistoryDatabase reopened = HistoryDatabase.open(source, "bench-1", Clock.systemUTC())) {
            assertThat(reopened.interruptedAtStart()).isEqualTo(1);
            RestoreAttempt attempt = only(reopened);
            assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.INTERRUPTED);
            assertThat(attempt.endedAt()).isAfterOrEqualTo(attempt.startedAt());
            assertThat(reopened.attemptLog().engineLog(id)).isEqualTo(AttemptInFlight.ENGINE_OUTPUT);
            assertThat(reopened.attemptLog().progressEvents(id)).singleElement()
                    .satisfies(event -> assertThat(event.step()).isEqualTo("Sending iBEC"));
        }
    }

    private BufferedReader output;

    private long startAndAwaitBegun(HistorySource source, String stage) throws IOException {
        String kind = source instanceof HistorySource.EmbeddedFile ? "h2" : "postgres";
        String where = source instanceof HistorySource.EmbeddedFile file ? file.directory().toString() : source.jdbcUrl();
        station = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AttemptInFlight.class.getName(), kind, where, stage)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        output = new BufferedReader(new InputStreamReader(station.getInputStream(), StandardCharsets.UTF_8));
        return Long.parseLong(awaitLine(AttemptInFlight.BEGUN).substring(AttemptInFlight.BEGUN.length()).strip());
    }

    private String awaitLine(String prefix) throws IOException {
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("the station process ended before printing '" + prefix + "'");
    }

    private void killStation() throws InterruptedException {
        station.destroyForcibly();
        assertThat(station.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(station.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        station = null;
    }

    private static RestoreAttempt only(HistoryDatabase database) {
        List<RestoreAttempt> attempts = database.attemptLog().forTicket(new Ticket("R-KILL"));
        assertThat(attempts).hasSize(1);
        return attempts.get(0);
    }
}
