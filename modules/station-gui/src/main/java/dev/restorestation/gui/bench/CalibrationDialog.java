package dev.restorestation.gui.bench;

import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.Slot;
import dev.restorestation.core.device.SlotLabels;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.Dialogs;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import java.awt.Window;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * "Plug a device into slot 1…": the port where a device newly appears becomes that slot, then
 * the next, until the last. Watches the bench while open; the labels are saved as they are taught.
 */
final class CalibrationDialog extends JDialog {

    private final SlotLabels labels;
    private final TaskExecutor tasks;
    private final Supplier<BenchSnapshot> bench;
    private final Runnable onChange;
    private final JSpinner last;
    private final JLabel prompt = new JLabel(Texts.text("calibration.choose"));
    private final JLabel taught = new JLabel(" ");
    private final JButton start = new JButton(Texts.text("calibration.start"));
    private SlotLabels.Calibration round;
    /** The slot the round asks for next, and its last: the prompt is the station's own words, not the round's. */
    private int nextSlot;
    private int lastSlot;

    CalibrationDialog(Window owner, SlotLabels labels, TaskExecutor tasks, Supplier<BenchSnapshot> bench,
                      int suggestedSlots, Runnable onChange) {
        super(owner, Texts.text("calibration.title"));
        this.labels = labels;
        this.tasks = tasks;
        this.bench = bench;
        this.onChange = onChange;
        setName("calibration");
        last = new JSpinner(new SpinnerNumberModel(Math.max(1, suggestedSlots), 1, 127, 1));
        last.setName("calibration-last");
        prompt.setName("calibration-prompt");
        prompt.putClientProperty("FlatLaf.styleClass", "h2");
        taught.setName("calibration-taught");
        start.setName("calibration-start");
        start.addActionListener(e -> start());
        JButton close = new JButton(Texts.text("dialog.close"));
        close.addActionListener(e -> dispose());
        setLayout(new MigLayout("insets 16, wrap 2, gap 8 12", "[][grow]"));
        add(new JLabel(Texts.text("calibration.slots")));
        add(last, "split 2");
        add(start);
        add(prompt, "span, w 420:");
        add(taught, "span");
        add(close, "span, right");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        Dialogs.closeOnEscape(this);
        pack();
        setLocationRelativeTo(owner);
    }

    /** The slot port may still be opening or on a network share: the round starts off the EDT. */
    private void start() {
        lastSlot = (Integer) last.getValue();
        nextSlot = 1;
        BenchSnapshot now = bench.get();
        start.setEnabled(false);
        last.setEnabled(false);
        prompt.setText(Texts.text("calibration.starting"));
        int lastOfRound = lastSlot;
        UiTask.run(tasks, "start calibrating slots", context -> labels.calibrate(1, lastOfRound, now), started -> {
            round = started;
            prompt.setText(prompt(started));
        }, failure -> {
            prompt.setText(Texts.text("calibration.notStarted"));
            taught.setText(UiTask.describe(failure));
            start.setEnabled(true);
            last.setEnabled(true);
        });
    }

    /** Called on the EDT with every new bench while the dialog is open. */
    void benchChanged(BenchSnapshot snapshot) {
        SlotLabels.Calibration current = round;
        if (current == null || current.done()) {
            return;
        }
        UiTask.run(tasks, "calibrate slots", context -> {
            synchronized (current) {
                return current.observe(snapshot);
            }
        }, slot -> show(current, slot),
                failure -> taught.setText(Texts.text("calibration.notSaved", UiTask.describe(failure))));
    }

    private void show(SlotLabels.Calibration current, Optional<Slot> slot) {
        slot.ifPresent(s -> {
            taught.setText(Texts.text("calibration.taught", s.portPath(), s.label()));
            nextSlot++;
            onChange.run();
        });
        prompt.setText(prompt(current));
    }

    private String prompt(SlotLabels.Calibration current) {
        return current.done() ? Texts.text("calibration.done", lastSlot) : Texts.text("calibration.plug", nextSlot);
    }
}
