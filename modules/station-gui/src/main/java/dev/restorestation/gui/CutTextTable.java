package dev.restorestation.gui;

import java.awt.Component;
import java.awt.event.MouseEvent;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.table.TableModel;

/** A table whose cells cut short by their column show their whole text when the pointer rests on them. */
public class CutTextTable extends JTable {

    public CutTextTable(TableModel model) {
        super(model);
        // a table is asked for tooltips only once it has said it has some
        setToolTipText("");
    }

    @Override
    public String getToolTipText(MouseEvent event) {
        int row = rowAtPoint(event.getPoint());
        int column = columnAtPoint(event.getPoint());
        if (row < 0 || column < 0) {
            return null;
        }
        Component cell = prepareRenderer(getCellRenderer(row, column), row, column);
        if (cell instanceof JComponent component && component.getToolTipText() != null) {
            return component.getToolTipText();
        }
        boolean cut = cell.getPreferredSize().width > getCellRect(row, column, false).width;
        return cut && cell instanceof JLabel label && !label.getText().isBlank() ? label.getText() : null;
    }
}
