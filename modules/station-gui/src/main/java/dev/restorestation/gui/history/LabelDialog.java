package dev.restorestation.gui.history;

import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.gui.SaveAs;
import dev.restorestation.gui.Texts;
import java.awt.Component;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** The question before a device label is printed or saved, asked from History and from a tile. */
public final class LabelDialog {

    /** The label's size, and either the printer to print on or the PDF to save it as. */
    public record Choice(LabelSize size, String printer, Path pdf) {
    }

    private LabelDialog() {
    }

    /**
     * Asks for the printer and the size; "Save as PDF…" then asks where. Without a printer it says
     * so and offers the PDF only.
     */
    public static Optional<Choice> choose(Component parent, RestoreAttempt attempt, List<String> printers,
                                         LabelSize preferred) {
        JComboBox<String> printer = new JComboBox<>(printers.toArray(String[]::new));
        printer.setName("label-printer");
        JComboBox<LabelSize> size = new JComboBox<>(LabelSize.COMMON.toArray(LabelSize[]::new));
        if (!LabelSize.COMMON.contains(preferred)) {
            size.addItem(preferred);
        }
        size.setSelectedItem(preferred);
        size.setName("label-size");
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2", "[][grow, fill]"));
        form.add(new JLabel(Texts.text("label.heading", attempt.ticket().id(), String.valueOf(attempt.id()))), "span 2, gapbottom 8");
        if (printers.isEmpty()) {
            JLabel none = new JLabel(Texts.text("label.noPrinter"));
            none.setName("label-no-printer");
            form.add(none, "span 2");
        } else {
            form.add(new JLabel(Texts.text("label.printer")));
            form.add(printer);
        }
        form.add(new JLabel(Texts.text("label.size")));
        form.add(size);
        String print = Texts.text("label.print");
        String save = Texts.text("label.savePdf");
        String cancel = Texts.text("dialog.cancel");
        Object[] options = printers.isEmpty() ? new Object[] {save, cancel} : new Object[] {print, save, cancel};
        int answer = JOptionPane.showOptionDialog(parent, form, Texts.text("label.title"), JOptionPane.DEFAULT_OPTION,
                JOptionPane.PLAIN_MESSAGE, null, options, options[0]);
        if (answer < 0 || options[answer].equals(cancel)) {
            return Optional.empty();
        }
        LabelSize chosen = (LabelSize) size.getSelectedItem();
        if (options[answer].equals(print)) {
            return Optional.of(new Choice(chosen, (String) printer.getSelectedItem(), null));
        }
        return savedAs(parent, attempt).map(pdf -> new Choice(chosen, null, pdf));
    }

    private static Optional<Path> savedAs(Component parent, RestoreAttempt attempt) {
        return new SaveAs(Texts.text("label.save.title", attempt.ticket().id()),
                "label-" + SaveAs.safeName(attempt.ticket().id()) + ".pdf", "pdf").ask(parent);
    }
}
