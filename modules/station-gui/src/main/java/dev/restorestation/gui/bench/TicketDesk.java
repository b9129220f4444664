package dev.restorestation.gui.bench;

import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tickets on the bench: scans routed by {@link TicketRouting}, clearing a tile, and the ticket's customer note. */
final class TicketDesk {

    private static final Logger LOG = LoggerFactory.getLogger(TicketDesk.class);

    private final BenchModel model;
    private final BenchView view;
    private final AttemptLog attempts;
    private final TaskExecutor tasks;
    private final Consumer<String> notice;

    TicketDesk(BenchModel model, BenchView view, AttemptLog attempts, TaskExecutor tasks, Consumer<String> notice) {
        this.model = model;
        this.view = view;
        this.attempts = attempts;
        this.tasks = tasks;
        this.notice = notice;
    }

    /** A device's serial number selects its tile, for the ticket scanned next; anything else is a ticket. */
    void scan(String text) {
        UiThread.requireEdt();
        if (text.isBlank()) {
            refuse(Texts.text("scan.blank"));
            return;
        }
        Optional<SlotTile> device = model.tiles().stream()
                .filter(tile -> tile.present() && text.strip().equalsIgnoreCase(tile.device().serialNumber()))
                .findFirst();
        if (device.isPresent()) {
            view.select(device.get().key());
            String slot = device.get().slot().label();
            view.scanOutcome(false, Texts.text("scan.serial", device.get().device().serialNumber(), slot),
                    Texts.text("scan.serial.short", slot));
            return;
        }
        Ticket ticket;
        try {
            ticket = new Ticket(text);
        } catch (IllegalArgumentException e) {
            refuse(Texts.text("scan.notTicket", UiTask.describe(e)));
            return;
        }
        TicketRouting.Route route = TicketRouting.route(ticket, model.tiles(), view.selected(),
                view.focusedTile().orElse(null));
        if (route instanceof TicketRouting.Rejected rejected) {
            refuse(rejected.reason());
        } else if (route instanceof TicketRouting.Assign assign) {
            give(ticket, assign.target(), assign.next());
        } else if (route instanceof TicketRouting.Replace replace) {
            if (view.confirmReplace(replace.target(), ticket)) {
                model.clear(replace.target().key());
                give(ticket, replace.target(), replace.next());
            } else {
                refuse(Texts.text("scan.kept", replace.target().ticket().id(), replace.target().slot().label()));
            }
        }
    }

    /** Clears the selected tiles that are not restoring, for the next phones. */
    void clearSelected() {
        clear(view.selected());
    }

    void clear(List<SlotTile> tiles) {
        List<SlotTile> clearable = tiles.stream().filter(TicketDesk::clearable).toList();
        if (clearable.isEmpty()) {
            return;
        }
        clearable.forEach(tile -> model.clear(tile.key()));
        view.show(model.tiles());
        notice.accept(Texts.text("notice.cleared", String.join(", ", labels(clearable))));
    }

    boolean canClear() {
        return view.selected().stream().anyMatch(TicketDesk::clearable);
    }

    private static boolean clearable(SlotTile tile) {
        return !tile.job().active() && (tile.ticket() != null || !(tile.job() instanceof JobState.Idle));
    }

    private void give(Ticket ticket, SlotTile target, Optional<SlotTile> next) {
        model.update(target.key(), old -> old.withTicket(ticket));
        String done = Texts.text("scan.given", ticket.id(), target.slot().label());
        view.scanOutcome(false, done + next.map(tile -> " · " + Texts.text("scan.next", tile.slot().label())).orElse(""),
                done, Texts.text("scan.given.short", ticket.id(), target.slot().label()));
        notice.accept(Texts.text("tile.ticket") + " " + done);
        view.select(next.orElse(target).key());
        view.show(model.tiles());
        UiTask.run(tasks, "read the note of ticket " + ticket, context -> attempts.noteOf(ticket),
                note -> note.ifPresent(text -> showNote(ticket, text)),
                failure -> LOG.warn("could not read the note of ticket {}", ticket, failure));
    }

    private void refuse(String reason) {
        view.scanOutcome(true, reason);
        notice.accept(reason);
    }

    /**
     * Asks for the customer note of the selected tiles' ticket and keeps it on the ticket in the
     * history, as History's note does; the tiles of that ticket show it once it is kept.
     */
    void noteSelected() {
        Optional<SlotTile> first = view.selected().stream().filter(tile -> tile.ticket() != null).findFirst();
        if (first.isEmpty()) {
            return;
        }
        Ticket ticket = first.get().ticket();
        Optional<String> text = view.askNote(ticket, first.get().note());
        if (text.isEmpty()) {
            return;
        }
        String note;
        try {
            note = Ticket.checkedNote(text.get());
        } catch (IllegalArgumentException e) {
            notice.accept(Texts.text("notice.noteNotKept", UiTask.describe(e)));
            return;
        }
        UiTask.run(tasks, "note ticket " + ticket, context -> {
            attempts.noteTicket(ticket, note);
            return ticket;
        }, done -> {
            List<SlotTile> shown = showNote(ticket, note);
            notice.accept(Texts.text(note == null ? "notice.noteRemoved" : "notice.noteKept", ticket.id(),
                    String.join(", ", labels(shown))));
        }, failure -> notice.accept(Texts.text("notice.noteFailed", UiTask.describe(failure))));
    }

    boolean canNote() {
        return view.selected().stream().anyMatch(tile -> tile.ticket() != null);
    }

    /** Puts the note on every tile that has the ticket; returns those tiles. */
    private List<SlotTile> showNote(Ticket ticket, String note) {
        List<SlotTile> tiles = model.tiles().stream().filter(tile -> ticket.equals(tile.ticket())).toList();
        for (SlotTile tile : tiles) {
            model.update(tile.key(), old -> old.withNote(note));
        }
        view.show(model.tiles());
        return tiles;
    }

    static List<String> labels(List<SlotTile> tiles) {
        return tiles.stream().map(tile -> tile.slot().label()).toList();
    }
}
