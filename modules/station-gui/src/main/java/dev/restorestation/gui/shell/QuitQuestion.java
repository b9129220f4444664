package dev.restorestation.gui.shell;

import dev.restorestation.gui.Texts;
import dev.restorestation.gui.bench.Unfinished;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JOptionPane;

/** Quitting stops every restore: name the slots restoring and those waiting, and default to keeping them. */
final class QuitQuestion {

    private QuitQuestion() {
    }

    static boolean confirm(Component parent, Unfinished unfinished) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.text("quit.question"));
        if (!unfinished.restoring().isEmpty()) {
            lines.add(Texts.text("quit.restoring", unfinished.restoring().size(), String.join(", ", unfinished.restoring())));
        }
        if (!unfinished.waiting().isEmpty()) {
            lines.add(Texts.text("quit.waiting", unfinished.waiting().size(), String.join(", ", unfinished.waiting())));
        }
        if (!unfinished.restoring().isEmpty()) {
            lines.add(Texts.text("quit.recovery"));
        }
        String text = String.join("\n\n", lines);
        Object[] options = {Texts.text("quit.yes"), Texts.text("quit.no")};
        return JOptionPane.showOptionDialog(parent, text, Texts.text("quit.title"), JOptionPane.DEFAULT_OPTION,
                JOptionPane.WARNING_MESSAGE, null, options, options[1]) == 0;
    }
}
