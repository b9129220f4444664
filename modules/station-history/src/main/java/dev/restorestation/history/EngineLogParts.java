package dev.restorestation.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An attempt's engine log as parts appended in order. The attempt row counts the characters
 * kept; once they pass twice the limit, the oldest parts no longer needed for the last
 * {@code limit} characters are deleted, so appends stay cheap and the tail is always whole.
 */
final class EngineLogParts {

    private record Part(long id, long length) {
    }

    private final int limit;

    EngineLogParts(int limit) {
        if (limit < 1 || limit > 1_000_000) {
            throw new IllegalArgumentException("engine log limit must be 1 to 1,000,000 characters, not " + limit);
        }
        this.limit = limit;
    }

    void append(Connection connection, long attemptId, String text, Instant now) throws SQLException {
        String part = Columns.withoutNul(text.length() > limit ? text.substring(text.length() - limit) : text);
        long kept;
        try (PreparedStatement count = connection.prepareStatement(
                "UPDATE attempts SET log_length = log_length + ? WHERE id = ?")) {
            count.setLong(1, part.length());
            count.setLong(2, attemptId);
            if (count.executeUpdate() == 0) {
                throw new IllegalArgumentException("there is no attempt " + attemptId + " to add engine output to");
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO engine_log_parts (attempt_id, written_at, content) VALUES (?, ?, ?)")) {
            insert.setLong(1, attemptId);
            insert.setObject(2, Columns.timestamp(now));
            insert.setString(3, part);
            insert.executeUpdate();
        }
        try (PreparedStatement length = connection.prepareStatement("SELECT log_length FROM attempts WHERE id = ?")) {
            length.setLong(1, attemptId);
            try (ResultSet row = length.executeQuery()) {
                row.next();
                kept = row.getLong(1);
            }
        }
        if (kept > 2L * limit) {
            dropOldParts(connection, attemptId);
        }
    }

    String read(Connection connection, long attemptId) throws SQLException {
        StringBuilder log = new StringBuilder();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT content FROM engine_log_parts WHERE attempt_id = ? ORDER BY id")) {
            query.setLong(1, attemptId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    log.append(rows.getString(1));
                }
            }
        }
        if (log.length() <= limit) {
            return log.toString();
        }
        int start = log.length() - limit;
        if (Character.isLowSurrogate(log.charAt(start))) {
            start++;
        }
        return log.substring(start);
    }

    private void dropOldParts(Connection connection, long attemptId) throws SQLException {
        List<Part> newestFirst = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, LENGTH(content) FROM engine_log_parts WHERE attempt_id = ? ORDER BY id DESC")) {
            query.setLong(1, attemptId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    newestFirst.add(new Part(rows.getLong(1), rows.getLong(2)));
                }
            }
        }
        long kept = 0;
        long oldestNeeded = Long.MIN_VALUE;
        for (Part part : newestFirst) {
            kept += part.length();
            oldestNeeded = part.id();
            if (kept >= limit) {
                break;
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM engine_log_parts WHERE attempt_id = ? AND id < ?");
             PreparedStatement count = connection.prepareStatement("UPDATE attempts SET log_length = ? WHERE id = ?")) {
            delete.setLong(1, attemptId);
            delete.setLong(2, oldestNeeded);
            delete.executeUpdate();
            count.setLong(1, kept);
            count.setLong(2, attemptId);
            count.executeUpdate();
        }
    }
}
