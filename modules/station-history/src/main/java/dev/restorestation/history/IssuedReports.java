package dev.restorestation.history;

import dev.restorestation.core.ticket.Ticket;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a ticket's report needs beyond the attempts (the station, the engine's version and the
 * firmware of each attempt), and the hashes of every report the shop issued, so that a report
 * can be checked later: issued here and unchanged, or not.
 */
public final class IssuedReports {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** One issued report: the hash of the file, the hash of its text (in its QR code), when, where. */
    public record Issued(Ticket ticket, String fileSha256, String contentSha256, Instant issuedAt, String station) {
    }

    /** Where and with what one attempt ran; values null when not recorded. */
    public record AttemptSource(String station, String engineVersion, String firmwareSha1, String deviceName) {
    }

    private final HistoryStore database;

    IssuedReports(HistoryStore database) {
        this.database = database;
    }

    /** For each attempt of the ticket (by id), where and with what it ran. */
    public Map<Long, AttemptSource> sources(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return database.read("read where the attempts of ticket " + ticket + " ran", connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT a.id, a.station, a.engine_version, a.firmware_sha1, d.name
                    FROM attempts a JOIN tickets t ON t.id = a.ticket_id JOIN devices d ON d.ecid = a.ecid
                    WHERE t.ticket = ?""")) {
                query.setString(1, ticket.id());
                Map<Long, AttemptSource> sources = new HashMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        sources.put(rows.getLong(1), new AttemptSource(rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5)));
                    }
                }
                return sources;
            }
        });
    }

    /** Keeps the hashes of a report just issued for a ticket that has attempts. */
    public void record(Ticket ticket, String fileSha256, String contentSha256) {
        checkHash(fileSha256);
        checkHash(contentSha256);
        Instant now = database.clock().instant();
        database.write("keep the hash of the report for ticket " + ticket, true, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO issued_reports (ticket_id, sha256, content_sha256, issued_at, station)
                    SELECT id, ?, ?, ?, ? FROM tickets WHERE ticket = ?""")) {
                insert.setString(1, fileSha256);
                insert.setString(2, contentSha256);
                insert.setObject(3, Columns.timestamp(now));
                insert.setString(4, Columns.fitted(database.stationName(), 128));
                insert.setString(5, ticket.id());
                if (insert.executeUpdate() != 1) {
                    throw new IllegalArgumentException("there is no ticket " + ticket);
                }
            }
            OutboxWrites.reportIssued(connection, database.stationName(), ticket.id(), contentSha256, now);
            return null;
        });
    }

    /** The report issued as exactly this file, if this shop issued one. */
    public Optional<Issued> find(String fileSha256) {
        checkHash(fileSha256);
        return database.read("look up an issued report", connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT t.ticket, r.sha256, r.content_sha256, r.issued_at, r.station
                    FROM issued_reports r JOIN tickets t ON t.id = r.ticket_id WHERE r.sha256 = ?""")) {
                query.setString(1, fileSha256);
                try (ResultSet row = query.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Issued(new Ticket(row.getString(1)), row.getString(2), row.getString(3),
                                    Columns.instant(row, 4), row.getString(5)))
                            : Optional.<Issued>empty();
                }
            }
        });
    }

    private static void checkHash(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
    }
}
