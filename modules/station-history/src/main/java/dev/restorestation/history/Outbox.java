package dev.restorestation.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The events the history keeps for other systems (schema V4): read in order by anyone, and
 * settled per webhook endpoint by the station that wrote them.
 */
public final class Outbox {

    /** What became of an event at an endpoint. */
    public enum Settled { DELIVERED, GAVE_UP }

    /** How far an endpoint is with this station's events. */
    public record EndpointState(long delivered, long gaveUp, long waiting) {
    }

    private static final String COLUMNS = """
            e.id, e.event_id, e.event_type, e.station, e.occurred_at, e.attempt_id, e.ticket, e.ecid, e.product_type,
            e.slot, e.build, e.kind, e.step, e.outcome, e.apple_code, e.category, e.summary, e.verification,
            e.device_build, e.report_sha256""";

    private final HistoryStore database;

    Outbox(HistoryStore database) {
        this.database = database;
    }

    /** Up to {@code limit} events after {@code sequence}, of every station, oldest first. */
    public List<OutboxEvent> after(long sequence, int limit) {
        return database.read("read the events", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM outbox_events e WHERE e.id > ? ORDER BY e.id LIMIT ?")) {
                query.setLong(1, sequence);
                query.setInt(2, limit);
                return events(query);
            }
        });
    }

    /**
     * Up to {@code limit} of this station's events of the given types after {@code sequence} not
     * yet settled at {@code endpoint}, oldest first: in its own H2 file every event is its own
     * (whatever the computer was called then); in a shared database, those its bench name wrote.
     */
    public List<OutboxEvent> unsettled(String endpoint, Set<String> types, long sequence, int limit) {
        return database.read("read the events still to deliver", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + """
                     FROM outbox_events e
                    WHERE e.id > ? AND (e.station = ? OR ?) AND e.event_type IN (%s)
                      AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.endpoint = ? AND d.event_row = e.id)
                    ORDER BY e.id LIMIT ?""".formatted(placeholders(types)))) {
                int column = 1;
                query.setLong(column++, sequence);
                query.setString(column++, database.stationName());
                query.setBoolean(column++, ownFile());
                for (String type : types) {
                    query.setString(column++, type);
                }
                query.setString(column++, key(endpoint));
                query.setInt(column, limit);
                return events(query);
            }
        });
    }

    /** The sequence number of the newest event, 0 when there is none. */
    public long latest() {
        return database.read("read the events", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT MAX(id) FROM outbox_events");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Records that {@code event} was delivered to, or given up on at, {@code endpoint}; a second record is ignored. */
    public void settle(String endpoint, OutboxEvent event, Settled result) {
        Instant now = database.clock().instant();
        database.write("record the delivery of an event", true, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO webhook_deliveries (endpoint, event_row, settled_at, result)
                    SELECT ?, ?, ?, ? FROM outbox_events e
                    WHERE e.id = ?
                      AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.endpoint = ? AND d.event_row = e.id)""")) {
                insert.setString(1, key(endpoint));
                insert.setLong(2, event.sequence());
                insert.setObject(3, Columns.timestamp(now));
                insert.setString(4, result == Settled.DELIVERED ? "delivered" : "gave-up");
                insert.setLong(5, event.sequence());
                insert.setString(6, key(endpoint));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** How many of this station's events of the given types {@code endpoint} took, were given up on, and are waiting. */
    public EndpointState state(String endpoint, Set<String> types) {
        return database.read("read the delivery state", connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT d.result, COUNT(*) FROM outbox_events e
                    LEFT JOIN webhook_deliveries d ON d.event_row = e.id AND d.endpoint = ?
                    WHERE (e.station = ? OR ?) AND e.event_type IN (%s) GROUP BY d.result""".formatted(placeholders(types)))) {
                query.setString(1, key(endpoint));
                query.setString(2, database.stationName());
                query.setBoolean(3, ownFile());
                int column = 4;
                for (String type : types) {
                    query.setString(column++, type);
                }
                long delivered = 0;
                long gaveUp = 0;
                long waiting = 0;
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String result = rows.getString(1);
                        if (result == null) {
                            waiting = rows.getLong(2);
                        } else if (result.equals("delivered")) {
                            delivered = rows.getLong(2);
                        } else {
                            gaveUp = rows.getLong(2);
                        }
                    }
                }
                return new EndpointState(delivered, gaveUp, waiting);
            }
        });
    }

    private static String placeholders(Set<String> types) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no event types to deliver");
        }
        return String.join(", ", Collections.nCopies(types.size(), "?"));
    }

    private boolean ownFile() {
        return database.source() instanceof HistorySource.EmbeddedFile;
    }

    /** The endpoint as the history keeps it: the URL's SHA-256, so no token in a URL lands in the database. */
    static String key(String endpoint) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(endpoint.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static List<OutboxEvent> events(PreparedStatement query) throws SQLException {
        List<OutboxEvent> events = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                events.add(new OutboxEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        Columns.instant(rows, 5), nullableLong(rows, 6), rows.getString(7), nullableLong(rows, 8),
                        rows.getString(9), rows.getString(10), rows.getString(11), rows.getString(12),
                        rows.getString(13), rows.getString(14), Columns.integer(rows, 15), rows.getString(16),
                        rows.getString(17), rows.getString(18), rows.getString(19), rows.getString(20)));
            }
        }
        return events;
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

}
