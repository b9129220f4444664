package dev.restorestation.gui;

import dev.restorestation.core.ticket.Ticket;
import java.awt.Component;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.event.AncestorEvent;
import javax.swing.event.AncestorListener;
import net.miginfocom.swing.MigLayout;

/** Asks for a ticket's customer note, showing the one it has; empty when the technician cancels. */
public final class NoteDialog {

    private NoteDialog() {
    }

    public static Optional<String> ask(Component parent, Ticket ticket, String current) {
        JTextArea text = new JTextArea(current == null ? "" : current, 6, 48);
        text.setName("note-text");
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.addAncestorListener(new AncestorListener() {
            @Override
            public void ancestorAdded(AncestorEvent event) {
                // the option pane focuses its OK button; the technician came here to type
                text.requestFocusInWindow();
                text.selectAll();
            }

            @Override
            public void ancestorRemoved(AncestorEvent event) {
            }

            @Override
            public void ancestorMoved(AncestorEvent event) {
            }
        });
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap", "[grow, fill]"));
        panel.add(new JLabel("What the customer asked for or told the front desk (up to "
                + String.format("%,d", Ticket.MAX_NOTE_LENGTH) + " characters). Leave it empty to remove the note."));
        panel.add(new JScrollPane(text));
        int answer = JOptionPane.showConfirmDialog(parent, panel, "Customer note · ticket " + ticket.id(),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        return answer == JOptionPane.OK_OPTION ? Optional.of(text.getText()) : Optional.empty();
    }
}
