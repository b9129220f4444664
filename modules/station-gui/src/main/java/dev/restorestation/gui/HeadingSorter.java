package dev.restorestation.gui;

import java.util.Comparator;
import java.util.List;
import javax.swing.DefaultRowSorter;
import javax.swing.SortOrder;

/**
 * Sorts a {@link RowTableModel}'s rows when a heading is clicked, each column in its own order: a
 * date by its instant and a size by its bytes, not by the text shown. A third click goes back to
 * the model's own order: in History, oldest first.
 */
public final class HeadingSorter<R> extends DefaultRowSorter<RowTableModel<R>, Integer> {

    public HeadingSorter(RowTableModel<R> model) {
        setModelWrapper(new ModelWrapper<>() {
            @Override
            public RowTableModel<R> getModel() {
                return model;
            }

            @Override
            public int getColumnCount() {
                return model.getColumnCount();
            }

            @Override
            public int getRowCount() {
                return model.getRowCount();
            }

            /** The row itself, for the column's row order to compare. */
            @Override
            public Object getValueAt(int row, int column) {
                return model.rowAt(row);
            }

            @Override
            public String getStringValueAt(int row, int column) {
                Object value = model.getValueAt(row, column);
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer getIdentifier(int row) {
                return row;
            }
        });
        // one column at a time: rows alike in it stay in the list's own order, not in a column clicked before
        setMaxSortKeys(1);
    }

    @Override
    public Comparator<?> getComparator(int column) {
        return getModel().rowOrder(column);
    }

    @Override
    public void toggleSortOrder(int column) {
        List<? extends SortKey> keys = getSortKeys();
        if (!keys.isEmpty() && keys.get(0).getColumn() == column && keys.get(0).getSortOrder() == SortOrder.DESCENDING) {
            setSortKeys(null);
        } else {
            super.toggleSortOrder(column);
        }
    }

    @Override
    protected boolean useToString(int column) {
        return false;
    }
}
