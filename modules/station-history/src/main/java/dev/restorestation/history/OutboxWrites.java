package dev.restorestation.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** Writes outbox events on the connection of the change they tell of, so both commit or neither does. */
final class OutboxWrites {

    private static final String OF_ATTEMPT = """
            INSERT INTO outbox_events (event_id, event_type, station, occurred_at, step, attempt_id, ticket, ecid,
                                       product_type, slot, build, kind, outcome, apple_code, category, summary,
                                       verification, device_build)
            SELECT ?, ?, a.station, ?, ?, a.id, t.ticket, a.ecid, a.product_type, a.slot, a.build, a.kind, a.outcome,
                   a.apple_code, a.category, a.summary, a.verification, a.device_build
            FROM attempts a JOIN tickets t ON t.id = a.ticket_id
            WHERE a.id = ?""";

    private OutboxWrites() {
    }

    /** An event about an attempt as it stands in this transaction; {@code step} only for {@code attempt.step}. */
    static void ofAttempt(Connection connection, String type, long attemptId, String step, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(OF_ATTEMPT)) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, type);
            insert.setObject(3, Columns.timestamp(at));
            Columns.setText(insert, 4, step == null ? null : Columns.fitted(step, 200));
            insert.setLong(5, attemptId);
            insert.executeUpdate();
        }
    }

    /** A report issued for a ticket. */
    static void reportIssued(Connection connection, String station, String ticket, String contentSha256, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO outbox_events (event_id, event_type, station, occurred_at, ticket, report_sha256)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, OutboxEvent.REPORT_ISSUED);
            insert.setString(3, Columns.fitted(station, 128));
            insert.setObject(4, Columns.timestamp(at));
            insert.setString(5, ticket);
            insert.setString(6, contentSha256);
            insert.executeUpdate();
        }
    }
}
