package dev.restorestation.history;

import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.DeviceFault;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.history.ShopReport;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The open history database: brought up to the current schema on opening, with the attempts a
 * stopped station left RUNNING marked INTERRUPTED. Every call blocks on the database.
 */
public final class HistoryDatabase implements AutoCloseable {

    private static final String MIGRATIONS = "classpath:dev/restorestation/history/migrations";
    /** The newest migration this station ships (V4__…sql); a test keeps it in step with the files. */
    static final String LATEST_SCHEMA = "4";
    private final HistoryStore store;
    private final StationClaim claim;
    private final ConnectionPool pool;
    private final int interruptedAtStart;
    private final JdbcAttemptLog attemptLog;

    private HistoryDatabase(HistorySource source, String stationName, Clock clock, StationClaim claim,
                            DataSource dataSource) {
        this.claim = claim;
        this.pool = new ConnectionPool(dataSource::getConnection);
        this.store = new HistoryStore(source, stationName, clock, claim, pool);
        this.attemptLog = new JdbcAttemptLog(store, JdbcAttemptLog.DEFAULT_LOG_LIMIT);
        try {
            this.interruptedAtStart = claim.exclusive() ? new CrashRecovery(store).markInterrupted() : 0;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Opens (creating or upgrading) the history. {@code stationName} names this bench in a shared
     * database: only its own unfinished attempts are marked INTERRUPTED, and only when no other
     * process of the same bench has the database open.
     */
    public static HistoryDatabase open(HistorySource source, String stationName, Clock clock) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stationName, "stationName");
        Objects.requireNonNull(clock, "clock");
        if (source instanceof HistorySource.EmbeddedFile file && GrowthCompaction.due(file)) {
            compact(file);
        }
        DataSource dataSource = dataSource(source);
        StationClaim claim = StationClaim.take(source, stationName, dataSource, clock);
        try {
            migrate(source, dataSource);
            claim.protectFiles();
            return new HistoryDatabase(source, stationName, clock, claim, dataSource);
        } catch (RuntimeException e) {
            claim.close();
            throw e;
        }
    }

    /**
     * Rewrites an embedded history that no station has open without the chunks H2 kept after
     * each forced checkpoint: a burst of attempts leaves many times its data in the file.
     * Blocking, seconds per hundred thousand attempts.
     */
    public static void compact(HistorySource.EmbeddedFile file) {
        try (StationClaim.EmbeddedClaim claim = StationClaim.EmbeddedClaim.take(file, dataSource(file), Clock.systemUTC())) {
            claim.shutdownCompact();
            claim.protectFiles();
        }
        GrowthCompaction.remember(file);
    }

    /**
     * Lets the next opening start a new, empty history where a damaged one was set aside; the
     * damaged file stays where it was kept. False when nothing had been set aside.
     */
    public static boolean startNew(HistorySource.EmbeddedFile file) {
        try {
            return EmbeddedFileCheck.forget(file);
        } catch (IOException e) {
            throw new HistoryException("cannot start a new history in " + file.describe() + ": " + e.getMessage(), e);
        }
    }

    /** Whether a damaged history was set aside here and no new one was asked for yet. */
    public static boolean wasSetAside(HistorySource.EmbeddedFile file) {
        return EmbeddedFileCheck.setAside(file);
    }

    public AttemptLog attemptLog() {
        return attemptLog;
    }

    /** The shop's history with every USB-connection failure counted against its slot. */
    public ShopHistory shopHistory() {
        return shopHistory(List.of());
    }

    /** The shop's history; failures that are {@code deviceFaults} do not count against their slot. */
    public ShopHistory shopHistory(List<DeviceFault> deviceFaults) {
        return new JdbcShopHistory(store, attemptLog, deviceFaults);
    }

    public ShopReport shopReport() {
        return new JdbcShopReport(store);
    }

    /** The hashes of issued reports, and what a report needs beyond the attempts. */
    public IssuedReports issuedReports() {
        return new IssuedReports(store);
    }

    /** The events kept for other systems, and their deliveries. */
    public Outbox outbox() {
        return new Outbox(store);
    }

    /** How many attempts a stopped station had left RUNNING and this opening marked INTERRUPTED. */
    public int interruptedAtStart() {
        return interruptedAtStart;
    }

    public HistorySource source() {
        return store.source();
    }

    /** What the JDBC classes are given; the contract tests reach the tables through it too. */
    HistoryStore store() {
        return store;
    }

    private static DataSource dataSource(HistorySource source) {
        if (source instanceof HistorySource.EmbeddedFile file) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(file.jdbcUrl());
            h2.setUser("station");
            return h2;
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(source.jdbcUrl());
        return postgres;
    }

    private static void migrate(HistorySource source, DataSource dataSource) {
        if (upToDate(dataSource)) {
            return;
        }
        ForeignSchema.refuse(source, dataSource, Integer.parseInt(LATEST_SCHEMA));
        try {
            Flyway.configure(HistoryDatabase.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            throw new HistoryException("cannot bring the history database at " + source.describe()
                    + " up to date: " + message.lines().findFirst().orElse(message), e);
        }
    }

    /**
     * Whether the schema is at this station's newest version with no failed step and none newer: then Flyway,
     * which takes seconds to start, is not needed (the usual case for a command-line query).
     */
    private static boolean upToDate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            try (ResultSet table = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!table.next()) {
                    return false;
                }
            }
            boolean latest = false;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
                while (rows.next()) {
                    if (!rows.getBoolean(2) || newerThanThisStation(rows.getString(1))) {
                        return false;
                    }
                    latest |= LATEST_SCHEMA.equals(rows.getString(1));
                }
            }
            return latest;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean newerThanThisStation(String version) {
        return version != null && version.matches("\\d{1,9}") && Integer.parseInt(version) > Integer.parseInt(LATEST_SCHEMA);
    }

    @Override
    public void close() {
        pool.close();
        claim.close();
    }
}
