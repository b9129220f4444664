package dev.restorestation.gui.bench;

import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.core.device.BenchSnapshot;
import dev.restorestation.core.device.ButtonGuide;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.DeviceSnapshot;
import dev.restorestation.core.device.Slot;
import dev.restorestation.gui.Dialogs;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.WrappedText;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.Font;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * "Guide into DFU": the family's button steps with a countdown for the one the hands are on,
 * while the slot is watched through the bench snapshots the window receives. Ends with "In DFU ✓"
 * or with what went wrong and what to do differently. Runs on the EDT: a Swing timer ticks it.
 */
final class DfuGuideDialog extends JDialog {

    private static final int TICK_MILLIS = 100;
    private static final int RECOVERY_WIDTH = 520;

    private final Slot slot;
    private final ButtonGuide guide;
    private final List<JLabel> steps = new ArrayList<>();
    private final List<JLabel> markers = new ArrayList<>();
    private final JLabel countdown = new JLabel(" ");
    private final WrappedText verdict = new WrappedText(" ");
    private final JButton again = new JButton(Texts.text("guide.again"));
    private final Timer timer = new Timer(TICK_MILLIS, e -> tick());
    private final Supplier<BenchSnapshot> bench;
    private Optional<DeviceMode> seen;
    private DfuGuideRun run;
    private long startedAt;

    DfuGuideDialog(Window owner, Slot slot, String device, ButtonGuide guide, Supplier<BenchSnapshot> bench) {
        super(owner, Texts.text("guide.title", slot.label()));
        this.slot = slot;
        this.guide = guide;
        this.bench = bench;
        setName("dfu-guide");
        setLayout(new MigLayout("insets 16, wrap 2, gap 8 6", "[right][grow, fill]"));
        JLabel heading = new JLabel(device + " · " + guide.name());
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        add(heading, "span, left");
        add(new JLabel(Texts.text("guide.intro")), "span, left, gapbottom 6");
        for (int i = 0; i < guide.dfu().steps().size(); i++) {
            ButtonGuide.Step step = guide.dfu().steps().get(i);
            JLabel marker = new JLabel((i + 1) + ".");
            markers.add(marker);
            add(marker);
            JLabel label = new JLabel(Texts.text("guide.step", step.action(), step.seconds()));
            label.setName("guide-step-" + (i + 1));
            steps.add(label);
            add(label);
        }
        countdown.setName("guide-countdown");
        countdown.putClientProperty("FlatLaf.styleClass", "h1");
        add(countdown, "span, center, gaptop 10");
        verdict.setName("guide-verdict");
        verdict.putClientProperty("FlatLaf.style", "font: $h3.font");
        verdict.setRows(2); // the longest verdict takes two lines: room kept so the buttons never move
        add(verdict, "span, growx, w 480:");
        if (guide.recovery() != null) {
            // wrapped at the steps' width: Recovery's steps in one line would stretch the dialog across the screen
            add(small(Texts.text("guide.recovery", String.join(Texts.text("guide.recovery.then"),
                    guide.recovery().steps().stream().map(ButtonGuide.Step::action).toList())), RECOVERY_WIDTH),
                    "span, left, w 480:");
        }
        add(small(Texts.text("guide.source", guide.dfu().source()), 0), "span, left");
        again.setName("guide-again");
        again.addActionListener(e -> start());
        JButton close = new JButton(Texts.text("dialog.close"));
        close.addActionListener(e -> dispose());
        add(again, "span, split 2, right, gaptop 10");
        add(close);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        Dialogs.closeOnEscape(this);
        // sized for the highlighted (bold) step, so neither it nor the buttons are cut when it is bold
        steps.forEach(step -> step.setFont(step.getFont().deriveFont(Font.BOLD)));
        pack();
        steps.forEach(step -> step.setFont(step.getFont().deriveFont(Font.PLAIN)));
        setLocationRelativeTo(owner);
    }

    /** @param width where the text wraps, in unscaled pixels; 0 for one line */
    private static JLabel small(String text, int width) {
        String body = width > 0 ? "<html><body style='width: " + UIScale.scale(width) + "px'>" : "<html>";
        JLabel label = new JLabel(body + text.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
        label.putClientProperty("FlatLaf.styleClass", "small");
        label.setForeground(StationTheme.color("Station.text.secondary"));
        return label;
    }

    /** Counts from the top, judging the slot afresh from what it shows now. */
    void start() {
        timer.stop();
        seen = modeIn(bench.get());
        run = new DfuGuideRun(guide.dfu(), seen);
        startedAt = System.nanoTime();
        tick();
        if (run.verdict() == DfuGuideRun.Verdict.RUNNING) {
            timer.start();
        }
    }

    /** A new bench snapshot: what the slot shows is taken at the next tick. */
    void benchChanged(BenchSnapshot snapshot) {
        seen = modeIn(snapshot);
        if (timer.isRunning()) {
            tick();
        }
    }

    Slot slot() {
        return slot;
    }

    private Optional<DeviceMode> modeIn(BenchSnapshot snapshot) {
        return snapshot.devices().stream().filter(device -> device.slot().portPath().equals(slot.portPath()))
                .map(DeviceSnapshot::mode).findFirst();
    }

    private void tick() {
        long elapsed = (System.nanoTime() - startedAt) / 1_000_000;
        DfuGuideRun.Verdict now = run.observe(seen, elapsed);
        DfuGuideRun.Position position = run.at(elapsed);
        for (int i = 0; i < steps.size(); i++) {
            boolean current = i == position.step() && now == DfuGuideRun.Verdict.RUNNING;
            steps.get(i).setFont(steps.get(i).getFont().deriveFont(current ? Font.BOLD : Font.PLAIN));
            markers.get(i).setText(current ? "▶" : (i + 1) + ".");
            steps.get(i).setEnabled(i >= position.step() || now != DfuGuideRun.Verdict.RUNNING);
        }
        if (now != DfuGuideRun.Verdict.RUNNING) {
            timer.stop();
            countdown.setText(now == DfuGuideRun.Verdict.IN_DFU ? "✓" : "✗");
        } else if (position.step() < 0) {
            countdown.setText(Texts.text("guide.getReady", position.secondsLeft()));
        } else if (position.step() < steps.size()) {
            countdown.setText(Integer.toString(position.secondsLeft()));
        } else {
            countdown.setText(Texts.text("guide.letGo"));
        }
        verdict.setForeground(StationTheme.color(switch (now) {
            case IN_DFU -> "Station.text.succeeded";
            case RUNNING -> "Station.text.secondary";
            default -> "Station.text.failed";
        }));
        verdict.setText(run.message());
    }

    @Override
    public void dispose() {
        timer.stop();
        super.dispose();
    }
}
