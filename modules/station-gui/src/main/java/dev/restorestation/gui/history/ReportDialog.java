package dev.restorestation.gui.history;

import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.SaveAs;
import dev.restorestation.gui.Texts;
import java.awt.Component;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JCheckBox;

/** Where a ticket's restore and erasure report is saved, asked from History and from a tile. */
public final class ReportDialog {

    /** Where to save the report and whether it prints the customer note. */
    public record Choice(Path pdf, boolean withNote) {
    }

    private ReportDialog() {
    }

    /** A save dialog with a box for the customer note, ticked off: the note stays out unless asked; empty when cancelled. */
    public static Optional<Choice> choose(Component parent, Ticket ticket, boolean hasNote) {
        SaveAs chooser = new SaveAs(Texts.text("report.save.title", ticket.id()), "report-" + SaveAs.safeName(ticket.id()) + ".pdf", "pdf");
        JCheckBox note = new JCheckBox(Texts.text("report.withNote"));
        note.setEnabled(hasNote);
        chooser.setAccessory(note);
        return chooser.ask(parent).map(pdf -> new Choice(pdf, note.isSelected()));
    }
}
