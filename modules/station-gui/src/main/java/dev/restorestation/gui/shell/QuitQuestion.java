package dev.restorestation.gui.shell;

import java.awt.Component;
import java.util.List;
import javax.swing.JOptionPane;

/** Quitting stops every restore: name the slots, and default to keeping them running. */
final class QuitQuestion {

    private QuitQuestion() {
    }

    static boolean confirm(Component parent, List<String> restoringSlots) {
        String slots = restoringSlots.size() == 1 ? "slot " + restoringSlots.get(0)
                : "slots " + String.join(", ", restoringSlots);
        String text = "Quit while " + slots + (restoringSlots.size() == 1 ? " is" : " are") + " restoring?\n\n"
                + "The restores are cancelled and recorded as cancelled; a device stopped mid-restore stays in "
                + "Recovery mode until it is restored again.";
        Object[] options = {"Cancel restores and quit", "Keep restoring"};
        return JOptionPane.showOptionDialog(parent, text, "Quit Restore Station?", JOptionPane.DEFAULT_OPTION,
                JOptionPane.WARNING_MESSAGE, null, options, options[1]) == 0;
    }
}
