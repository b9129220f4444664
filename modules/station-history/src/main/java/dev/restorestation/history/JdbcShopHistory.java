package dev.restorestation.history;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.FixOutcome;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.history.SlotRecord;
import dev.restorestation.core.restore.ErrorCategory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the advisor learns from the shop's own attempts. */
final class JdbcShopHistory implements ShopHistory {

    /**
     * For each failure f, the next attempt n on the same device (the lowest later id) and the
     * fixes recorded on n. An n still running has no result yet and is left out.
     */
    private static final String FIX_OUTCOMES = """
            SELECT fa.fix_id, COUNT(*), SUM(CASE WHEN n.outcome = 'SUCCEEDED' THEN 1 ELSE 0 END)
            FROM attempts f
            JOIN attempts n ON n.id = (SELECT MIN(x.id) FROM attempts x WHERE x.ecid = f.ecid AND x.id > f.id)
            JOIN fixes_applied fa ON fa.attempt_id = n.id
            WHERE f.outcome = 'FAILED' AND n.outcome <> 'RUNNING'
            """;

    private static final String SLOT_RECORDS = """
            SELECT slot, COUNT(*),
                   SUM(CASE WHEN outcome = 'FAILED' AND category = 'usb-connection' THEN 1 ELSE 0 END)
            FROM attempts
            WHERE started_at >= ? AND slot IS NOT NULL
            GROUP BY slot
            ORDER BY slot""";

    private final HistoryDatabase database;

    JdbcShopHistory(HistoryDatabase database) {
        this.database = database;
    }

    @Override
    public List<FixOutcome> fixOutcomes(Integer appleCode, ErrorCategory category, String productType) {
        StringBuilder sql = new StringBuilder(FIX_OUTCOMES);
        List<Object> parameters = new ArrayList<>();
        if (appleCode != null) {
            sql.append("AND f.apple_code = ?\n");
            parameters.add(appleCode);
        } else if (category != null) {
            sql.append("AND f.category = ?\n");
            parameters.add(category.id());
        }
        if (productType != null) {
            sql.append("AND f.product_type = ?\n");
            parameters.add(productType);
        }
        sql.append("GROUP BY fa.fix_id ORDER BY fa.fix_id");
        return database.read("count how fixes fared", connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    query.setObject(i + 1, parameters.get(i));
                }
                List<FixOutcome> outcomes = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        outcomes.add(new FixOutcome(rows.getString(1), rows.getInt(2), rows.getInt(3)));
                    }
                }
                return outcomes;
            }
        });
    }

    @Override
    public List<SlotRecord> slotRecords(Instant since) {
        Objects.requireNonNull(since, "since");
        return database.read("count the attempts per slot", connection -> {
            try (PreparedStatement query = connection.prepareStatement(SLOT_RECORDS)) {
                query.setObject(1, Columns.timestamp(since));
                List<SlotRecord> records = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        records.add(new SlotRecord(rows.getString(1), rows.getInt(2), rows.getInt(3)));
                    }
                }
                return records;
            }
        });
    }

    @Override
    public List<RestoreAttempt> attemptsForDevice(Ecid ecid) {
        return database.attemptLog().forDevice(ecid);
    }
}
