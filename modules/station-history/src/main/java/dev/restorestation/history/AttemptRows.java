package dev.restorestation.history;

import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads attempts with their fixes in one query, oldest first: in the order they began, which is
 * the order of their ids (and lets the ticket and device indexes deliver them sorted).
 */
final class AttemptRows {

    /** A condition on {@code a} (attempts) or {@code t} (tickets) with its parameters. */
    interface Where {
        String sql();

        void bind(PreparedStatement statement) throws SQLException;
    }

    private static final String SELECT = """
            SELECT a.id, t.ticket, a.ecid, a.product_type, a.slot, a.build, a.device_mode, a.kind, a.engine,
                   a.technician, a.started_at, a.ended_at, a.outcome, a.apple_code, a.status_code, a.category,
                   a.summary, f.fix_id, t.customer_note, d.serial_number,
                   a.verification, a.verified_at, a.device_build, a.device_version, a.activation_state
            FROM attempts a
            JOIN tickets t ON t.id = a.ticket_id
            JOIN devices d ON d.ecid = a.ecid
            LEFT JOIN fixes_applied f ON f.attempt_id = a.id
            """;

    private AttemptRows() {
    }

    static Where where(String sql, Object... parameters) {
        return new Where() {
            @Override
            public String sql() {
                return sql;
            }

            @Override
            public void bind(PreparedStatement statement) throws SQLException {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
        };
    }

    static List<RestoreAttempt> read(Connection connection, Where where) throws SQLException {
        return read(connection, where, "a.id");
    }

    /** For a range of start times: ordered by the start, so that the start-time index serves it. */
    static List<RestoreAttempt> readByStart(Connection connection, Where where) throws SQLException {
        return read(connection, where, "a.started_at, a.id");
    }

    private static List<RestoreAttempt> read(Connection connection, Where where, String order) throws SQLException {
        String sql = SELECT + (where.sql().isEmpty() ? "" : "WHERE " + where.sql() + "\n")
                + "ORDER BY " + order + ", f.position";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            where.bind(query);
            query.setFetchSize(1000);
            try (ResultSet rows = query.executeQuery()) {
                return fold(rows);
            }
        }
    }

    /** One row per fix applied (or one without): consecutive rows of one attempt become one record. */
    private static List<RestoreAttempt> fold(ResultSet rows) throws SQLException {
        List<RestoreAttempt> attempts = new ArrayList<>();
        long current = -1;
        RestoreAttempt pending = null;
        List<String> fixes = new ArrayList<>();
        while (rows.next()) {
            long id = rows.getLong(1);
            if (id != current) {
                if (pending != null) {
                    attempts.add(withFixes(pending, fixes));
                }
                current = id;
                pending = attempt(rows);
                fixes = new ArrayList<>();
            }
            String fix = rows.getString(18);
            if (fix != null) {
                fixes.add(fix);
            }
        }
        if (pending != null) {
            attempts.add(withFixes(pending, fixes));
        }
        return attempts;
    }

    private static RestoreAttempt attempt(ResultSet rows) throws SQLException {
        String category = rows.getString(16);
        return new RestoreAttempt(rows.getLong(1), new Ticket(rows.getString(2)), rows.getString(19),
                new Ecid(rows.getLong(3)), rows.getString(20), rows.getString(4), rows.getString(5), rows.getString(6), DeviceMode.valueOf(rows.getString(7)),
                RestoreKind.valueOf(rows.getString(8)), rows.getString(9), rows.getString(10),
                Columns.instant(rows, 11), Columns.instant(rows, 12), AttemptOutcome.valueOf(rows.getString(13)),
                Columns.integer(rows, 14), Columns.integer(rows, 15),
                category == null ? null : ErrorCategory.fromId(category), rows.getString(17), List.of(),
                verification(rows));
    }

    private static Verification verification(ResultSet rows) throws SQLException {
        String result = rows.getString(21);
        return result == null ? null : new Verification(Verification.Result.fromId(result), Columns.instant(rows, 22),
                rows.getString(23), rows.getString(24), rows.getString(25));
    }

    private static RestoreAttempt withFixes(RestoreAttempt a, List<String> fixes) {
        return fixes.isEmpty() ? a : new RestoreAttempt(a.id(), a.ticket(), a.customerNote(), a.ecid(),
                a.serialNumber(), a.productType(), a.slot(),
                a.build(), a.mode(), a.kind(), a.engine(), a.technician(), a.startedAt(), a.endedAt(), a.outcome(),
                a.appleCode(), a.statusCode(), a.category(), a.summary(), fixes, a.verification());
    }
}
