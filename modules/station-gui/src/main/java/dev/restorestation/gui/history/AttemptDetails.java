package dev.restorestation.gui.history;

import dev.restorestation.core.advice.FixNames;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
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
    private final JLabel title = new JLabel("Select an attempt to see its error, the fixes tried and the engine log.");
    private final JLabel device = new JLabel();
    private final JLabel outcome = new JLabel();
    private final WrappedText summary = new WrappedText("");
    private final WrappedText note = new WrappedText("");
    private final JLabel fixes = new JLabel();
    private final JButton log = new JButton("Engine log…");
    private final JButton ticket = new JButton("Whole ticket");
    private final JButton noteButton = new JButton("Ticket note…");
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
        device.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
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
        noteButton.setToolTipText("Write or change the customer's note on this ticket");
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
            title.setText("Select an attempt to see its error, the fixes tried and the engine log.");
            return;
        }
        title.setText("Attempt " + attempt.id() + " · ticket " + attempt.ticket().id() + " · " + AttemptText.started(attempt, zone));
        device.setText(deviceLine(attempt));
        outcome.setText(outcomeLine(attempt));
        outcome.putClientProperty("FlatLaf.style", "foreground: $" + OutcomeRenderer.colourKey(attempt.outcome()));
        summary.setText(attempt.summary() == null ? "" : attempt.summary());
        fixes.setText(attempt.fixesApplied().isEmpty() ? "No fix was marked as applied before this attempt."
                : "Fixes applied before this attempt: " + AttemptText.fixes(attempt, fixNames));
        note.setText(attempt.customerNote() == null ? "" : "Customer note on the ticket: " + attempt.customerNote());
    }

    static String deviceLine(RestoreAttempt attempt) {
        return AttemptText.device(attempt)
                + (attempt.serialNumber() == null ? "" : " · serial " + attempt.serialNumber())
                + (attempt.slot() == null ? "" : " in slot " + attempt.slot())
                + (attempt.mode() == null ? "" : " · " + attempt.mode().label()) + " · " + AttemptText.kind(attempt)
                + (attempt.build() == null ? "" : " to " + attempt.build())
                + (attempt.engine() == null ? "" : " · " + attempt.engine())
                + (attempt.technician() == null || attempt.technician().isBlank() ? "" : " · " + attempt.technician());
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

    static String outcomeLine(RestoreAttempt attempt) {
        String words = AttemptText.outcome(attempt.outcome());
        String took = AttemptText.took(attempt);
        String line = took.isEmpty() ? words : words + " after " + took;
        if (attempt.outcome() == AttemptOutcome.FAILED && !AttemptText.error(attempt).isEmpty()) {
            line += ": " + AttemptText.error(attempt);
        }
        if (attempt.statusCode() != null) {
            line += " · engine status " + attempt.statusCode();
        }
        if (attempt.verification() != null) {
            line += " · " + attempt.verification().describe();
        }
        return line;
    }
}
