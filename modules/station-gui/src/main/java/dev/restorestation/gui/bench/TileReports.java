package dev.restorestation.gui.bench;

import dev.restorestation.gui.Texts;
import dev.restorestation.core.history.TicketReports;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.history.ReportDialog;
import java.awt.Component;
import java.util.function.Consumer;

/** "Report…" on a tile: the restore and erasure report of the tile's ticket, saved where the technician says. */
final class TileReports {

    private final TicketReports reports;
    private final TaskExecutor tasks;
    private final Consumer<String> notice;

    TileReports(TicketReports reports, TaskExecutor tasks, Consumer<String> notice) {
        this.reports = reports;
        this.tasks = tasks;
        this.notice = notice;
    }

    void choose(Component parent, SlotTile tile) {
        Ticket ticket = tile.ticket();
        ReportDialog.choose(parent, ticket, tile.note() != null && !tile.note().isBlank())
                .ifPresent(choice -> UiTask.run(tasks, "report of ticket " + ticket,
                        context -> reports.write(ticket, choice.pdf(), choice.withNote()),
                        sha256 -> notice.accept(Texts.text("report.saved", ticket.id(), choice.pdf())),
                        failure -> notice.accept(Texts.text("report.notWritten", ticket.id(), UiTask.describe(failure)))));
    }
}
