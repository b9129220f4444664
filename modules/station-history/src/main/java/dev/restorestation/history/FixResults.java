package dev.restorestation.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code fix_results} current: when an attempt ends, and the attempt before it on the same
 * device had failed, each fix recorded on the ending attempt is counted against that failure.
 */
final class FixResults {

    private static final String PREVIOUS = """
            SELECT p.outcome, p.apple_code, p.category, p.product_type
            FROM attempts p
            WHERE p.ecid = (SELECT ecid FROM attempts WHERE id = ?) AND p.id < ?
            ORDER BY p.id DESC
            FETCH FIRST 1 ROWS ONLY""";

    private static final String COUNT = """
            UPDATE fix_results SET applied = applied + 1, succeeded = succeeded + ?
            WHERE apple_code = ? AND category = ? AND product_type = ? AND fix_id = ?""";

    private static final String FIRST = """
            INSERT INTO fix_results (apple_code, category, product_type, fix_id, applied, succeeded)
            VALUES (?, ?, ?, ?, 1, ?)""";

    private FixResults() {
    }

    /** Counts the fixes of {@code attemptId}, which just ended (succeeded when {@code succeeded}). */
    static void attemptEnded(Connection connection, long attemptId, boolean succeeded) throws SQLException {
        int apple;
        String category;
        String product;
        try (PreparedStatement query = connection.prepareStatement(PREVIOUS)) {
            query.setLong(1, attemptId);
            query.setLong(2, attemptId);
            try (ResultSet previous = query.executeQuery()) {
                if (!previous.next() || !"FAILED".equals(previous.getString(1))) {
                    return;
                }
                apple = previous.getInt(2);
                category = previous.getString(3) == null ? "unknown" : previous.getString(3);
                product = previous.getString(4) == null ? "" : previous.getString(4);
            }
        }
        for (String fix : fixes(connection, attemptId)) {
            try (PreparedStatement count = connection.prepareStatement(COUNT)) {
                count.setInt(1, succeeded ? 1 : 0);
                count.setInt(2, apple);
                count.setString(3, category);
                count.setString(4, product);
                count.setString(5, fix);
                if (count.executeUpdate() > 0) {
                    continue;
                }
            }
            try (PreparedStatement first = connection.prepareStatement(FIRST)) {
                first.setInt(1, apple);
                first.setString(2, category);
                first.setString(3, product);
                first.setString(4, fix);
                first.setInt(5, succeeded ? 1 : 0);
                first.executeUpdate();
            }
        }
    }

    private static List<String> fixes(Connection connection, long attemptId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT fix_id FROM fixes_applied WHERE attempt_id = ?")) {
            query.setLong(1, attemptId);
            List<String> fixes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    fixes.add(rows.getString(1));
                }
            }
            return fixes;
        }
    }
}
