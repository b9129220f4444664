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
            UPDATE devices SET udid = COALESCE(?, udid), serial_number = COALESCE(?, serial_number),
                               product_type = COALESCE(?, product_type), name = COALESCE(?, name), last_seen_at = ?
            WHERE ecid = ?""";

    private static final String INSERT_DEVICE = """
            INSERT INTO devices (ecid, udid, serial_number, product_type, name, first_seen_at, last_seen_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    /** The ticket's row id; a note given replaces the ticket's note, none keeps it. */
    long ticket(Connection connection, Ticket ticket, String note, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM tickets WHERE ticket = ?")) {
            query.setString(1, ticket.id());
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    long id = row.getLong(1);
                    if (note != null) {
                        setNote(connection, id, note);
                    }
                    return id;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO tickets (ticket, customer_note, created_at) VALUES (?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, ticket.id());
            Columns.setText(insert, 2, note);
            insert.setObject(3, Columns.timestamp(now));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** Sets the note of ticket row {@code ticketId}; null clears it. */
    void setNote(Connection connection, long ticketId, String note) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE tickets SET customer_note = ? WHERE id = ?")) {
            Columns.setText(update, 1, note);
            update.setLong(2, ticketId);
            update.executeUpdate();
        }
    }

    void device(Connection connection, long ecid, AttemptFields fields, Instant now) throws SQLException {
        String[] known = {fields.udid(), fields.serialNumber(), fields.productType(), fields.deviceName()};
        try (PreparedStatement update = connection.prepareStatement(UPDATE_DEVICE)) {
            for (int i = 0; i < known.length; i++) {
                Columns.setText(update, 1 + i, known[i]);
            }
            update.setObject(5, Columns.timestamp(now));
            update.setLong(6, ecid);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DEVICE)) {
            insert.setLong(1, ecid);
            for (int i = 0; i < known.length; i++) {
                Columns.setText(insert, 2 + i, known[i]);
            }
            insert.setObject(6, Columns.timestamp(now));
            insert.setObject(7, Columns.timestamp(now));
            insert.executeUpdate();
        }
    }
}
