package dev.restorestation.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * What the JDBC classes use of the open history: a read, a write in one transaction, this
 * station's name and clock. They get this, not the whole {@link HistoryDatabase} that makes them.
 */
final class HistoryStore {

    /** Sends a statement to the database; the connection is lent for the call only. */
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int ATTEMPTS_ON_CONFLICT = 3;

    private final HistorySource source;
    private final String stationName;
    private final Clock clock;
    private final StationClaim claim;
    private final ConnectionPool pool;

    HistoryStore(HistorySource source, String stationName, Clock clock, StationClaim claim, ConnectionPool pool) {
        this.source = source;
        this.stationName = stationName;
        this.clock = clock;
        this.claim = claim;
        this.pool = pool;
    }

    HistorySource source() {
        return source;
    }

    String stationName() {
        return stationName;
    }

    Clock clock() {
        return clock;
    }

    /** Runs a read; {@code doing} completes "cannot …" in the error a failure becomes. */
    <T> T read(String doing, SqlWork<T> work) {
        try {
            Connection connection = pool.borrow();
            try {
                return work.run(connection);
            } finally {
                pool.giveBack(connection);
            }
        } catch (SQLException e) {
            throw failure(doing, e);
        }
    }

    /**
     * Runs {@code work} in one transaction, again when another bench inserted the same ticket or
     * device at the same moment. With {@code durable}, the change is on disk when this returns,
     * so a kill right after it cannot lose it.
     */
    <T> T write(String doing, boolean durable, SqlWork<T> work) {
        for (int round = 1; ; round++) {
            try {
                Connection connection = pool.borrow();
                try {
                    connection.setAutoCommit(false);
                    T result = work.run(connection);
                    connection.commit();
                    connection.setAutoCommit(true);
                    if (durable) {
                        claim.forceToDisk(connection);
                    }
                    return result;
                } finally {
                    pool.giveBack(connection);
                }
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || round == ATTEMPTS_ON_CONFLICT) {
                    throw failure(doing, e);
                }
            }
        }
    }

    private HistoryException failure(String doing, SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new HistoryException("cannot " + doing + " in the history database at " + source.describe() + ": "
                + message.lines().findFirst().orElse(message), e);
    }
}
