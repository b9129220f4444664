package dev.restorestation.gui.firmware;

import dev.restorestation.gui.Texts;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.Component;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/** "Signed" in the success colour; "Not signed" dimmed, since Apple will refuse to restore it. */
final class SignedRenderer extends DefaultTableCellRenderer {

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                   int row, int column) {
        boolean signed = Boolean.TRUE.equals(value);
        super.getTableCellRendererComponent(table, Texts.text(signed ? "firmware.signed" : "firmware.notSigned"), selected, focused, row, column);
        if (!selected) {
            setForeground(StationTheme.color(signed ? "Station.text.succeeded" : "Station.text.secondary"));
        }
        return this;
    }
}
