package dev.restorestation.gui.firmware;

import dev.restorestation.core.firmware.FirmwareState;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.Component;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/** A cached build's state in words, coloured by theme key; the selection colours win when selected. */
final class StateRenderer extends DefaultTableCellRenderer {

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                   int row, int column) {
        FirmwareState state = (FirmwareState) value;
        super.getTableCellRendererComponent(table, Texts.text("state." + state.name()), selected, focused, row, column);
        if (!selected) {
            setForeground(StationTheme.color(colourKey(state)));
        }
        return this;
    }

    static String colourKey(FirmwareState state) {
        return switch (state) {
            case VERIFIED -> "Station.text.succeeded";
            case CHANGED -> "Station.text.attention";
            case MISSING, QUARANTINED -> "Station.text.failed";
        };
    }
}
