package dev.restorestation.gui.history;

import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.gui.RowTableModel;
import dev.restorestation.gui.Texts;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A timeline of attempts, oldest first, one row each; a click on a heading sorts it by that column. */
final class AttemptsModel extends RowTableModel<RestoreAttempt> {

    static final int STARTED = 0;
    static final int SLOT = 2;
    static final int DEVICE = 3;
    static final int KIND = 4;
    static final int BUILD = 5;
    static final int OUTCOME = 6;
    static final int TOOK = 9;
    /** Preferred widths in logical pixels, so a date, a device and an error in words fit, in German too. */
    static final Map<Integer, Integer> WIDTHS = Map.of(0, 150, 1, 110, 2, 75, 3, 175, 4, 95, 5, 95, 6, 110, 7, 170,
            8, 130, 9, 80);

    AttemptsModel(ZoneId zone, FixNames fixNames) {
        super(List.of(
                Column.text(Texts.text("history.column.started"), attempt -> AttemptText.started(attempt, zone),
                        RestoreAttempt::startedAt),
                Column.text(Texts.text("history.column.ticket"), attempt -> attempt.ticket().id()),
                Column.text(Texts.text("history.column.slot"), attempt -> attempt.slot() == null ? "" : attempt.slot()),
                Column.text(Texts.text("history.column.device"), AttemptText::device),
                Column.text(Texts.text("history.column.kind"), AttemptText::kind),
                Column.text(Texts.text("history.column.build"), attempt -> attempt.build() == null ? "" : attempt.build()),
                new Column<>(Texts.text("history.column.outcome"), AttemptOutcome.class, RestoreAttempt::outcome),
                Column.text(Texts.text("history.column.error"), AttemptText::error),
                Column.text(Texts.text("history.column.fixes"), attempt -> AttemptText.fixes(attempt, fixNames)),
                Column.text(Texts.text("history.column.took"), AttemptText::took, AttemptText::duration)));
    }

    List<RestoreAttempt> attempts() {
        return rows();
    }

    RestoreAttempt attemptAt(int row) {
        return rowAt(row);
    }
}
