package dev.restorestation.history;

import dev.restorestation.core.history.NewAttempt;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The columns of a new attempt, checked before anything is written: identifiers that do not fit
 * are refused with the reason, descriptive text is shortened.
 */
record AttemptFields(String productType, String slot, String station, String technician, String build,
                     String firmwareSha1, String mode, String kind, String engine, String engineVersion,
                     List<String> fixes, String udid, String serialNumber, String deviceName) {

    static AttemptFields of(NewAttempt attempt, String thisStation) {
        String station = attempt.station() == null || attempt.station().isBlank() ? thisStation : attempt.station();
        List<String> fixes = List.copyOf(new LinkedHashSet<>(attempt.fixesApplied().stream()
                .map(fix -> Columns.exact(fix, 64, "fix id '" + fix + "'"))
                .toList()));
        return new AttemptFields(
                Columns.exact(attempt.productType(), 32, "product type"),
                Columns.exact(attempt.slot(), 64, "slot label"),
                Columns.exact(station, 128, "station name"),
                Columns.exact(attempt.technician(), 128, "technician name"),
                Columns.exact(attempt.build(), 32, "build"),
                Columns.exact(attempt.firmwareSha1(), 40, "firmware SHA-1"),
                attempt.mode().name(),
                attempt.kind().name(),
                Columns.exact(attempt.engine(), 64, "engine name"),
                Columns.fitted(attempt.engineVersion(), 64),
                fixes,
                Columns.exact(attempt.udid(), 64, "UDID"),
                Columns.exact(attempt.serialNumber(), 32, "serial number"),
                Columns.fitted(attempt.deviceName(), 200));
    }

    /** Binds product type … engine version to ten parameters from {@code first} on. */
    void bind(PreparedStatement statement, int first) throws SQLException {
        String[] values = {productType, slot, station, technician, build, firmwareSha1, mode, kind, engine,
            engineVersion};
        for (int i = 0; i < values.length; i++) {
            Columns.setText(statement, first + i, values[i]);
        }
    }
}
