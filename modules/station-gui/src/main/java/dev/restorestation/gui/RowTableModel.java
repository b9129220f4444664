package dev.restorestation.gui;

import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/**
 * A table of rows of one type, each column a name, a type and how a row gives its value: the
 * skeleton every table of the window shares.
 */
public class RowTableModel<R> extends AbstractTableModel {

    /** One column: its heading, the type of its values (for renderers and sorting) and the value of a row. */
    public record Column<R, V>(String name, Class<V> type, Function<? super R, ? extends V> value) {

        public static <R> Column<R, String> text(String name, Function<? super R, String> value) {
            return new Column<>(name, String.class, value);
        }
    }

    private final List<Column<R, ?>> columns;
    private List<R> rows = List.of();

    public RowTableModel(List<Column<R, ?>> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Shows these rows, in this order. */
    public void show(List<R> shown) {
        rows = List.copyOf(shown);
        fireTableDataChanged();
    }

    public List<R> rows() {
        return rows;
    }

    public R rowAt(int row) {
        return rows.get(row);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column).name();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return columns.get(column).type();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return columns.get(column).value().apply(rows.get(row));
    }
}
