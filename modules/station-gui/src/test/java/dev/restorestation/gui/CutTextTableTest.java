package dev.restorestation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import javax.swing.table.DefaultTableModel;
import org.junit.jupiter.api.Test;

class CutTextTableTest {

    private static final String LONG = "Swap to a known-good cable, Restore from another USB port, DFU erase restore";

    @Test
    void aCellCutByItsColumnShowsItsWholeTextAndOneThatFitsShowsNone() {
        CutTextTable table = new CutTextTable(new DefaultTableModel(new Object[][] {{"4013", LONG}}, new Object[] {"Error", "Fixes tried"}));
        table.setSize(400, 100);
        table.getColumnModel().getColumn(0).setWidth(200);
        table.getColumnModel().getColumn(1).setWidth(200);

        assertThat(table.getToolTipText(pointerOn(table, 0, 1))).isEqualTo(LONG);
        assertThat(table.getToolTipText(pointerOn(table, 0, 0))).as("it fits").isNull();
        assertThat(table.getToolTipText(new MouseEvent(table, MouseEvent.MOUSE_MOVED, 0, 0, 10, 90, 0, false)))
                .as("below the last row").isNull();
    }

    private static MouseEvent pointerOn(CutTextTable table, int row, int column) {
        Rectangle cell = table.getCellRect(row, column, false);
        return new MouseEvent(table, MouseEvent.MOUSE_MOVED, 0, 0, cell.x + 5, cell.y + 5, 0, false);
    }
}
