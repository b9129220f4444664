package dev.restorestation.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.ticket.Ticket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract on a real PostgreSQL server, and what a database shared by several benches needs. */
class PostgresHistoryTest extends OutboxContract {

    private final List<TestPostgres> databases = new ArrayList<>();

    @Override
    HistorySource freshSource() throws SQLException {
        TestPostgres created = TestPostgres.createDatabase();
        databases.add(created);
        return new HistorySource.SharedServer(created.url());
    }

    @Override
    FluentConfiguration flyway(HistorySource source) {
        return Flyway.configure().dataSource(source.jdbcUrl(), null, null);
    }

    @Override
    Connection connect(HistorySource source) throws SQLException {
        return DriverManager.getConnection(source.jdbcUrl());
    }

    @AfterEach
    void dropDatabases() throws SQLException {
        for (TestPostgres created : databases) {
            created.drop();
        }
    }

    @Test
    void aDatabaseOfSomethingElseIsRefusedAndLeftUntouched() throws Exception {
        HistorySource other = freshSource();
        try (Connection connection = connect(other); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE inventory (sku TEXT PRIMARY KEY, count INT)");
            statement.executeUpdate("INSERT INTO inventory VALUES ('screen-iphone12', 4)");
        }

        assertThatThrownBy(() -> HistoryDatabase.open(other, "bench-1", clock))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining("holds tables but no Restore Station history; it was left untouched");
        try (Connection connection = connect(other); Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("SELECT string_agg(table_name, ',') FROM"
                     + " information_schema.tables WHERE table_schema = 'public'")) {
            tables.next();
            assertThat(tables.getString(1)).isEqualTo("inventory");
        }
    }

    @Test
    void onlyTheBenchThatStoppedHasItsAttemptsInterrupted() {
        long ours = log.begin(Attempts.of("R-5001", Attempts.IPHONE, "1"));
        HistoryDatabase otherBench = HistoryDatabase.open(source, "bench-2", clock);
        long theirs;
        try {
            theirs = otherBench.attemptLog().begin(Attempts.of("R-5002", Attempts.IPAD, "1"));
            assertThat(otherBench.interruptedAtStart()).isZero();
        } finally {
            otherBench.close();
        }

        reopen();

        assertThat(database.interruptedAtStart()).isEqualTo(1);
        assertThat(log.forDevice(Attempts.IPHONE).get(0).outcome()).isEqualTo(AttemptOutcome.INTERRUPTED);
        assertThat(log.forDevice(Attempts.IPAD).get(0).outcome()).as("bench-2's own attempt, bench-2 decides")
                .isEqualTo(AttemptOutcome.RUNNING);
        assertThat(ours).isNotEqualTo(theirs);
    }

    @Test
    void aSecondProcessOfTheSameBenchLeavesRunningAttemptsAlone() {
        long running = log.begin(Attempts.of("R-5003", Attempts.IPHONE, "1"));

        HistoryDatabase commandLine = HistoryDatabase.open(source, "bench-1", clock);
        try {
            assertThat(commandLine.interruptedAtStart()).isZero();
            assertThat(commandLine.attemptLog().forTicket(new Ticket("R-5003")))
                    .singleElement().satisfies(a -> assertThat(a.outcome()).isEqualTo(AttemptOutcome.RUNNING));
        } finally {
            commandLine.close();
        }
        log.finish(running, AttemptOutcome.SUCCEEDED, null);
    }

    @Test
    void anUnreachableServerIsOneLineWithoutThePassword() {
        HistorySource nowhere = new HistorySource.SharedServer(
                "jdbc:postgresql://127.0.0.1:1/shop?user=bench&password=s3cret&connectTimeout=2");

        assertThatThrownBy(() -> HistoryDatabase.open(nowhere, "bench-1", clock))
                .isInstanceOf(HistoryException.class)
                .hasMessageStartingWith("cannot open the history database at jdbc:postgresql://127.0.0.1:1/shop: ")
                .hasMessageNotContaining("s3cret")
                .hasMessageNotContaining("\n");
    }
}
