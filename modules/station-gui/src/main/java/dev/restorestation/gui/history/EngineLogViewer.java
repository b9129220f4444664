package dev.restorestation.gui.history;

import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.UiThread;
import com.formdev.flatlaf.util.UIScale;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.Window;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.WindowConstants;

/** The engine log kept for one attempt, read in the background, in a window of its own. */
final class EngineLogViewer extends JDialog {

    private final JTextArea text = new JTextArea("Reading the engine log…");

    EngineLogViewer(Window owner, RestoreAttempt attempt) {
        super(owner, "Engine log — attempt " + attempt.id() + ", ticket " + attempt.ticket().id());
        setName("history-engine-log");
        text.setName("history-engine-log-text");
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        JLabel heading = new JLabel("Attempt " + attempt.id() + " · ticket " + attempt.ticket().id() + " · "
                + AttemptDetails.outcomeLine(attempt));
        heading.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        heading.putClientProperty("FlatLaf.styleClass", "semibold");
        add(heading, BorderLayout.NORTH);
        add(new JScrollPane(text), BorderLayout.CENTER);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setSize(UIScale.scale(860), UIScale.scale(540));
        setLocationRelativeTo(owner);
    }

    /** Opens the viewer at once and fills it when the log has been read. */
    static EngineLogViewer open(Window owner, RestoreAttempt attempt, AttemptLog log, TaskExecutor tasks) {
        EngineLogViewer viewer = new EngineLogViewer(owner, attempt);
        viewer.setVisible(true);
        tasks.submit("read engine log " + attempt.id(), context -> log.engineLog(attempt.id()))
                .result().whenComplete((content, failure) -> UiThread.run(() -> viewer.showLog(failure == null
                        ? content : "Could not read the engine log: " + failure.getMessage())));
        return viewer;
    }

    void showLog(String content) {
        text.setText(content == null || content.isEmpty() ? "(the engine wrote nothing for this attempt)" : content);
        text.setCaretPosition(text.getDocument().getLength());
    }

    String logText() {
        return text.getText();
    }
}
