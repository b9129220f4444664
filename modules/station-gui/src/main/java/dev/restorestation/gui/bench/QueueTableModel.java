package dev.restorestation.gui.bench;

import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.gui.RowTableModel;
import java.util.List;

/** The queue's rows: place, slot, ticket, build, kind, and where each restore stands. */
final class QueueTableModel extends RowTableModel<QueueEntry> {

    QueueTableModel() {
        super(List.of(
                Column.text("#", entry -> entry.position() > 0 ? Integer.toString(entry.position()) : ""),
                Column.text("Slot", QueueEntry::slot),
                Column.text("Ticket", QueueEntry::ticket),
                Column.text("Build", QueueEntry::build),
                Column.text("Kind", entry -> entry.kind() == RestoreKind.ERASE ? "Erase" : "Update"),
                Column.text("State", QueueTableModel::state)));
    }

    /** Replaces the rows; false when nothing changed, so the selection is left alone. */
    boolean replace(List<QueueEntry> shown) {
        if (shown.equals(rows())) {
            return false;
        }
        show(shown);
        return true;
    }

    static String state(QueueEntry entry) {
        return switch (entry.state()) {
            case WAITING -> "Waiting · " + entry.waitingFor().label();
            case RUNNING -> "Running";
            case DONE -> entry.outcome();
        };
    }
}
