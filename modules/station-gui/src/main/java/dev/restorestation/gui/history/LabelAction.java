package dev.restorestation.gui.history;

import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.LabelSize;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;

/**
 * "Print label…" in the history area: the device label of the selected attempt, printed on a
 * printer the technician picks or saved as a PDF. The printers are looked up in the background
 * (the print system may take a while to answer); without one, the label is saved as a PDF.
 */
final class LabelAction {

    /** The label's size, and either the printer to print on or the PDF to save it as. */
    record Choice(LabelSize size, String printer, Path pdf) {
    }

    private final JButton button = new JButton(Texts.text("label.button"));
    private final DeviceLabels labels;
    private final TaskExecutor tasks;
    private final BiFunction<RestoreAttempt, List<String>, Optional<Choice>> ask;
    private final BiConsumer<String, Boolean> say;
    private RestoreAttempt selected;

    /**
     * @param ask shows the choice for an attempt, given the printers found; empty when cancelled
     * @param say shows a line on the area's message line; true for a problem
     */
    LabelAction(DeviceLabels labels, TaskExecutor tasks, BiFunction<RestoreAttempt, List<String>, Optional<Choice>> ask,
                BiConsumer<String, Boolean> say) {
        this.labels = labels;
        this.tasks = tasks;
        this.ask = ask;
        this.say = say;
        button.setName("history-label");
        button.setMnemonic('L');
        button.setToolTipText(Texts.text("label.tip"));
        button.setEnabled(false);
        button.addActionListener(e -> choose());
    }

    JButton button() {
        return button;
    }

    void select(RestoreAttempt attempt) {
        selected = attempt;
        button.setEnabled(attempt != null);
    }

    private void choose() {
        RestoreAttempt attempt = selected;
        button.setEnabled(false);
        UiTask.run(tasks, "printers", context -> labels.printers(), printers -> {
            button.setEnabled(selected != null);
            ask.apply(attempt, printers).ifPresent(choice -> deliver(attempt, choice));
        }, failure -> {
            button.setEnabled(selected != null);
            say.accept(Texts.text("label.noPrinters", UiTask.describe(failure)), true);
        });
    }

    /** Prints or saves the label of the selected attempt in the background. */
    void deliver(Choice choice) {
        deliver(selected, choice);
    }

    /** Prints or saves the label of {@code attempt} in the background; the message line says how it went. */
    private void deliver(RestoreAttempt attempt, Choice choice) {
        UiThread.requireEdt();
        Ticket ticket = attempt.ticket();
        if (choice.printer() != null) {
            UiTask.run(tasks, "label of ticket " + ticket, context -> {
                labels.print(attempt, choice.size(), choice.printer());
                return choice.printer();
            }, printer -> say.accept(Texts.text("label.sent", ticket.id(), choice.size(), printer), false),
                    failure -> say.accept(Texts.text("label.notPrinted", ticket.id(), UiTask.describe(failure)), true));
        } else {
            UiTask.run(tasks, "label of ticket " + ticket, context -> {
                labels.save(attempt, choice.size(), choice.pdf());
                return choice.pdf();
            }, pdf -> say.accept(Texts.text("label.saved", ticket.id(), choice.size(), pdf), false),
                    failure -> say.accept(Texts.text("label.notSaved", ticket.id(), UiTask.describe(failure)), true));
        }
    }

    /**
     * Asks for the printer and the size; "Save as PDF…" then asks where. Without a printer it says
     * so and offers the PDF only.
     */
    static Optional<Choice> choose(Component parent, RestoreAttempt attempt, List<String> printers) {
        JComboBox<String> printer = new JComboBox<>(printers.toArray(String[]::new));
        printer.setName("label-printer");
        JComboBox<LabelSize> size = new JComboBox<>(LabelSize.COMMON.toArray(LabelSize[]::new));
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
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(Texts.text("label.save.title", attempt.ticket().id()));
        chooser.setFileFilter(new FileNameExtensionFilter("PDF (*.pdf)", "pdf"));
        chooser.setSelectedFile(new File("label-" + attempt.ticket().id().replaceAll("[^A-Za-z0-9._-]+", "_") + ".pdf"));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path chosen = chooser.getSelectedFile().toPath();
        return Optional.of(chosen.getFileName().toString().contains(".") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".pdf"));
    }
}
