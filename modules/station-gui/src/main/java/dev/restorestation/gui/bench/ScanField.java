package dev.restorestation.gui.bench;

import dev.restorestation.gui.Texts;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

/** The barcode field, and beside it what the last scan did or why it did nothing. */
final class ScanField extends JPanel {

    /** Logical widths: the field never shrinks below a scanned ticket's length; the explanation is capped. */
    static final int LEAST_FIELD_WIDTH = 200;
    /** The field and a scan's short outcome beside it ("R-10482 → 12"); with less, the field goes under the actions. */
    static final int LEAST_WIDTH = LEAST_FIELD_WIDTH + 140;
    private static final int OUTCOME_WIDTH = 320;

    private final JTextField field = new JTextField(18);
    /** Capped, so a long explanation gives way to a shorter form or ellipsizes instead of squeezing the field. */
    private final FittingLabel outcome = new FittingLabel(OUTCOME_WIDTH);

    ScanField(Runnable onEnter) {
        super(new MigLayout("insets 0 6 0 6, gap 8, hidemode 3", "[" + LEAST_FIELD_WIDTH + "lp::,grow,fill][]"));
        field.setName("ticket-field");
        field.putClientProperty("JTextField.placeholderText", Texts.text("scan.placeholder"));
        field.putClientProperty("JTextField.showClearButton", true);
        field.setToolTipText(Texts.text("scan.tip"));
        field.addActionListener(e -> onEnter.run());
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                show(false, "");
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
            }
        });
        outcome.setName("scan-outcome");
        add(field);
        add(outcome, "w 0::");
    }

    /**
     * What the last scan did, in forms longest first (the longest that fits is shown); {@code refused}
     * when nothing changed. Cleared as the next scan starts.
     */
    void show(boolean refused, String... forms) {
        outcome.show(forms);
        outcome.putClientProperty("FlatLaf.style",
                "foreground: " + (refused ? "$Station.text.failed" : "$Station.text.secondary"));
    }

    String text() {
        return field.getText();
    }

    void clear() {
        field.setText("");
    }

    void focusField() {
        field.requestFocusInWindow();
    }
}
