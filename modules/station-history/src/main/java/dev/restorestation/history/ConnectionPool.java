package dev.restorestation.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reuses a few open connections so that an append to an engine log does not pay for a new
 * connection (a round of authentication with PostgreSQL). Connections that went bad are dropped.
 */
final class ConnectionPool implements AutoCloseable {

    interface Opener {
        Connection open() throws SQLException;
    }

    private static final int MAX_IDLE = 8;
    private static final int VALIDATION_SECONDS = 5;

    private final Opener opener;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(Opener opener) {
        this.opener = opener;
    }

    Connection borrow() throws SQLException {
        while (true) {
            Connection candidate;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("the history database is closed");
                }
                candidate = idle.pollFirst();
            }
            if (candidate == null) {
                return opener.open();
            }
            if (candidate.isValid(VALIDATION_SECONDS)) {
                return candidate;
            }
            closeQuietly(candidate);
        }
    }

    void giveBack(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            return;
        }
        synchronized (this) {
            if (!closed && idle.size() < MAX_IDLE) {
                idle.addFirst(connection);
                return;
            }
        }
        closeQuietly(connection);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            idle.forEach(ConnectionPool::closeQuietly);
            idle.clear();
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a connection that cannot even close is gone already
        }
    }
}
