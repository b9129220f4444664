package dev.restorestation.gui;

import dev.restorestation.core.ticket.Ticket;
import java.awt.Dialog;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

/**
 * Asks for a ticket's customer note, showing the one it has; empty when the technician cancels.
 * The keyboard starts in the text: Space and Enter type, Ctrl+Enter saves, Esc cancels. There is
 * no default button, so no key typed into the note can close it by accident. A note over the
 * length a ticket keeps cannot be saved: the count under it says by how much, and the text stays
 * for the technician to shorten.
 */
public final class NoteDialog {

    private NoteDialog() {
    }

    public static Optional<String> ask(Window parent, Ticket ticket, String current) {
        JDialog dialog = new JDialog(parent, Texts.text("note.title", ticket.id()), Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("note-dialog");
        JTextArea text = new JTextArea(current == null ? "" : current, 6, 48);
        text.setName("note-text");
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        text.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        String[] answer = {null};
        Action save = new AbstractAction(Texts.text("note.save")) {
            @Override
            public void actionPerformed(ActionEvent e) {
                answer[0] = text.getText();
                dialog.dispose();
            }
        };
        Action cancel = new AbstractAction(Texts.text("dialog.cancel")) {
            @Override
            public void actionPerformed(ActionEvent e) {
                dialog.dispose();
            }
        };
        bind(text, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK), "save", save);
        bind(dialog.getRootPane(), KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK), "save", save);
        bind(dialog.getRootPane(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel", cancel);
        JLabel count = new JLabel();
        count.setName("note-count");
        Runnable recount = () -> {
            int length = Ticket.noteLength(text.getText());
            boolean fits = length <= Ticket.MAX_NOTE_LENGTH;
            save.setEnabled(fits);
            count.setText(Texts.text(fits ? "note.count" : "note.tooLong", length, Ticket.MAX_NOTE_LENGTH));
            count.putClientProperty("FlatLaf.style", "foreground: " + (fits ? "$Station.text.secondary" : "$Station.text.failed"));
        };
        recount.run();
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                recount.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                recount.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
            }
        });
        JButton saveButton = new JButton(save);
        saveButton.setName("note-save");
        JButton cancelButton = new JButton(cancel);
        cancelButton.setName("note-cancel");

        dialog.setLayout(new MigLayout("insets dialog, wrap", "[grow, fill]", "[][grow, fill][][]"));
        dialog.add(new JLabel(Texts.text("note.hint", Ticket.MAX_NOTE_LENGTH)));
        dialog.add(new JScrollPane(text));
        dialog.add(count, "gaptop 0");
        JLabel keys = new JLabel(Texts.text("note.keys"));
        keys.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        dialog.add(keys, "split 3, growx");
        dialog.add(saveButton, "tag ok");
        dialog.add(cancelButton, "tag cancel");
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                text.requestFocusInWindow();
                text.setCaretPosition(text.getDocument().getLength());
            }
        });
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        dialog.pack();
        dialog.setLocationRelativeTo(parent);
        dialog.setVisible(true);
        return Optional.ofNullable(answer[0]);
    }

    private static void bind(JComponent component, KeyStroke key, String name, Action action) {
        int condition = component instanceof JTextArea ? JComponent.WHEN_FOCUSED : JComponent.WHEN_IN_FOCUSED_WINDOW;
        component.getInputMap(condition).put(key, name);
        component.getActionMap().put(name, action);
    }
}
