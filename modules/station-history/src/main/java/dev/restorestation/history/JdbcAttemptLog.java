package dev.restorestation.history;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.history.ProgressEvent;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.ticket.Ticket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The attempt log on the history database. {@link #begin} and {@link #finish} are on disk when
 * they return; engine output and progress reach the file within H2's write delay (0.1 s).
 */
final class JdbcAttemptLog implements AttemptLog {

    /** Characters of engine log kept per attempt: a whole verbose idevicerestore run fits. */
    static final int DEFAULT_LOG_LIMIT = 512 * 1024;

    private static final String INSERT_ATTEMPT = """
            INSERT INTO attempts (ticket_id, ecid, product_type, slot, station, technician, build, firmware_sha1,
                                  device_mode, kind, engine, engine_version, started_at, outcome)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING')""";

    private static final String FINISH = """
            UPDATE attempts SET ended_at = ?, outcome = ?, apple_code = ?, status_code = ?, category = ?, summary = ?
            WHERE id = ? AND outcome = 'RUNNING'""";

    private static final String VERIFIED = """
            UPDATE attempts SET verification = ?, verified_at = ?, device_build = ?, device_version = ?,
                                activation_state = ?
            WHERE id = ? AND outcome = 'SUCCEEDED'""";

    private final HistoryStore database;
    private final EngineLogParts log;
    private final TicketsAndDevices register = new TicketsAndDevices();

    JdbcAttemptLog(HistoryStore database, int logLimit) {
        this.database = database;
        this.log = new EngineLogParts(logLimit);
    }

    @Override
    public long begin(NewAttempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        AttemptFields fields = AttemptFields.of(attempt, database.stationName());
        Instant now = database.clock().instant();
        return database.write("record the start of the attempt", true, connection -> {
            long ticketId = register.ticket(connection, attempt.ticket(), attempt.customerNote(), now);
            register.device(connection, attempt.ecid().value(), fields, now);
            long id;
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ATTEMPT, new String[] {"id"})) {
                insert.setLong(1, ticketId);
                insert.setLong(2, attempt.ecid().value());
                fields.bind(insert, 3);
                insert.setObject(13, Columns.timestamp(now));
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            recordFixes(connection, id, fields);
            OutboxWrites.ofAttempt(connection, OutboxEvent.STARTED, id, null, now);
            return id;
        });
    }

    @Override
    public void appendLog(long attemptId, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Instant now = database.clock().instant();
        database.write("keep the engine output", false, connection -> {
            log.append(connection, attemptId, text, now);
            return null;
        });
    }

    @Override
    public void finish(long attemptId, AttemptOutcome outcome, Diagnosis diagnosis) {
        Objects.requireNonNull(outcome, "outcome");
        if (!outcome.finished()) {
            throw new IllegalArgumentException("an attempt cannot finish as RUNNING");
        }
        Instant now = database.clock().instant();
        database.write("record the end of the attempt", true, connection -> {
            try (PreparedStatement update = connection.prepareStatement(FINISH)) {
                Columns.setTimestamp(update, 1, now);
                update.setString(2, outcome.name());
                Columns.setInteger(update, 3, diagnosis == null ? null : diagnosis.appleCode());
                Columns.setInteger(update, 4, diagnosis == null ? null : diagnosis.statusCode());
                Columns.setText(update, 5, diagnosis == null ? null : diagnosis.category().id());
                Columns.setText(update, 6, diagnosis == null ? null : Columns.fitted(diagnosis.summary(), 1000));
                update.setLong(7, attemptId);
                if (update.executeUpdate() == 0) {
                    throw notRunning(connection, attemptId);
                }
            }
            FixResults.attemptEnded(connection, attemptId, outcome == AttemptOutcome.SUCCEEDED);
            OutboxWrites.ofAttempt(connection, OutboxEvent.ENDED, attemptId, null, now);
            return null;
        });
    }

    @Override
    public void verified(long attemptId, Verification verification) {
        Objects.requireNonNull(verification, "verification");
        database.write("record what the device said after its restore", true, connection -> {
            try (PreparedStatement update = connection.prepareStatement(VERIFIED)) {
                update.setString(1, verification.result().id());
                Columns.setTimestamp(update, 2, verification.verifiedAt());
                Columns.setText(update, 3, Columns.fitted(verification.deviceBuild(), 32));
                Columns.setText(update, 4, Columns.fitted(verification.deviceVersion(), 32));
                Columns.setText(update, 5, Columns.fitted(verification.activationState(), 64));
                update.setLong(6, attemptId);
                if (update.executeUpdate() == 0) {
                    throw new IllegalStateException("attempt " + attemptId + " did not succeed, so nothing is verified");
                }
            }
            OutboxWrites.ofAttempt(connection, OutboxEvent.VERIFIED, attemptId, null, database.clock().instant());
            return null;
        });
    }

    @Override
    public void noteTicket(Ticket ticket, String note) {
        Objects.requireNonNull(ticket, "ticket");
        String checked = Ticket.checkedNote(note);
        Instant now = database.clock().instant();
        database.write("keep the note of ticket " + ticket, true, connection -> {
            register.setNote(connection, register.ticket(connection, ticket, null, now), checked);
            return null;
        });
    }

    @Override
    public Optional<String> noteOf(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return database.read("read the note of ticket " + ticket, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT customer_note FROM tickets WHERE ticket = ?")) {
                query.setString(1, ticket.id());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public List<RestoreAttempt> forTicket(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return database.read("read the attempts of ticket " + ticket,
                connection -> AttemptRows.read(connection, AttemptRows.where(
                        "a.ticket_id = (SELECT id FROM tickets WHERE ticket = ?)", ticket.id())));
    }

    @Override
    public List<RestoreAttempt> forDevice(Ecid ecid) {
        Objects.requireNonNull(ecid, "ecid");
        return database.read("read the attempts on device " + ecid,
                connection -> AttemptRows.read(connection, AttemptRows.where("a.ecid = ?", ecid.value())));
    }

    @Override
    public List<RestoreAttempt> inSlot(String slotLabel) {
        Objects.requireNonNull(slotLabel, "slotLabel");
        return database.read("read the attempts in slot " + slotLabel,
                connection -> AttemptRows.read(connection, AttemptRows.where("a.slot = ?", slotLabel)));
    }

    @Override
    public List<RestoreAttempt> forSerialNumber(String serialNumber) {
        Objects.requireNonNull(serialNumber, "serialNumber");
        return database.read("read the attempts on serial number " + serialNumber,
                connection -> AttemptRows.read(connection,
                        AttemptRows.where("UPPER(d.serial_number) = ?", serialNumber.toUpperCase(Locale.ROOT))));
    }

    @Override
    public List<RestoreAttempt> all() {
        return database.read("read the attempts", connection -> AttemptRows.read(connection, AttemptRows.where("")));
    }

    @Override
    public List<RestoreAttempt> startedBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return database.read("read the attempts started between " + from + " and " + to,
                connection -> AttemptRows.readByStart(connection, AttemptRows.where(
                        "a.started_at >= ? AND a.started_at < ?", Columns.timestamp(from), Columns.timestamp(to))));
    }

    @Override
    public String engineLog(long attemptId) {
        return database.read("read the engine log", connection -> log.read(connection, attemptId));
    }

    @Override
    public void progress(long attemptId, String step, int percent) {
        ProgressEvent event = new ProgressEvent(database.clock().instant(), Objects.requireNonNull(step, "step"), percent);
        database.write("record the progress of the attempt", false, connection -> {
            if (!event.step().equals(lastStep(connection, attemptId))) {
                OutboxWrites.ofAttempt(connection, OutboxEvent.STEP, attemptId, event.step(), event.at());
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO progress_events (attempt_id, recorded_at, step, percent_done) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, attemptId);
                insert.setObject(2, Columns.timestamp(event.at()));
                insert.setString(3, Columns.fitted(event.step(), 200));
                insert.setInt(4, event.percent());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<ProgressEvent> progressEvents(long attemptId) {
        return database.read("read the progress of the attempt", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT recorded_at, step, percent_done FROM progress_events WHERE attempt_id = ? ORDER BY id")) {
                query.setLong(1, attemptId);
                List<ProgressEvent> events = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        events.add(new ProgressEvent(Columns.instant(rows, 1), rows.getString(2), rows.getInt(3)));
                    }
                }
                return events;
            }
        });
    }

    /** The step the attempt's progress last reached; null before its first. */
    private static String lastStep(Connection connection, long attemptId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT step FROM progress_events WHERE attempt_id = ? ORDER BY id DESC LIMIT 1")) {
            query.setLong(1, attemptId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static void recordFixes(Connection connection, long attemptId, AttemptFields fields) throws SQLException {
        if (fields.fixes().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO fixes_applied (attempt_id, position, fix_id, applied_by) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < fields.fixes().size(); i++) {
                insert.setLong(1, attemptId);
                insert.setInt(2, i);
                insert.setString(3, fields.fixes().get(i));
                Columns.setText(insert, 4, fields.technician());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static RuntimeException notRunning(Connection connection, long attemptId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT outcome FROM attempts WHERE id = ?")) {
            query.setLong(1, attemptId);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? new IllegalStateException("attempt " + attemptId + " has already ended as " + row.getString(1))
                        : new IllegalArgumentException("there is no attempt " + attemptId);
            }
        }
    }
}
