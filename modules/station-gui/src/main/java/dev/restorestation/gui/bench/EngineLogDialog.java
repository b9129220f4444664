package dev.restorestation.gui.bench;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.Window;
import javax.swing.JDialog;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.WindowConstants;

/** The engine's log of one attempt, as it was recorded. */
final class EngineLogDialog {

    private EngineLogDialog() {
    }

    static void show(Window owner, String title, String log) {
        JDialog dialog = new JDialog(owner, title);
        dialog.setName("engine-log");
        JTextArea text = new JTextArea(log.isEmpty() ? "(the engine wrote nothing for this attempt)" : log);
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        text.setCaretPosition(text.getDocument().getLength());
        dialog.add(new JScrollPane(text), BorderLayout.CENTER);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        dialog.setSize(820, 520);
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }
}
