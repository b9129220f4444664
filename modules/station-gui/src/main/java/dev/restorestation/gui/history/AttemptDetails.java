package dev.restorestation.gui.history;

import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.WrappedText;
import java.time.ZoneId;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** One attempt in full: device, firmware, who, the outcome and error in words, the fixes tried before it. */
final class AttemptDetails extends JPanel {

    private final ZoneId zone;
    private final FixNames fixNames;
    private final JLabel title = new JLabel(Texts.text("history.details.hint"));
    /** Wraps under the buttons beside it: the device line is longer in Spanish and German. */
    private final WrappedText device = new WrappedText("");
    private final JLabel outcome = new JLabel();
    private final WrappedText summary = new WrappedText("");
    private final WrappedText note = new WrappedText("");
    private final JLabel fixes = new JLabel();
    private final JButton log = new JButton(Texts.text("history.details.log"));
    private final JButton ticket = new JButton(Texts.text("history.details.ticket"));
    private final JButton noteButton = new JButton(Texts.text("history.details.note"));
    private RestoreAttempt shown;

    AttemptDetails(ZoneId zone, FixNames fixNames, Consumer<RestoreAttempt> onLog, Consumer<RestoreAttempt> onTicket,
                   Consumer<RestoreAttempt> onNote) {
        super(new MigLayout("insets 8 0 0 0, fillx, wrap, hidemode 3", "[grow, fill][]"));
        this.zone = zone;
        this.fixNames = fixNames;
        setName("history-details");
        title.setName("history-details-title");
        outcome.setName("history-details-outcome");
        fixes.setName("history-details-fixes");
        note.setName("history-details-note");
        log.setName("history-engine-log-button");
        ticket.setName("history-ticket-button");
        noteButton.setName("history-note-button");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        add(title, "wmin 0");
        add(log, "split 3, flowx, growx 0, aligny top, spany 2");
        add(ticket, "growx 0, aligny top");
        add(noteButton, "growx 0, aligny top");
        add(device, "wmin 0");
        add(note, "wmin 0, span");
        add(outcome, "wmin 0, span");
        add(summary, "wmin 0, span");
        add(fixes, "wmin 0, span");
        log.setMnemonic('L');
        ticket.setMnemonic('W');
        noteButton.setMnemonic('N');
        noteButton.setToolTipText(Texts.text("history.details.note.tip"));
        log.addActionListener(e -> onLog.accept(shown));
        ticket.addActionListener(e -> onTicket.accept(shown));
        noteButton.addActionListener(e -> onNote.accept(shown));
        show(null);
    }

    /** Shows one attempt, or the hint when {@code attempt} is null. */
    void show(RestoreAttempt attempt) {
        shown = attempt;
        boolean any = attempt != null;
        device.setVisible(any);
        outcome.setVisible(any);
        summary.setVisible(any && attempt.summary() != null && !attempt.summary().isBlank());
        fixes.setVisible(any);
        note.setVisible(any && attempt.customerNote() != null);
        log.setVisible(any);
        ticket.setVisible(any);
        noteButton.setVisible(any);
        if (!any) {
            title.setText(Texts.text("history.details.hint"));
            return;
        }
        title.setText(Texts.text("history.details.title", String.valueOf(attempt.id()), attempt.ticket().id(),
                AttemptText.started(attempt, zone)));
        device.setText(deviceLine(attempt));
        outcome.setText(outcomeLine(attempt));
        outcome.putClientProperty("FlatLaf.style", "foreground: $" + OutcomeRenderer.colourKey(attempt.outcome()));
        summary.setText(attempt.summary() == null ? "" : attempt.summary());
        fixes.setText(attempt.fixesApplied().isEmpty() ? Texts.text("history.details.noFixes")
                : Texts.text("history.details.fixes", AttemptText.fixes(attempt, fixNames)));
        note.setText(attempt.customerNote() == null ? "" : Texts.text("history.details.customerNote", attempt.customerNote()));
    }

    static String deviceLine(RestoreAttempt attempt) {
        return AttemptText.device(attempt)
                + (attempt.serialNumber() == null ? "" : " · " + Texts.text("history.details.serial", attempt.serialNumber()))
                + (attempt.slot() == null ? "" : " " + Texts.text("history.details.inSlot", attempt.slot()))
                + (attempt.mode() == null ? "" : " · " + Texts.text("mode." + attempt.mode().name()))
                + " · " + AttemptText.kind(attempt)
                + (attempt.build() == null ? "" : " " + Texts.text("history.details.toBuild", attempt.build()))
                + (attempt.engine() == null ? "" : " · " + engineName(attempt.engine()))
                + (attempt.technician() == null || attempt.technician().isBlank() ? "" : " · " + attempt.technician());
    }

    /** The simulated engine in the station's language; a real engine by its own name. */
    private static String engineName(String engine) {
        return engine.equals("simulated") ? Texts.text("engine.simulated") : engine;
    }

    String noteText() {
        return note.isVisible() ? note.getText() : "";
    }

    String outcomeText() {
        return outcome.getText();
    }

    String fixesText() {
        return fixes.getText();
    }

    /** "verified on the device (build 23B85)", "not seen again", … */
    private static String verification(Verification check) {
        String build = check.deviceBuild();
        return switch (check.result()) {
            case VERIFIED -> Texts.text("history.verified", build);
            case WRONG_BUILD -> build == null ? Texts.text("history.wrongBuild.none") : Texts.text("history.wrongBuild", build);
            case NOT_SEEN -> Texts.text("history.notSeen");
        };
    }

    static String outcomeLine(RestoreAttempt attempt) {
        String words = AttemptText.outcome(attempt.outcome());
        String took = AttemptText.took(attempt);
        String line = took.isEmpty() ? words : Texts.text("history.details.after", words, took);
        if (attempt.outcome() == AttemptOutcome.FAILED && !AttemptText.error(attempt).isEmpty()) {
            line += ": " + AttemptText.error(attempt);
        }
        if (attempt.statusCode() != null) {
            line += " · " + Texts.text("history.details.status", String.valueOf(attempt.statusCode()));
        }
        if (attempt.verification() != null) {
            line += " · " + verification(attempt.verification());
        }
        return line;
    }
}
