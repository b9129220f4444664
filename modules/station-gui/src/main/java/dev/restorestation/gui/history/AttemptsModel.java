package dev.restorestation.gui.history;

import dev.restorestation.core.history.RestoreAttempt;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.swing.table.AbstractTableModel;

/** A timeline of attempts, oldest first, one row each. */
final class AttemptsModel extends AbstractTableModel {

    static final int OUTCOME = 6;
    /** Preferred widths in logical pixels, so a date, a device and an error in words fit. */
    static final Map<Integer, Integer> WIDTHS = Map.of(0, 130, 1, 110, 2, 40, 3, 175, 4, 60, 5, 70, 6, 90, 7, 190,
            8, 170, 9, 80);
    private static final String[] COLUMNS = {"Started", "Ticket", "Slot", "Device", "Kind", "Build", "Outcome", "Error",
        "Fixes tried", "Took"};

    private final ZoneId zone;
    private List<RestoreAttempt> attempts = List.of();

    AttemptsModel(ZoneId zone) {
        this.zone = zone;
    }

    void show(List<RestoreAttempt> shown) {
        attempts = List.copyOf(shown);
        fireTableDataChanged();
    }

    List<RestoreAttempt> attempts() {
        return attempts;
    }

    RestoreAttempt attemptAt(int row) {
        return attempts.get(row);
    }

    @Override
    public int getRowCount() {
        return attempts.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        RestoreAttempt attempt = attempts.get(row);
        return switch (column) {
            case 0 -> AttemptText.started(attempt, zone);
            case 1 -> attempt.ticket().id();
            case 2 -> attempt.slot() == null ? "" : attempt.slot();
            case 3 -> AttemptText.device(attempt);
            case 4 -> AttemptText.kind(attempt);
            case 5 -> attempt.build() == null ? "" : attempt.build();
            case OUTCOME -> attempt.outcome();
            case 7 -> AttemptText.error(attempt);
            case 8 -> AttemptText.fixes(attempt);
            case 9 -> AttemptText.took(attempt);
            default -> throw new IndexOutOfBoundsException("column " + column);
        };
    }
}
