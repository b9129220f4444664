package dev.restorestation.gui.bench;

import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.RestoreKind;
import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/** The queue's rows: place, slot, ticket, build, kind, and where each restore stands. */
final class QueueTableModel extends AbstractTableModel {

    private record Column(String name, Function<QueueEntry, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("#", entry -> entry.position() > 0 ? Integer.toString(entry.position()) : ""),
            new Column("Slot", QueueEntry::slot),
            new Column("Ticket", QueueEntry::ticket),
            new Column("Build", QueueEntry::build),
            new Column("Kind", entry -> entry.kind() == RestoreKind.ERASE ? "Erase" : "Update"),
            new Column("State", QueueTableModel::state));

    private List<QueueEntry> entries = List.of();

    /** Replaces the rows; false when nothing changed, so the selection is left alone. */
    boolean show(List<QueueEntry> shown) {
        if (shown.equals(entries)) {
            return false;
        }
        entries = List.copyOf(shown);
        fireTableDataChanged();
        return true;
    }

    QueueEntry entry(int row) {
        return entries.get(row);
    }

    List<QueueEntry> entries() {
        return entries;
    }

    static String state(QueueEntry entry) {
        return switch (entry.state()) {
            case WAITING -> "Waiting · " + entry.waitingFor().label();
            case RUNNING -> "Running";
            case DONE -> entry.outcome();
        };
    }

    @Override
    public int getRowCount() {
        return entries.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.size();
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS.get(column).name();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return COLUMNS.get(column).value().apply(entries.get(row));
    }
}
