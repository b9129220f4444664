package dev.restorestation.history;

import dev.restorestation.core.history.DailyResult;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.history.ShopReport;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.ErrorCategory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The manager's questions: which errors, which slot, how each day went. */
final class JdbcShopReport implements ShopReport {

    private static final String FAILURES_PER_CATEGORY = """
            SELECT category, COUNT(*)
            FROM attempts
            WHERE outcome = 'FAILED' AND started_at >= ? AND category IS NOT NULL
            GROUP BY category""";

    private final HistoryStore database;

    JdbcShopReport(HistoryStore database) {
        this.database = database;
    }

    @Override
    public Map<ErrorCategory, Integer> failuresPerCategory(Instant since) {
        Objects.requireNonNull(since, "since");
        return database.read("count the failures per category", connection -> {
            Map<ErrorCategory, Integer> counts = new EnumMap<>(ErrorCategory.class);
            try (PreparedStatement query = connection.prepareStatement(FAILURES_PER_CATEGORY)) {
                query.setObject(1, Columns.timestamp(since));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        counts.put(ErrorCategory.fromId(rows.getString(1)), rows.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    @Override
    public List<RestoreAttempt> inSlot(String slot) {
        Objects.requireNonNull(slot, "slot");
        return database.read("read the attempts in slot " + slot,
                connection -> AttemptRows.read(connection, AttemptRows.where("a.slot = ?", slot)));
    }

    @Override
    public List<DailyResult> resultsPerDay(Instant since, ZoneId zone) {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(zone, "zone");
        return database.read("count the results per day", connection -> {
            Map<LocalDate, int[]> days = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT started_at, outcome FROM attempts WHERE started_at >= ?")) {
                query.setObject(1, Columns.timestamp(since));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int[] counts = days.computeIfAbsent(
                                LocalDate.ofInstant(Columns.instant(rows, 1), zone), day -> new int[4]);
                        counts[0]++;
                        switch (AttemptOutcome.valueOf(rows.getString(2))) {
                            case SUCCEEDED -> counts[1]++;
                            case FAILED -> counts[2]++;
                            case RUNNING -> counts[3]++;
                            case CANCELLED, INTERRUPTED -> {
                            }
                        }
                    }
                }
            }
            List<DailyResult> results = new ArrayList<>();
            days.forEach((day, c) -> results.add(new DailyResult(day, c[0], c[1], c[2], c[3])));
            return results;
        });
    }
}
