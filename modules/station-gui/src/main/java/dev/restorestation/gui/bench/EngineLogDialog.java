package dev.restorestation.gui.bench;

import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.SaveAs;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.View;
import net.miginfocom.swing.MigLayout;

/**
 * The engine's log of one attempt, as it was recorded: titled with the slot, ticket, attempt and
 * outcome; searched with Ctrl+F (Enter or F3 for the next match, Shift for the previous, every
 * match highlighted); copied or saved whole; closed with Esc.
 */
final class EngineLogDialog extends JDialog {

    private final JTextArea text = new JTextArea();
    private final JTextField find = new JTextField(18);
    private final JLabel matches = new JLabel(" ");
    private final TaskExecutor tasks;
    private final String log;
    private LogSearch search;
    private Object currentMatch;

    private EngineLogDialog(Window owner, String title, String log, TaskExecutor tasks) {
        super(owner, title);
        this.log = log;
        this.tasks = tasks;
        setName("engine-log");
        text.setName("engine-log-text");
        text.setText(log.isEmpty() ? Texts.text("log.empty") : log);
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        text.setCaretPosition(text.getDocument().getLength());
        find.setName("engine-log-find");
        find.putClientProperty("JTextField.placeholderText", Texts.text("log.find"));
        matches.setName("engine-log-matches");
        JButton previous = button(Texts.text("log.previous"), "engine-log-previous", this::previous);
        JButton next = button(Texts.text("log.next"), "engine-log-next", this::next);
        JButton copy = button(Texts.text("log.copy"), "engine-log-copy", this::copy);
        JButton save = button(Texts.text("log.save"), "engine-log-save", this::save);
        find.getDocument().addDocumentListener((SimpleDocumentListener) this::searchAgain);
        find.addActionListener(e -> next());
        JPanel bar = new JPanel(new MigLayout("insets 6 10 6 10, gap 6", "[][][][]push[][]"));
        bar.add(find);
        bar.add(previous);
        bar.add(next);
        bar.add(matches);
        bar.add(copy);
        bar.add(save);
        add(bar, BorderLayout.NORTH);
        add(new JScrollPane(text), BorderLayout.CENTER);
        keys();
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setSize(UIScale.scale(860), UIScale.scale(540));
        setLocationRelativeTo(owner);
    }

    /** @param title "Engine log · slot 4 · ticket R-1 · attempt 12 · Error 4013 · USB connection" */
    static EngineLogDialog show(Window owner, String title, String log, TaskExecutor tasks) {
        EngineLogDialog dialog = new EngineLogDialog(owner, title, log, tasks);
        dialog.setVisible(true);
        return dialog;
    }

    private void keys() {
        JComponent root = getRootPane();
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close", this::dispose);
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_F, InputEvent.CTRL_DOWN_MASK), "find", () -> {
            find.requestFocusInWindow();
            find.selectAll();
        });
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_F3, 0), "next", this::next);
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_F3, InputEvent.SHIFT_DOWN_MASK), "previous", this::previous);
        bind(find, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.SHIFT_DOWN_MASK), "previous", this::previous);
    }

    private static void bind(JComponent component, KeyStroke key, String name, Runnable action) {
        int when = component instanceof JTextField ? JComponent.WHEN_FOCUSED : JComponent.WHEN_IN_FOCUSED_WINDOW;
        component.getInputMap(when).put(key, name);
        component.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    private static JButton button(String label, String name, Runnable action) {
        JButton button = new JButton(label);
        button.setName(name);
        button.addActionListener(e -> action.run());
        return button;
    }

    /** Highlights every match of the word, afresh after each keystroke in the field. */
    private void searchAgain() {
        search = new LogSearch(log, find.getText());
        text.getHighlighter().removeAllHighlights();
        currentMatch = null;
        DefaultHighlighter.DefaultHighlightPainter painter =
                new DefaultHighlighter.DefaultHighlightPainter(UIManager.getColor("Station.evidence.background"));
        for (int start : search.starts()) {
            try {
                text.getHighlighter().addHighlight(start, start + search.length(), painter);
            } catch (BadLocationException e) {
                throw new IllegalStateException("a match was found in this very text", e);
            }
        }
        matches.setText(search.describe());
    }

    private void next() {
        go(search == null ? -1 : search.next());
    }

    private void previous() {
        go(search == null ? -1 : search.previous());
    }

    /**
     * Outlines the match and scrolls to it; the keyboard stays in the field for the next Enter. An
     * outline, not the selection: the text keeps its colour on the highlight, readable in both themes.
     */
    private void go(int start) {
        if (start < 0) {
            return;
        }
        if (currentMatch != null) {
            text.getHighlighter().removeHighlight(currentMatch);
        }
        try {
            currentMatch = text.getHighlighter().addHighlight(start, start + search.length(), new OutlinePainter());
        } catch (BadLocationException e) {
            throw new IllegalStateException("a match was found in this very text", e);
        }
        text.setCaretPosition(start + search.length());
        text.moveCaretPosition(start);
        matches.setText(search.describe());
    }

    /** The current match: highlighted like the others, with the focus colour around it. */
    private static final class OutlinePainter extends DefaultHighlighter.DefaultHighlightPainter {
        OutlinePainter() {
            super(UIManager.getColor("Station.evidence.background"));
        }

        @Override
        public Shape paintLayer(Graphics g, int offs0, int offs1, Shape bounds, JTextComponent c, View view) {
            Shape painted = super.paintLayer(g, offs0, offs1, bounds, c, view);
            if (painted != null) {
                Rectangle box = painted.getBounds();
                g.setColor(UIManager.getColor("Component.focusColor"));
                g.drawRect(box.x, box.y, box.width - 1, box.height - 1);
            }
            return painted;
        }
    }

    /** The selection, or the whole log when nothing is selected. */
    private void copy() {
        String selected = text.getSelectedText();
        String copied = selected == null || selected.isEmpty() ? log : selected;
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(copied), null);
        matches.setText(Texts.text(selected == null || selected.isEmpty() ? "log.copied.all" : "log.copied.selection"));
    }

    private void save() {
        String suggested = getTitle().replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-+$", "") + ".log";
        new SaveAs(Texts.text("log.save.title"), suggested, "log").ask(this).ifPresent(this::saveTo);
    }

    private void saveTo(Path file) {
        UiTask.run(tasks, "save engine log", context -> Files.writeString(file, log, StandardCharsets.UTF_8),
                saved -> matches.setText(Texts.text("log.saved", file)),
                failure -> matches.setText(Texts.text("log.notSaved", UiTask.describe(failure))));
    }

    /** One method for every change of a document. */
    @FunctionalInterface
    private interface SimpleDocumentListener extends javax.swing.event.DocumentListener {
        void changed();

        @Override
        default void insertUpdate(javax.swing.event.DocumentEvent e) {
            changed();
        }

        @Override
        default void removeUpdate(javax.swing.event.DocumentEvent e) {
            changed();
        }

        @Override
        default void changedUpdate(javax.swing.event.DocumentEvent e) {
            changed();
        }
    }
}
