package dev.restorestation.history;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.ErrorCategory;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.DeviceFault;
import dev.restorestation.core.history.FixOutcome;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.history.ShopHistory;
import dev.restorestation.core.history.SlotRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the advisor learns from the shop's own attempts. */
final class JdbcShopHistory implements ShopHistory {

    /**
     * Counted as attempts end (see {@link FixResults}): a next attempt still running has no
     * result yet and is not in them.
     */
    private static final String FIX_OUTCOMES = "SELECT fix_id, SUM(applied), SUM(succeeded) FROM fix_results";

    private static final String SLOT_RECORDS = """
            SELECT slot, COUNT(*),
                   SUM(CASE WHEN outcome = 'FAILED' AND category = 'usb-connection'%s THEN 1 ELSE 0 END)
            FROM attempts
            WHERE started_at >= ? AND slot IS NOT NULL
            GROUP BY slot
            ORDER BY slot""";
    private static final String NOT_A_DEVICE_FAULT =
            " AND NOT (COALESCE(apple_code, -1) BETWEEN ? AND ? AND COALESCE(product_type, '') = ?)";

    private final HistoryStore database;
    private final AttemptLog attempts;
    private final List<DeviceFault> deviceFaults;
    private final String slotRecords;

    JdbcShopHistory(HistoryStore database, AttemptLog attempts, List<DeviceFault> deviceFaults) {
        this.database = database;
        this.attempts = attempts;
        this.deviceFaults = List.copyOf(deviceFaults);
        this.slotRecords = SLOT_RECORDS.formatted(NOT_A_DEVICE_FAULT.repeat(deviceFaults.size()));
    }

    @Override
    public List<FixOutcome> fixOutcomes(Integer appleCode, ErrorCategory category, String productType) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (appleCode != null) {
            conditions.add("apple_code = ?");
            parameters.add(appleCode);
        } else if (category != null) {
            conditions.add("category = ?");
            parameters.add(category.id());
        }
        if (productType != null) {
            conditions.add("product_type = ?");
            parameters.add(productType);
        }
        String sql = FIX_OUTCOMES + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " GROUP BY fix_id ORDER BY fix_id";
        return database.read("count how fixes fared", connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
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
            try (PreparedStatement query = connection.prepareStatement(slotRecords)) {
                int parameter = 1;
                for (DeviceFault fault : deviceFaults) {
                    query.setInt(parameter++, fault.firstCode());
                    query.setInt(parameter++, fault.lastCode());
                    query.setString(parameter++, fault.productType());
                }
                query.setObject(parameter, Columns.timestamp(since));
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
        return attempts.forDevice(ecid);
    }
}
