package dev.restorestation.gui.history;

import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.gui.RowTableModel;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A timeline of attempts, oldest first, one row each. */
final class AttemptsModel extends RowTableModel<RestoreAttempt> {

    static final int OUTCOME = 6;
    /** Preferred widths in logical pixels, so a date, a device and an error in words fit. */
    static final Map<Integer, Integer> WIDTHS = Map.of(0, 150, 1, 110, 2, 40, 3, 175, 4, 60, 5, 70, 6, 90, 7, 170,
            8, 170, 9, 80);

    AttemptsModel(ZoneId zone, FixNames fixNames) {
        super(List.of(
                Column.text("Started", attempt -> AttemptText.started(attempt, zone)),
                Column.text("Ticket", attempt -> attempt.ticket().id()),
                Column.text("Slot", attempt -> attempt.slot() == null ? "" : attempt.slot()),
                Column.text("Device", AttemptText::device),
                Column.text("Kind", AttemptText::kind),
                Column.text("Build", attempt -> attempt.build() == null ? "" : attempt.build()),
                new Column<>("Outcome", AttemptOutcome.class, RestoreAttempt::outcome),
                Column.text("Error", AttemptText::error),
                Column.text("Fixes tried", attempt -> AttemptText.fixes(attempt, fixNames)),
                Column.text("Took", AttemptText::took)));
    }

    List<RestoreAttempt> attempts() {
        return rows();
    }

    RestoreAttempt attemptAt(int row) {
        return rowAt(row);
    }
}
