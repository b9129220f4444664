package dev.restorestation.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * On opening: attempts still RUNNING belong to a station that stopped (crash, power loss, kill)
 * while the engine ran. They become INTERRUPTED, ending at the last thing recorded for them, and
 * keep the engine log captured so far.
 */
final class CrashRecovery {

    static final String SUMMARY = "The station stopped while this attempt ran (crash, power loss or kill); "
            + "check the device and start a new attempt";

    private static final String LEFT_RUNNING = """
            SELECT a.id, a.started_at,
                   (SELECT MAX(p.written_at) FROM engine_log_parts p WHERE p.attempt_id = a.id),
                   (SELECT MAX(e.recorded_at) FROM progress_events e WHERE e.attempt_id = a.id)
            FROM attempts a
            WHERE a.outcome = 'RUNNING'""";

    private record LeftRunning(long id, Instant lastRecorded) {
    }

    private final HistoryStore database;

    CrashRecovery(HistoryStore database) {
        this.database = database;
    }

    /** Marks the attempts left running (of every station for an own file, else of this one) and counts them. */
    int markInterrupted() {
        boolean ownFile = database.source() instanceof HistorySource.EmbeddedFile;
        return database.write("mark the attempts a stopped station left running as interrupted", true, connection -> {
            List<LeftRunning> found = leftRunning(connection, ownFile);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE attempts SET outcome = 'INTERRUPTED', ended_at = ?, summary = ? "
                            + "WHERE id = ? AND outcome = 'RUNNING'")) {
                for (LeftRunning attempt : found) {
                    update.setObject(1, Columns.timestamp(attempt.lastRecorded()));
                    update.setString(2, SUMMARY);
                    update.setLong(3, attempt.id());
                    update.addBatch();
                }
                if (!found.isEmpty()) {
                    update.executeBatch();
                }
            }
            for (LeftRunning attempt : found) {
                FixResults.attemptEnded(connection, attempt.id(), false);
                OutboxWrites.ofAttempt(connection, OutboxEvent.ENDED, attempt.id(), null, database.clock().instant());
            }
            return found.size();
        });
    }

    private List<LeftRunning> leftRunning(Connection connection, boolean ownFile) throws SQLException {
        String sql = ownFile ? LEFT_RUNNING : LEFT_RUNNING + " AND a.station = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (!ownFile) {
                query.setString(1, database.stationName());
            }
            List<LeftRunning> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant last = Columns.instant(rows, 2);
                    for (int column = 3; column <= 4; column++) {
                        Instant later = Columns.instant(rows, column);
                        if (later != null && later.isAfter(last)) {
                            last = later;
                        }
                    }
                    found.add(new LeftRunning(rows.getLong(1), last));
                }
            }
            return found;
        }
    }
}
