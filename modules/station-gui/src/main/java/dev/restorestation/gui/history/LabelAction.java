package dev.restorestation.gui.history;

import dev.restorestation.core.history.DeviceLabels;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import dev.restorestation.gui.UiThread;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javax.swing.JButton;

/**
 * "Print label…" in the history area: the device label of the selected attempt, printed on a
 * printer the technician picks or saved as a PDF. The printers are looked up in the background
 * (the print system may take a while to answer); without one, the label is saved as a PDF.
 */
final class LabelAction {

    private final JButton button = new JButton(Texts.text("label.button"));
    private final DeviceLabels labels;
    private final TaskExecutor tasks;
    private final BiFunction<RestoreAttempt, List<String>, Optional<LabelDialog.Choice>> ask;
    private final BiConsumer<String, Boolean> say;
    private RestoreAttempt selected;

    /**
     * @param ask shows the choice for an attempt, given the printers found; empty when cancelled
     * @param say shows a line on the area's message line; true for a problem
     */
    LabelAction(DeviceLabels labels, TaskExecutor tasks, BiFunction<RestoreAttempt, List<String>, Optional<LabelDialog.Choice>> ask,
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
    void deliver(LabelDialog.Choice choice) {
        deliver(selected, choice);
    }

    /** Prints or saves the label of {@code attempt} in the background; the message line says how it went. */
    private void deliver(RestoreAttempt attempt, LabelDialog.Choice choice) {
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
}
