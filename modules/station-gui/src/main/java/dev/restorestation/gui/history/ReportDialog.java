package dev.restorestation.gui.history;

import dev.restorestation.gui.Texts;
import dev.restorestation.core.ticket.Ticket;
import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;

/** Where a ticket's restore and erasure report is saved, asked from History and from a tile. */
public final class ReportDialog {

    /** Where to save the report and whether it prints the customer note. */
    public record Choice(Path pdf, boolean withNote) {
    }

    private ReportDialog() {
    }

    /** A save dialog with a box for the customer note, ticked off: the note stays out unless asked; empty when cancelled. */
    public static Optional<Choice> choose(Component parent, Ticket ticket, boolean hasNote) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(Texts.text("report.save.title", ticket.id()));
        chooser.setFileFilter(new FileNameExtensionFilter("PDF (*.pdf)", "pdf"));
        chooser.setSelectedFile(new File("report-" + ticket.id().replaceAll("[^A-Za-z0-9._-]+", "_") + ".pdf"));
        JCheckBox note = new JCheckBox(Texts.text("report.withNote"));
        note.setEnabled(hasNote);
        chooser.setAccessory(note);
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path chosen = chooser.getSelectedFile().toPath();
        Path pdf = chosen.getFileName().toString().contains(".") ? chosen : chosen.resolveSibling(chosen.getFileName() + ".pdf");
        return Optional.of(new Choice(pdf, note.isSelected()));
    }
}
