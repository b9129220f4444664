package dev.restorestation.gui;

import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.core.task.TaskExecutor;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

/**
 * The engine's log of one attempt, as it was recorded, wherever it is opened from: searched with
 * Ctrl+F (Enter or F3 for the next match, Shift for the previous, every match highlighted); copied or
 * saved whole; closed with Esc. The lines that decided the diagnosis, when known, are highlighted
 * and the view opens at the first of them.
 */
public final class EngineLogWindow extends JDialog {

    private final JTextArea text = new JTextArea(Texts.text("log.reading"));
    private final LogHighlights highlights = new LogHighlights(text);
    private final JTextField find = new JTextField(18);
    private final JLabel matches = new JLabel(" ");
    private final JLabel evidenceNote = new JLabel();
    private final JButton copy = button(Texts.text("log.copy"), "engine-log-copy", this::copy);
    private final JButton save = button(Texts.text("log.save"), "engine-log-save", this::save);
    private final TaskExecutor tasks;
    /** Null until the log has been read. */
    private String log;
    private LogSearch search = new LogSearch("", "");

    /**
     * @param heading shown above the log, or null
     * @param name    the window's name, for tests to find it by
     */
    private EngineLogWindow(Window owner, String title, String name, JComponent heading, TaskExecutor tasks) {
        super(owner, title);
        this.tasks = tasks;
        setName(name);
        text.setName("engine-log-text");
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        find.setName("engine-log-find");
        find.putClientProperty("JTextField.placeholderText", Texts.text("log.find"));
        matches.setName("engine-log-matches");
        evidenceNote.setName("engine-log-evidence");
        evidenceNote.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        evidenceNote.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        evidenceNote.setVisible(false);
        copy.setEnabled(false);
        save.setEnabled(false);
        find.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                searchAgain();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                searchAgain();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                searchAgain();
            }
        });
        find.addActionListener(e -> next());
        JPanel bar = new JPanel(new MigLayout("insets 6 10 6 10, gap 6, wrap", "[][][][]push[][]"));
        if (heading != null) {
            heading.setBorder(BorderFactory.createEmptyBorder(2, 0, 4, 0));
            bar.add(heading, "span, wmin 0");
        }
        bar.add(find);
        bar.add(button(Texts.text("log.previous"), "engine-log-previous", this::previous));
        bar.add(button(Texts.text("log.next"), "engine-log-next", this::next));
        bar.add(matches);
        bar.add(copy);
        bar.add(save);
        add(bar, BorderLayout.NORTH);
        add(new JScrollPane(text), BorderLayout.CENTER);
        add(evidenceNote, BorderLayout.SOUTH);
        keys();
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setSize(UIScale.scale(860), UIScale.scale(540));
        setLocationRelativeTo(owner);
    }

    /**
     * Opens the window at once, saying the log is being read; {@link #showLog} fills it.
     *
     * @param title "Engine log · slot 4 · ticket R-1 · attempt 12 · Error 4013 · USB connection"
     */
    public static EngineLogWindow open(Window owner, String title, String name, JComponent heading, TaskExecutor tasks) {
        EngineLogWindow window = new EngineLogWindow(owner, title, name, heading, tasks);
        window.setVisible(true);
        return window;
    }

    /** Shows the log read, with its deciding lines (1-based) highlighted and the view at the first of them. */
    public void showLog(String content, List<Long> evidence) {
        log = content == null ? "" : content;
        text.setText(log.isEmpty() ? Texts.text("log.empty") : log);
        text.setCaretPosition(text.getDocument().getLength());
        int first = highlights.evidence(evidence);
        if (first >= 0) {
            text.setCaretPosition(first);
        }
        evidenceNote.setText(first < 0 ? "" : Texts.text("log.evidence", evidence.size()));
        copy.setEnabled(true);
        save.setEnabled(true);
        searchAgain();
    }

    /** Says why there is no log to show; nothing to copy or save. */
    public void showProblem(String problem) {
        text.setText(problem);
    }

    private void keys() {
        Dialogs.closeOnEscape(this);
        JComponent root = getRootPane();
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
        search = new LogSearch(log == null ? "" : log, find.getText());
        highlights.matches(search);
        evidenceNote.setVisible(search.length() == 0 && !evidenceNote.getText().isEmpty());
        matches.setText(search.describe());
    }

    private void next() {
        go(search.next());
    }

    private void previous() {
        go(search.previous());
    }

    /** Outlines the match and scrolls to it; the keyboard stays in the field for the next Enter. */
    private void go(int start) {
        if (start < 0) {
            return;
        }
        highlights.current(start, search.length());
        text.setCaretPosition(start + search.length());
        text.moveCaretPosition(start);
        matches.setText(search.describe());
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
        String kept = log;
        UiTask.run(tasks, "save engine log", context -> Files.writeString(file, kept, StandardCharsets.UTF_8),
                saved -> matches.setText(Texts.text("log.saved", file)),
                failure -> matches.setText(Texts.text("log.notSaved", UiTask.describe(failure))));
    }
}
