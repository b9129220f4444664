package dev.restorestation.gui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/**
 * A table of rows of one type, each column a name, a type and how a row gives its value: the
 * skeleton every table of the window shares.
 */
public class RowTableModel<R> extends AbstractTableModel {

    /**
     * One column: its heading, the type of its values (for renderers), the value of a row, and the
     * order of rows when its heading is clicked; null for the order of its values.
     */
    public record Column<R, V>(String name, Class<V> type, Function<? super R, ? extends V> value,
                               Comparator<? super R> order) {

        public Column(String name, Class<V> type, Function<? super R, ? extends V> value) {
            this(name, type, value, null);
        }

        public static <R> Column<R, String> text(String name, Function<? super R, String> value) {
            return new Column<>(name, String.class, value);
        }

        /** Text sorted by {@code key} rather than by what it shows: a date by its instant, a size by its bytes. */
        public static <R, K extends Comparable<? super K>> Column<R, String> text(String name, Function<? super R, String> value,
                                                                                 Function<? super R, ? extends K> key) {
            return new Column<>(name, String.class, value,
                    Comparator.comparing(key, Comparator.nullsFirst(Comparator.<K>naturalOrder())));
        }

        Comparator<R> rowOrder() {
            if (order != null) {
                return order::compare;
            }
            Comparator<Object> values = String.class.equals(type)
                    ? Comparator.comparing(Object::toString, new NaturalOrder())
                    : Comparable.class.isAssignableFrom(type) ? Column::compareComparables
                    : Comparator.comparing(Object::toString);
            return Comparator.comparing(value::apply, Comparator.nullsFirst(values));
        }

        @SuppressWarnings("unchecked")
        private static int compareComparables(Object a, Object b) {
            return ((Comparable<Object>) a).compareTo(b);
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

    /** How {@code column} orders rows when its heading is clicked. */
    public Comparator<R> rowOrder(int column) {
        return columns.get(column).rowOrder();
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
