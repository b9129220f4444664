package dev.restorestation.gui.history;

import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.history.TicketReports;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.swing.JButton;

/**
 * "Report…" in the history area: the restore and erasure report of the selected attempt's ticket,
 * saved where the technician says, written in the background; the message line tells how it went.
 */
final class ReportAction {

    private final JButton button = new JButton(Texts.text("report.button"));
    private final TicketReports reports;
    private final TaskExecutor tasks;
    private final Function<RestoreAttempt, Optional<ReportDialog.Choice>> ask;
    private final BiConsumer<String, Boolean> say;
    private RestoreAttempt selected;

    /** @param say shows a line on the area's message line; true for a problem */
    ReportAction(TicketReports reports, TaskExecutor tasks, Function<RestoreAttempt, Optional<ReportDialog.Choice>> ask,
                 BiConsumer<String, Boolean> say) {
        this.reports = reports;
        this.tasks = tasks;
        this.ask = ask;
        this.say = say;
        button.setName("history-report");
        button.setMnemonic('R');
        button.setToolTipText(Texts.text("report.tip"));
        button.setEnabled(false);
        button.addActionListener(e -> ask.apply(selected).ifPresent(choice -> write(choice.pdf(), choice.withNote())));
    }

    JButton button() {
        return button;
    }

    /** The attempt selected in the timeline, or null: the report is of its ticket. */
    void select(RestoreAttempt attempt) {
        selected = attempt;
        button.setEnabled(attempt != null);
    }

    /** Writes the selected ticket's report to {@code pdf} in the background. */
    void write(Path pdf, boolean withNote) {
        UiThread.requireEdt();
        Ticket ticket = selected.ticket();
        UiTask.run(tasks, "report of ticket " + ticket, context -> reports.write(ticket, pdf, withNote),
                sha256 -> say.accept(Texts.text("report.saved", ticket.id(), pdf), false),
                failure -> say.accept(Texts.text("report.notWritten", ticket.id(), UiTask.describe(failure)), true));
    }
}
