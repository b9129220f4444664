package dev.restorestation.gui.history;

import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.Component;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/** An attempt's outcome in words and in the bench's colours; the selection colours win when selected. */
final class OutcomeRenderer extends DefaultTableCellRenderer {

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                   int row, int column) {
        AttemptOutcome outcome = (AttemptOutcome) value;
        super.getTableCellRendererComponent(table, AttemptText.outcome(outcome), selected, focused, row, column);
        if (!selected) {
            setForeground(StationTheme.color(colourKey(outcome)));
        }
        return this;
    }

    static String colourKey(AttemptOutcome outcome) {
        return switch (outcome) {
            case SUCCEEDED -> "Station.text.succeeded";
            case FAILED -> "Station.text.failed";
            case RUNNING -> "Station.text.running";
            case CANCELLED, INTERRUPTED -> "Station.text.attention";
        };
    }
}
