package dev.restorestation.gui.history;

import com.formdev.flatlaf.util.UIScale;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.EngineLogReader;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.Dialogs;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.Window;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;

/**
 * The engine log kept for one attempt, read in the background, in a window of its own. The lines
 * that decided the attempt's diagnosis are highlighted, and the view opens at the first of them.
 */
final class EngineLogViewer extends JDialog {

    private record Shown(String content, List<Long> evidence) {
    }

    private final JTextArea text = new JTextArea(Texts.text("log.reading"));
    private final JLabel evidenceNote = new JLabel(" ");

    EngineLogViewer(Window owner, RestoreAttempt attempt) {
        super(owner, Texts.text("log.viewer.title", String.valueOf(attempt.id()), attempt.ticket().id()));
        setName("history-engine-log");
        text.setName("history-engine-log-text");
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        JLabel heading = new JLabel(Texts.text("history.details.title", String.valueOf(attempt.id()), attempt.ticket().id(),
                AttemptDetails.outcomeLine(attempt)));
        heading.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        heading.putClientProperty("FlatLaf.styleClass", "semibold");
        evidenceNote.setName("history-engine-log-evidence");
        evidenceNote.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        evidenceNote.putClientProperty("FlatLaf.style", "foreground: $Station.text.secondary");
        add(heading, BorderLayout.NORTH);
        add(new JScrollPane(text), BorderLayout.CENTER);
        add(evidenceNote, BorderLayout.SOUTH);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        Dialogs.closeOnEscape(this);
        setSize(UIScale.scale(860), UIScale.scale(540));
        setLocationRelativeTo(owner);
    }

    /** Opens the viewer at once and fills it when the log has been read and its deciding lines found. */
    static EngineLogViewer open(Window owner, RestoreAttempt attempt, AttemptLog log, EngineLogReader reader, TaskExecutor tasks) {
        EngineLogViewer viewer = new EngineLogViewer(owner, attempt);
        viewer.setVisible(true);
        UiTask.run(tasks, "read engine log " + attempt.id(), context -> {
            String content = log.engineLog(attempt.id());
            return new Shown(content, content == null || content.isEmpty() ? List.of() : reader.evidenceLines(content));
        }, shown -> viewer.showLog(shown.content(), shown.evidence()),
                failure -> viewer.showLog(Texts.text("log.notRead", UiTask.describe(failure)), List.of()));
        return viewer;
    }

    void showLog(String content, List<Long> evidence) {
        text.setText(content == null || content.isEmpty() ? Texts.text("log.empty") : content);
        text.setCaretPosition(text.getDocument().getLength());
        Highlighter.HighlightPainter painter = new DefaultHighlighter.DefaultHighlightPainter(
                UIManager.getColor("Station.evidence.background"));
        int first = -1;
        for (long line : evidence) {
            if (line < 1 || line > text.getLineCount()) {
                continue;
            }
            try {
                int start = text.getLineStartOffset((int) line - 1);
                text.getHighlighter().addHighlight(start, text.getLineEndOffset((int) line - 1), painter);
                first = first < 0 ? start : first;
            } catch (BadLocationException e) {
                throw new IllegalStateException("line " + line + " was counted in this text", e);
            }
        }
        if (first >= 0) {
            text.setCaretPosition(first);
        }
        evidenceNote.setText(evidence.isEmpty() ? " " : Texts.text("log.evidence", evidence.size()));
    }

    String logText() {
        return text.getText();
    }
}
