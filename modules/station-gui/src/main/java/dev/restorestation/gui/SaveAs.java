package dev.restorestation.gui;

import java.awt.Component;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The save dialog of every export: it adds the extension the technician left off and asks before
 * replacing a file that is already there, with Cancel as the answer Enter gives.
 */
public final class SaveAs extends JFileChooser {

    private final String extension;
    private Path chosen;

    /** @param extension without the dot, e.g. "pdf" */
    public SaveAs(String title, String suggestedName, String extension) {
        this.extension = extension;
        setDialogTitle(title);
        setFileFilter(new FileNameExtensionFilter(extension.toUpperCase(Locale.ROOT) + " (*." + extension + ")", extension));
        setSelectedFile(new File(suggestedName));
    }

    /** The file chosen, with its extension; empty when the technician cancelled. */
    public Optional<Path> ask(Component parent) {
        return showSaveDialog(parent) == APPROVE_OPTION ? Optional.ofNullable(chosen) : Optional.empty();
    }

    /** A file name of only letters, digits, dots, dashes and underscores, from a ticket id or a title. */
    public static String safeName(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    @Override
    public void approveSelection() {
        Path path = getSelectedFile().toPath();
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + "." + extension);
        }
        if (Files.exists(path) && !replaceConfirmed(path)) {
            return;
        }
        chosen = path;
        super.approveSelection();
    }

    private boolean replaceConfirmed(Path path) {
        String replace = Texts.text("save.replace.yes");
        String cancel = Texts.text("dialog.cancel");
        int answer = JOptionPane.showOptionDialog(this, Texts.text("save.replace.question", path.getFileName(), path.getParent()),
                Texts.text("save.replace.title"), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE, null,
                new Object[] {replace, cancel}, cancel);
        return answer == 0;
    }
}
