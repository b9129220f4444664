package dev.restorestation.gui.history;

import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.EngineLogReader;
import dev.restorestation.core.task.TaskExecutor;
import dev.restorestation.gui.EngineLogWindow;
import dev.restorestation.gui.Texts;
import dev.restorestation.gui.UiTask;
import java.awt.Window;
import java.util.List;
import javax.swing.JLabel;

/** The engine log kept for one attempt in History, read in the background with the lines that decided its diagnosis. */
final class EngineLogViewer {

    private record Shown(String content, List<Long> evidence) {
    }

    private EngineLogViewer() {
    }

    /** Opens the log's window at once and fills it when the log has been read and its deciding lines found. */
    static EngineLogWindow open(Window owner, RestoreAttempt attempt, AttemptLog log, EngineLogReader reader, TaskExecutor tasks) {
        JLabel heading = new JLabel(Texts.text("history.details.title", String.valueOf(attempt.id()), attempt.ticket().id(),
                AttemptDetails.outcomeLine(attempt)));
        heading.putClientProperty("FlatLaf.styleClass", "semibold");
        EngineLogWindow window = EngineLogWindow.open(owner,
                Texts.text("log.viewer.title", String.valueOf(attempt.id()), attempt.ticket().id()),
                "history-engine-log", heading, tasks);
        UiTask.run(tasks, "read engine log " + attempt.id(), context -> {
            String content = log.engineLog(attempt.id());
            return new Shown(content, content == null || content.isEmpty() ? List.of() : reader.evidenceLines(content));
        }, shown -> window.showLog(shown.content(), shown.evidence()),
                failure -> window.showProblem(Texts.text("log.notRead", UiTask.describe(failure))));
        return window;
    }
}
