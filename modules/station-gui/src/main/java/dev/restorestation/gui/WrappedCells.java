package dev.restorestation.gui;

import java.awt.Component;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ListSelectionEvent;
import javax.swing.event.TableColumnModelEvent;
import javax.swing.event.TableColumnModelListener;
import javax.swing.table.TableCellRenderer;

/**
 * Cells whose words wrap onto as many lines as their column's width needs, in rows that grow to
 * hold the tallest of their cells: a long text in German or Spanish is read whole, never cut.
 */
public final class WrappedCells extends JTextArea implements TableCellRenderer {

    private WrappedCells() {
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(true);
    }

    /** Wraps the cells of the columns given, and keeps every row as tall as its cells need, at every width. */
    public static void wrap(JTable table, int... columns) {
        WrappedCells renderer = new WrappedCells();
        for (int column : columns) {
            table.getColumnModel().getColumn(column).setCellRenderer(renderer);
        }
        table.getColumnModel().addColumnModelListener(new TableColumnModelListener() {
            @Override
            public void columnMarginChanged(ChangeEvent e) {
                fitRows(table);
            }

            @Override
            public void columnAdded(TableColumnModelEvent e) {
            }

            @Override
            public void columnRemoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnMoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnSelectionChanged(ListSelectionEvent e) {
            }
        });
        table.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fitRows(table);
            }
        });
        fitRows(table);
    }

    /** Each row as tall as the most lines one of its cells needs at its column's width. */
    private static void fitRows(JTable table) {
        for (int row = 0; row < table.getRowCount(); row++) {
            int height = table.getRowHeight();
            for (int column = 0; column < table.getColumnCount(); column++) {
                Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
                height = Math.max(height, cell.getPreferredSize().height);
            }
            if (table.getRowHeight(row) != height) {
                table.setRowHeight(row, height);
            }
        }
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean hasFocus,
                                                   int row, int column) {
        setFont(table.getFont());
        setForeground(isSelected ? table.getSelectionForeground() : table.getForeground());
        setBackground(isSelected ? table.getSelectionBackground() : table.getBackground());
        setBorder(UIManager.getBorder(hasFocus ? "Table.focusCellHighlightBorder" : "Table.cellNoFocusBorder"));
        setText(value == null ? "" : value.toString());
        // the width the column gives decides the lines, and so the height asked for
        setSize(table.getColumnModel().getColumn(column).getWidth(), Short.MAX_VALUE);
        return this;
    }
}
