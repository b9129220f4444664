package dev.restorestation.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.history.RestoreAttempt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bench's history written before the station stopped H2 moving chunks (schema 3, one attempt
 * finished, one left running, closed with H2's compaction): it opens and keeps every attempt.
 */
class EarlierHistoryFileTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aHistoryWrittenWithChunkMovesOpensWithItsAttempts() throws IOException {
        HistorySource.EmbeddedFile source = new HistorySource.EmbeddedFile(dataDirectory.resolve("history"));
        Files.createDirectories(source.directory());
        try (InputStream earlier = getClass().getResourceAsStream("written-with-chunk-moves/history.mv.db")) {
            Files.copy(earlier, source.databaseFile());
        }
        TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));

        try (HistoryDatabase database = HistoryDatabase.open(source, "bench-1", clock)) {
            assertThat(database.interruptedAtStart()).isEqualTo(1);
            RestoreAttempt finished = database.attemptLog().forTicket(new Ticket("R-7001")).get(0);
            assertThat(finished.outcome()).isEqualTo(AttemptOutcome.SUCCEEDED);
            assertThat(database.attemptLog().engineLog(finished.id())).endsWith("DONE\n");
            RestoreAttempt left = database.attemptLog().forTicket(new Ticket("R-7002")).get(0);
            assertThat(left.outcome()).isEqualTo(AttemptOutcome.INTERRUPTED);
            assertThat(database.attemptLog().engineLog(left.id())).isEqualTo("Sending filesystem now...\n");
        }
        try (HistoryDatabase again = HistoryDatabase.open(source, "bench-1", clock)) {
            assertThat(again.interruptedAtStart()).isZero();
        }
        assertThat(source.directory().resolve("history.trace.db")).as("H2 wrote no error trace").doesNotExist();
    }
}
