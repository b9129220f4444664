package dev.restorestation.gui.shell;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/** The window's areas, in the order of the navigation bar, each with its Ctrl+number shortcut. */
public enum Area {
    BENCH("Bench", KeyEvent.VK_1),
    FIRMWARE("Firmware", KeyEvent.VK_2),
    HISTORY("History", KeyEvent.VK_3),
    DASHBOARD("Dashboard", KeyEvent.VK_4),
    SETTINGS("Settings", KeyEvent.VK_5);

    private final String label;
    private final int key;

    Area(String label, int key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    public KeyStroke shortcut() {
        return KeyStroke.getKeyStroke(key, InputEvent.CTRL_DOWN_MASK);
    }
}
