package dev.restorestation.gui.bench;

import dev.restorestation.core.restore.QueueEntry;
import dev.restorestation.core.restore.QueueOutcome;
import dev.restorestation.gui.RowTableModel;
import dev.restorestation.gui.Texts;
import java.util.List;

/** The queue's rows: place, slot, ticket, build, kind, and where each restore stands. */
final class QueueTableModel extends RowTableModel<QueueEntry> {

    QueueTableModel() {
        super(List.of(
                Column.text("#", entry -> entry.position() > 0 ? Integer.toString(entry.position()) : ""),
                Column.text(Texts.text("queue.column.slot"), QueueEntry::slot),
                Column.text(Texts.text("queue.column.ticket"), QueueEntry::ticket),
                Column.text(Texts.text("queue.column.build"),
                        entry -> entry.build().isEmpty() ? Texts.text("queue.latestSigned") : entry.build()),
                Column.text(Texts.text("queue.column.kind"), entry -> Texts.text("kind." + entry.kind().name())),
                Column.text(Texts.text("queue.column.state"), QueueTableModel::state)));
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
            case WAITING -> Texts.text("queue.waiting", Texts.text("waiting." + entry.waitingFor().name()));
            case RUNNING -> Texts.text("queue.running");
            case DONE -> outcome(entry.outcome());
        };
    }

    private static String outcome(QueueOutcome outcome) {
        return switch (outcome.ending()) {
            case RESTORED -> Texts.text("queue.done.restored");
            case FAILED -> Texts.text("queue.done.failed", Texts.text("category." + outcome.category().id()));
            case CANCELLED -> Texts.text("queue.done.cancelled");
            case NOT_STARTED -> Texts.text("queue.done.notStarted", Texts.text("category." + outcome.category().id()));
            case SIGNING_NOT_CHECKED -> Texts.text("queue.done.signingNotChecked");
        };
    }
}
