package dev.restorestation.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.ticket.Ticket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on an H2 file in a temporary folder, and what only a file of one's own has. */
class H2HistoryTest extends OutboxContract {

    @TempDir
    Path dataDirectory;
    private int databases;

    @Override
    HistorySource freshSource() {
        return new HistorySource.EmbeddedFile(dataDirectory.resolve("history-" + ++databases));
    }

    /** H2 writes a trace file only when something went wrong, such as a close that could not finish writing. */
    @AfterEach
    void noDatabaseWroteAnErrorTrace() throws IOException {
        closeHistory();
        database = null;
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            assertThat(files.filter(file -> file.getFileName().toString().endsWith(".trace.db")))
                    .as("H2 error traces").isEmpty();
        }
    }

    @Override
    FluentConfiguration flyway(HistorySource source) {
        return Flyway.configure().dataSource(source.jdbcUrl(), "station", "");
    }

    @Override
    Connection connect(HistorySource source) throws SQLException {
        return DriverManager.getConnection(source.jdbcUrl(), "station", "");
    }

    @Test
    void theDatabaseIsReadableByItsOwnerOnly() throws IOException {
        log.begin(Attempts.of("R-4001", Attempts.IPHONE, "1"));
        Path folder = ((HistorySource.EmbeddedFile) source).directory();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertThat(all).contains(((HistorySource.EmbeddedFile) source).databaseFile());
            for (Path file : all) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.toString()).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void compactingShrinksTheFileKeepsEveryAttemptAndTheOwnerOnlyRights() throws IOException {
        HistorySource.EmbeddedFile file = (HistorySource.EmbeddedFile) source;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long id = log.begin(Attempts.of("C-" + i, Attempts.IPHONE, "1"));
            log.appendLog(id, "restore step " + i + "\n" + "x".repeat(2000));
            succeed(id);
            ids.add(id);
        }
        assertThatThrownBy(() -> HistoryDatabase.compact(file))
                .hasMessageContaining("is in use by another station process");
        database.close();
        long before = Files.size(file.databaseFile());

        HistoryDatabase.compact(file);

        assertThat(Files.size(file.databaseFile())).isLessThan(before / 2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.databaseFile())))
                .isEqualTo("rw-------");
        database = HistoryDatabase.open(source, "bench-1", clock);
        assertThat(database.attemptLog().forTicket(new Ticket("C-199")))
                .extracting(RestoreAttempt::id).containsExactly(ids.get(199));
        assertThat(database.attemptLog().engineLog(ids.get(0))).startsWith("restore step 0");
    }

    @Test
    void anOpeningRewritesAFileThatMoreThanDoubledSinceItsLastRewrite() throws IOException {
        HistorySource.EmbeddedFile file = (HistorySource.EmbeddedFile) source;
        List<Long> ids = new ArrayList<>();
        while (Files.size(file.databaseFile()) < 3 * GrowthCompaction.MIN_GROWTH / 2) {
            long id = log.begin(Attempts.of("G-" + ids.size(), Attempts.IPHONE, "1"));
            log.appendLog(id, "restore step\n" + "x".repeat(4000));
            succeed(id);
            ids.add(id);
        }
        database.close();
        long grown = Files.size(file.databaseFile());

        database = HistoryDatabase.open(source, "bench-1", clock);
        long rewritten = Files.size(file.databaseFile());
        assertThat(rewritten).isLessThan(grown / 2);
        assertThat(database.attemptLog().engineLog(ids.get(0))).startsWith("restore step");
        database.close();
        assertThat(GrowthCompaction.due(file)).as("due again without new growth").isFalse();

        database = HistoryDatabase.open(source, "bench-1", clock);
        assertThat(database.attemptLog().forTicket(new Ticket("G-" + (ids.size() - 1))))
                .extracting(RestoreAttempt::id).containsExactly(ids.get(ids.size() - 1));
    }

    @Test
    void aSecondOpeningInThisProcessIsRefusedAndTheFirstKeepsWorking() {
        assertThatThrownBy(() -> HistoryDatabase.open(source, "bench-1", clock))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining("in use by another station process")
                .hasMessageNotContaining("\n");

        long id = log.begin(Attempts.of("R-4002", Attempts.IPHONE, "1"));
        assertThat(log.all()).extracting(a -> a.id()).containsExactly(id);
    }

    @Test
    void aFolderPathH2CannotTakeIsAClearError() {
        assertThatThrownBy(() -> new HistorySource.EmbeddedFile(dataDirectory.resolve("a;b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not contain ';'");
    }
}
