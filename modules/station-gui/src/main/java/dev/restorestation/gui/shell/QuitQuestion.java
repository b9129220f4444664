package dev.restorestation.gui.shell;

import dev.restorestation.gui.Texts;
import java.awt.Component;
import java.util.List;
import javax.swing.JOptionPane;

/** Quitting stops every restore: name the slots, and default to keeping them running. */
final class QuitQuestion {

    private QuitQuestion() {
    }

    static boolean confirm(Component parent, List<String> restoringSlots) {
        String text = Texts.text("quit.question", restoringSlots.size(), String.join(", ", restoringSlots));
        Object[] options = {Texts.text("quit.yes"), Texts.text("quit.no")};
        return JOptionPane.showOptionDialog(parent, text, Texts.text("quit.title"), JOptionPane.DEFAULT_OPTION,
                JOptionPane.WARNING_MESSAGE, null, options, options[1]) == 0;
    }
}
