package dev.restorestation.history;

import dev.restorestation.core.ticket.Ticket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Finds or adds the ticket and the device an attempt is for. Two benches adding the same one at
 * the same moment make one of them fail on the unique key; the database runs it again.
 */
final class TicketsAndDevices {

    private static final String UPDATE_DEVICE = """
            UPDATE devices SET udid = COALESCE(?, udid), product_type = COALESCE(?, product_type),
                               name = COALESCE(?, name), last_seen_at = ?
            WHERE ecid = ?""";

    private static final String INSERT_DEVICE = """
            INSERT INTO devices (ecid, udid, product_type, name, first_seen_at, last_seen_at)
            VALUES (?, ?, ?, ?, ?, ?)""";

    long ticket(Connection connection, Ticket ticket, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM tickets WHERE ticket = ?")) {
            query.setString(1, ticket.id());
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO tickets (ticket, created_at) VALUES (?, ?)", new String[] {"id"})) {
            insert.setString(1, ticket.id());
            insert.setObject(2, Columns.timestamp(now));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    void device(Connection connection, long ecid, AttemptFields fields, Instant now) throws SQLException {
        String udid = fields.udid();
        String productType = fields.productType();
        String name = fields.deviceName();
        try (PreparedStatement update = connection.prepareStatement(UPDATE_DEVICE)) {
            Columns.setText(update, 1, udid);
            Columns.setText(update, 2, productType);
            Columns.setText(update, 3, name);
            update.setObject(4, Columns.timestamp(now));
            update.setLong(5, ecid);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DEVICE)) {
            insert.setLong(1, ecid);
            Columns.setText(insert, 2, udid);
            Columns.setText(insert, 3, productType);
            Columns.setText(insert, 4, name);
            insert.setObject(5, Columns.timestamp(now));
            insert.setObject(6, Columns.timestamp(now));
            insert.executeUpdate();
        }
    }
}
